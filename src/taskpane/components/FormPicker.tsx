import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { PaneHost } from "../../app/ports";
import { formatNumber } from "../../core/numbers";
import { formTitle } from "../form-title";
import type { PaneForms } from "../use-forms";
import type { Task } from "../use-task";
import { MessageText } from "./MessageText";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

const FORM_ACCEPT = ".json,application/json";

/** "Biểu mẫu": the form in use, "Mở file biểu mẫu…" to use a form file from now on, "Dùng biểu mẫu có sẵn" to forget it. */
export function FormPicker({ host, task, forms }: { host: PaneHost | null; task: Task; forms: PaneForms }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { inUse, kept, problem } = forms;
  const off = !host || task.running || inUse === null;

  const open = (file: File) => void task.run(() => forms.open(file));
  const forget = () => void task.run(() => forms.forget());

  return (
    <section className={styles.root} aria-labelledby="form-picker-title">
      <Subtitle2 as="h2" id="form-picker-title">
        Biểu mẫu
      </Subtitle2>
      {inUse === null ? (
        <Text>Đang đọc biểu mẫu…</Text>
      ) : inUse.opened ? (
        <>
          <Text>
            Biểu mẫu từ file “{inUse.opened.fileName}”: <strong>{formTitle(inUse.opened.form.title)}</strong> —{" "}
            {formatNumber(inUse.opened.form.indicators.length)} chỉ tiêu, {formatNumber(inUse.opened.form.rules.length)} quy tắc kiểm tra.
          </Text>
          <Caption1>
            {host?.can.remembersForm
              ? "Đã ghi vào sổ tính: sau khi lưu sổ, lần sau mở sổ này vẫn dùng biểu mẫu này."
              : "Bản xem trước chỉ giữ biểu mẫu trong phiên này, không ghi vào file nào."}{" "}
            Trang theo biểu mẫu có sẵn vẫn được đọc như trước.
          </Caption1>
        </>
      ) : (
        <Text>{`Biểu mẫu có sẵn: ${formTitle(inUse.form.title)}`}</Text>
      )}
      <div className={styles.actions}>
        <Button icon={<DocumentTableRegular />} disabled={off} onClick={() => input.current?.click()}>
          Mở file biểu mẫu…
        </Button>
        {kept && (
          <Button disabled={off} onClick={forget}>
            Dùng biểu mẫu có sẵn
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept={FORM_ACCEPT}
          hidden
          aria-label="File biểu mẫu (.form.json)"
          data-testid="form-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so that choosing the same file again, once corrected, still counts.
            e.target.value = "";
            if (file) open(file);
          }}
        />
      </div>
      {problem && (
        <Notice intent="error" title={problem.stored ? `Không dùng được biểu mẫu “${problem.fileName}” đã lưu trong sổ tính` : problem.problem.title}>
          <MessageText message={problem.problem.message} />
        </Notice>
      )}
    </section>
  );
}
