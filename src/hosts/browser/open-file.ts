/** One picked file read for the preview: an .xlsx with an appendix or the info sheet, or why it is refused. */
import { classify } from "../../app/form";
import type { FormRegistry } from "../../app/forms";
import type { OpenedFile, PickedFile } from "../../app/ports";
import { problem } from "../../app/problems";
import { readWorkbookSnapshot, UnreadableWorkbookError } from "../xlsx/read-workbook";

export type FileRead = { ok: true; opened: OpenedFile; contents: string } | { ok: false; problem: string };

/** An appendix of a form not in `registry` is opened too, so that Kiểm tra can say which form it needs. */
export async function openFile({ name, bytes }: PickedFile, registry?: FormRegistry): Promise<FileRead> {
  // Other zip packages (.docx, .zip) would otherwise pass as corrupt workbooks.
  if (!/\.xlsx?$/i.test(name)) return { ok: false, problem: problem("file.not-xlsx", { file: name }).message };
  let snapshot;
  try {
    snapshot = await readWorkbookSnapshot(bytes, name);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) return { ok: false, problem: e.message };
    throw e;
  }
  const kinds = snapshot.sheets.map((s) => classify(s, registry).kind);
  const appendices = kinds.filter((k) => k === "appendix" || k === "no-header" || k === "unknown-form").length;
  const info = kinds.includes("info");
  if (appendices === 0 && !info) {
    return { ok: false, problem: problem("open.no-appendix", { file: name }).message };
  }
  const contents = [appendices > 0 ? `${appendices} trang phụ lục` : "", info ? 'trang "Thông tin báo cáo"' : ""].filter(Boolean).join(", ");
  return { ok: true, opened: { name, bytes, snapshot }, contents };
}
