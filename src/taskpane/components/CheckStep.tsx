import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import { formatNumber } from "../../core/numbers";
import { can, type ImportOutcome } from "../../app/ports";
import { loadImporter, loadWorkflow } from "../lazy";
import { readPicked } from "../pick-files";
import { XlsxFileInput } from "./XlsxFileInput";
import { SheetGrid } from "../preview/SheetGrid";
import { useOpenedFiles } from "../preview/use-files";
import { Findings } from "./Findings";
import { Notice } from "./Notice";
import type { StepProps } from "./step-props";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function CheckStep({ host, task, forms, checked, onChecked }: StepProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [imports, setImports] = useState<ImportOutcome[] | null>(null);
  const [marks, setMarks] = useState<string | null>(null);
  const [shown, setShown] = useState<Finding | null>(null);
  const files = useOpenedFiles(host);
  const preview = can(host, "opensFiles");
  const navigates = can(host, "navigate");
  // While Office starts the pane shows Excel's steps, their actions off.
  const canMark = !host || can(host, "mark");
  const off = !host || task.running;

  const runCheck = async () => {
    if (!host) return;
    setMarks(null);
    setShown(null);
    setImports(null);
    const done = await task.run(async (p) => (await loadWorkflow(await forms.ready())).check(host, p));
    if (done) onChecked(done);
  };

  const importFiles = async (picked: File[]) => {
    if (!host) return;
    const outcomes = await task.run(async (p) => {
      const [read, inUse] = await Promise.all([readPicked(picked), forms.ready()]);
      return can(host, "writesInPlace") ? (await loadImporter(inUse)).importWardFiles(host, read, p) : host.open(read, p, inUse.registry);
    });
    if (outcomes) setImports(outcomes);
  };

  const goTo = (f: Finding) => {
    if (!can(host, "navigate")) setShown((s) => (s === f ? null : f));
    else if (f.sheet) void task.run(() => host.goTo(f.sheet!, f.cell));
  };

  const mark = async (findings: Finding[]) => {
    if (!can(host, "mark")) return;
    const r = await task.run(() => host.highlight(findings));
    if (r) setMarks(`Đã đánh dấu ${formatNumber(r.marked)} ô${r.restored ? `; ${formatNumber(r.restored)} ô không còn lỗi được trả lại định dạng cũ` : ""}.`);
  };

  const clear = async () => {
    if (!can(host, "mark")) return;
    const r = await task.run(() => host.clearHighlights());
    if (r) setMarks(r.restored ? `Đã xóa đánh dấu, trả lại màu nền và ghi chú cũ cho ${formatNumber(r.restored)} ô.` : "Không có ô nào đang được đánh dấu.");
  };

  /** Where the host cannot select a finding's cell (the preview's files are in no app), the pane shows its sheet under it. */
  const sheetOf = (f: Finding) => {
    const sheet = checked?.snapshots.find((s) => s.file === f.file)?.sheets.find((s) => s.name === f.sheet);
    if (!sheet) return null;
    return <SheetGrid key={`${f.file}\u0000${f.sheet}\u0000${f.cell}`} sheet={sheet} file={f.file} cell={f.cell} onClose={() => setShown(null)} />;
  };

  return (
    <div className={styles.panel}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={off || (preview && files.length === 0)} onClick={runCheck}>
          Kiểm tra
        </Button>
        <Button disabled={off} onClick={() => input.current?.click()}>
          Nhập file đơn vị…
        </Button>
        {canMark && (
          <Button disabled={off} onClick={clear}>
            Xóa đánh dấu
          </Button>
        )}
        <XlsxFileInput ref={input} testId="ward-files" onFiles={(files) => void importFiles(files)} />
      </div>
      {imports?.map((o, i) => (
        <Notice key={i} intent={o.imported ? "success" : "warning"}>
          {o.message}
        </Notice>
      ))}
      {imports?.some((o) => o.imported) && !task.running && (
        <Notice intent="info">Bấm Kiểm tra để kiểm tra cả các {preview ? "file vừa mở" : "trang vừa nhập"}.</Notice>
      )}
      {checked && <Summary result={checked.result} />}
      {marks && <Notice intent="success">{marks}</Notice>}
      {checked && checked.result.findings.length > 0 && (
        <Findings
          result={checked.result}
          disabled={off}
          onGo={goTo}
          goTitle={navigates ? "Chọn ô này trong sổ tính" : "Xem ô này trong trang tính"}
          onMark={canMark ? mark : undefined}
          detail={navigates ? undefined : (f) => (f === shown ? sheetOf(f) : null)}
        />
      )}
      {!checked && !task.running && (
        <Notice intent="info">
          {preview ? (
            <>
              Mở file tổng hợp của thành phố hoặc các file .xlsx của xã, phường (nút Mở file Excel…), rồi bấm Kiểm tra để kiểm tra số liệu theo
              biểu mẫu. Nút Nhập file đơn vị mở thêm file của xã, phường.
            </>
          ) : (
            <>
              Bấm Kiểm tra để đọc mọi trang phụ lục của sổ tính và kiểm tra số liệu theo biểu mẫu. Dùng Nhập file đơn vị để chép các file .xlsx
              của xã, phường vào sổ.
            </>
          )}
        </Notice>
      )}
    </div>
  );
}
