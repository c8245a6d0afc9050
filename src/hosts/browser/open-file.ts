/** One picked file read for the preview: an .xlsx with an appendix or the info sheet, or why it is refused. */
import { classifySheet } from "../../core/reader";
import { phuLucPcmd } from "../../forms";
import type { OpenedFile, PickedFile } from "../../taskpane/host";
import { readWorkbookSnapshot, UnreadableWorkbookError } from "../xlsx/read-workbook";

export type FileRead = { ok: true; opened: OpenedFile; contents: string } | { ok: false; problem: string };

const codes = new Set(phuLucPcmd.indicators.map((i) => i.code));

export async function openFile({ name, bytes }: PickedFile): Promise<FileRead> {
  // Other zip packages (.docx, .zip) would otherwise pass as corrupt workbooks.
  if (!/\.xlsx?$/i.test(name)) return { ok: false, problem: `"${name}" không phải là file Excel .xlsx.` };
  let snapshot;
  try {
    snapshot = await readWorkbookSnapshot(bytes, name);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { ok: false, problem: e.message };
    throw e;
  }
  const kinds = snapshot.sheets.map((s) => classifySheet(s, codes).kind);
  const appendices = kinds.filter((k) => k === "appendix" || k === "no-header").length;
  const info = kinds.includes("info");
  if (appendices === 0 && !info) {
    return { ok: false, problem: `"${name}" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") nào; không mở.` };
  }
  const contents = [appendices > 0 ? `${appendices} trang phụ lục` : "", info ? 'trang "Thông tin báo cáo"' : ""].filter(Boolean).join(", ");
  return { ok: true, opened: { name, bytes, snapshot }, contents };
}
