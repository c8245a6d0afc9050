import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { DismissRegular, DocumentRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState } from "react";
import { Notice } from "../components/Notice";
import type { BrowserPaneHost, ImportOutcome } from "../../app/ports";
import { readPicked } from "../pick-files";
import { XlsxFileInput } from "../components/XlsxFileInput";
import type { PaneForms } from "../use-forms";
import type { Task } from "../use-task";
import { useOpenedFiles } from "./use-files";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  icon: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
});

/** The preview's open files: "Mở file Excel…", dropping files on the pane, and closing one. */
export function OpenFiles({ host, task, forms }: { host: BrowserPaneHost; task: Task; forms: PaneForms }) {
  const styles = useStyles();
  const files = useOpenedFiles(host);
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<ImportOutcome[]>([]);
  const { run, running } = task;
  const formsReady = forms.ready;

  const open = useCallback(
    async (list: File[]) => {
      if (list.length === 0) return;
      const outcomes = await run(async (p) => {
        const [picked, inUse] = await Promise.all([readPicked(list), formsReady()]);
        return host.open(picked, p, inUse.registry);
      });
      setRefused(outcomes?.filter((o) => !o.imported) ?? []);
    },
    [host, run, formsReady],
  );

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes("Files")) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes("Files")) return;
      e.preventDefault();
      if (!running) void open([...e.dataTransfer.files]);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [open, running]);

  return (
    <section className={styles.root} aria-label="File đang mở">
      {files.length > 0 && (
        <ul className={styles.list}>
          {files.map((f) => (
            <li key={f.name} className={styles.file}>
              <DocumentRegular className={styles.icon} aria-hidden />
              <Text className={styles.name} title={f.name}>
                {f.name}
              </Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissRegular />}
                aria-label={`Đóng ${f.name}`}
                title="Đóng file"
                disabled={running}
                onClick={() => host.close(f.name)}
              />
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button
          appearance={files.length === 0 ? "primary" : "secondary"}
          icon={<FolderOpenRegular />}
          disabled={running}
          onClick={() => input.current?.click()}
        >
          Mở file Excel…
        </Button>
        <XlsxFileInput ref={input} testId="open-files" onFiles={(files) => void open(files)} />
      </div>
      {files.length === 0 && (
        <Caption1>
          Bản xem trước ngoài Office: file .xlsx được đọc ngay trong trình duyệt, không gửi đi đâu và không bị sửa. Có thể kéo thả file vào ngăn
          này.
        </Caption1>
      )}
      {refused.map((o, i) => (
        <Notice key={i} intent="error" title="Không mở được file">
          {o.message}
        </Notice>
      ))}
    </section>
  );
}
