import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import { formatNumber } from "../../core/numbers";
import type { ImportOutcome, PickedFile } from "../import-wards";
import { loadImporter, loadWorkflow } from "../lazy";
import { Findings } from "./Findings";
import { Notice } from "./Notice";
import type { StepProps } from "./step-props";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function readFile(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function CheckStep({ host, task, checked, onChecked }: StepProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [imports, setImports] = useState<ImportOutcome[] | null>(null);
  const [marks, setMarks] = useState<string | null>(null);
  const off = !host || task.running;

  const runCheck = async () => {
    if (!host) return;
    setMarks(null);
    const done = await task.run(async (p) => (await loadWorkflow()).check(host, p));
    if (done) onChecked(done);
  };

  const importFiles = async (list: FileList | null) => {
    if (!host || !list || list.length === 0) return;
    const files = [...list];
    if (input.current) input.current.value = "";
    const outcomes = await task.run(async (p) => {
      const picked = await Promise.all(files.map(readFile));
      return (await loadImporter()).importWardFiles(host, picked, p);
    });
    if (outcomes) setImports(outcomes);
  };

  const goTo = (f: Finding) => {
    if (host && f.sheet) void task.run(() => host.goTo(f.sheet!, f.cell));
  };

  const mark = async (findings: Finding[]) => {
    if (!host) return;
    const r = await task.run(() => host.highlight(findings));
    if (r) setMarks(`Đã đánh dấu ${formatNumber(r.marked)} ô${r.restored ? `; ${formatNumber(r.restored)} ô không còn lỗi được trả lại định dạng cũ` : ""}.`);
  };

  const clear = async () => {
    if (!host) return;
    const r = await task.run(() => host.clearHighlights());
    if (r) setMarks(r.restored ? `Đã xóa đánh dấu, trả lại màu nền và ghi chú cũ cho ${formatNumber(r.restored)} ô.` : "Không có ô nào đang được đánh dấu.");
  };

  return (
    <div className={styles.panel}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={off} onClick={runCheck}>
          Kiểm tra
        </Button>
        <Button disabled={off} onClick={() => input.current?.click()}>
          Nhập file đơn vị…
        </Button>
        <Button disabled={off} onClick={clear}>
          Xóa đánh dấu
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          hidden
          data-testid="ward-files"
          onChange={(e) => void importFiles(e.target.files)}
        />
      </div>
      {imports?.map((o, i) => (
        <Notice key={i} intent={o.imported ? "success" : "warning"}>
          {o.message}
        </Notice>
      ))}
      {imports?.some((o) => o.imported) && !task.running && <Notice intent="info">Bấm Kiểm tra để kiểm tra cả các trang vừa nhập.</Notice>}
      {checked && <Summary result={checked.result} />}
      {marks && <Notice intent="success">{marks}</Notice>}
      {checked && checked.result.findings.length > 0 && (
        <Findings result={checked.result} disabled={off} onGo={goTo} onMark={mark} />
      )}
      {!checked && !task.running && (
        <Notice intent="info">
          Bấm Kiểm tra để đọc mọi trang phụ lục của sổ tính và kiểm tra số liệu theo biểu mẫu. Dùng Nhập file đơn vị để chép các file .xlsx
          của xã, phường vào sổ.
        </Notice>
      )}
    </div>
  );
}
