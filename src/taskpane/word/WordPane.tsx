/**
 * The pane in Word: choose the city workbook, see its validation and what will change, then insert the
 * whole report into an empty document or refresh the figures of one that holds it.
 */
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { planRefresh } from "../../core/report/refresh-plan";
import { ProblemBar } from "../components/ProblemBar";
import { XlsxFileInput } from "../components/XlsxFileInput";
import { useTask } from "../use-task";
import { ChangeList } from "./ChangeList";
import { ConfirmDialog } from "./ConfirmDialog";
import type { DocumentState, InsertOutcome, PreparedReport, RefreshOutcome, WordPaneHost } from "../../app/word-ports";
import { LinkCard } from "./LinkCard";
import { ACTION_LABEL, confirmReasons, DOCUMENT_STATE } from "./texts";
import { ValidationSummary } from "./ValidationSummary";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Done = { kind: "inserted"; outcome: InsertOutcome } | { kind: "refreshed"; outcome: RefreshOutcome };

function Outcome({ done }: { done: Done }) {
  if (done.kind === "inserted") {
    return (
      <MessageBar intent={done.outcome.withPageSetup ? "success" : "warning"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Đã chèn báo cáo.</MessageBarTitle>
          {done.outcome.withPageSetup
            ? "Cán bộ có thể viết tiếp phần nội dung; khi các đơn vị gửi số liệu sửa, chọn lại file tổng hợp để cập nhật."
            : "Phiên bản Word này chỉ chèn được phần nội dung: số trang và trang phụ lục nằm ngang chưa có. Hãy cập nhật Word, hoặc mở file .docx tạo bằng lệnh tonghop report."}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const plan = done.outcome.plan;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Đã cập nhật số liệu.</MessageBarTitle>
          {plan.updates.length} ô được ghi lại; phần cán bộ viết giữ nguyên.
        </MessageBarBody>
      </MessageBar>
      <ChangeList plan={plan} done />
    </>
  );
}

export function WordPane({ host }: { host: WordPaneHost }) {
  const styles = useStyles();
  const [doc, setDoc] = useState<DocumentState | null>(null);
  const [report, setReport] = useState<PreparedReport | null>(null);
  const task = useTask();
  const [done, setDone] = useState<Done | null>(null);
  const [asking, setAsking] = useState<string[] | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const { run: runTask } = task;
  const run = useCallback(
    (status: string, work: () => Promise<void>) =>
      runTask(async (progress) => {
        progress(status);
        await work();
      }),
    [runTask],
  );

  useEffect(() => {
    if (host.supported) void run("Đang đọc tài liệu…", async () => setDoc(await host.readDocument()));
  }, [host, run]);

  const pick = ([file]: File[]) => {
    setDone(null);
    void run("Đang đọc và kiểm tra file tổng hợp…", async () => {
      setReport(await host.prepare(file.name, new Uint8Array(await file.arrayBuffer())));
      setDoc(await host.readDocument());
    });
  };

  const push = (current: PreparedReport, kind: DocumentState["kind"]) => {
    setAsking(null);
    void run(kind === "empty" ? "Đang chèn báo cáo…" : "Đang cập nhật số liệu…", async () => {
      if (kind === "empty") setDone({ kind: "inserted", outcome: await host.insertReport(current) });
      else setDone({ kind: "refreshed", outcome: await host.refresh(current) });
      setDoc(await host.readDocument());
    });
  };

  const preview = useMemo(
    () => (report && doc?.kind === "report" && !done ? planRefresh(doc.controls, report.entries, doc.link?.groups ?? null) : null),
    [report, doc, done],
  );

  if (!host.supported) {
    return (
      <main className={styles.pane}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Phiên bản Word này chưa hỗ trợ Tổng hợp</MessageBarTitle>
            Cần Word hỗ trợ WordApi 1.3: Word 2019 trở lên, Microsoft 365 hoặc Word trên web.
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const action = () => {
    if (!report || !doc) return;
    const reasons = confirmReasons(report, doc.link);
    if (reasons.length > 0) setAsking(reasons);
    else push(report, doc.kind);
  };

  return (
    <main className={styles.pane}>
      <Text as="h1" size={500} weight="semibold">
        Cập nhật số liệu vào báo cáo
      </Text>
      {doc ? <Text>{DOCUMENT_STATE[doc.kind]}</Text> : null}
      {doc?.link ? <LinkCard link={doc.link} /> : null}
      <div className={styles.actions}>
        <XlsxFileInput ref={input} testId="workbook-file" single label="Chọn file tổng hợp (.xlsx)" onFiles={pick} />
        <Button disabled={task.running} onClick={() => input.current?.click()}>
          Chọn file tổng hợp (.xlsx)
        </Button>
        {report && doc ? (
          <Button appearance="primary" disabled={task.running || doc.kind === "other"} onClick={action}>
            {ACTION_LABEL[doc.kind]}
          </Button>
        ) : null}
      </div>
      {task.running ? <Spinner size="tiny" label={task.progress ?? "Đang xử lý…"} /> : null}
      {task.problem ? <ProblemBar problem={task.problem} onDismiss={task.dismiss} /> : null}
      {report ? <ValidationSummary report={report} /> : null}
      {preview ? <ChangeList plan={preview} done={false} /> : null}
      {done ? <Outcome done={done} /> : null}
      {asking && report && doc ? (
        <ConfirmDialog
          reasons={asking}
          question={doc.kind === "empty" ? "Vẫn chèn báo cáo?" : "Vẫn cập nhật số liệu?"}
          confirmLabel={doc.kind === "empty" ? "Vẫn chèn" : "Vẫn cập nhật"}
          onConfirm={() => push(report, doc.kind)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </main>
  );
}
