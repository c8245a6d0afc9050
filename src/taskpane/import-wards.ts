/**
 * "Nhập file đơn vị": each picked ward file's appendix sheet is copied into the open workbook under the
 * unit's name. A unit the workbook already has, and a file without an appendix sheet, are refused.
 */
import { phuLucPcmd } from "../forms";
import { AppendixSheet, classifySheet } from "../core/reader";
import type { SheetSnapshot } from "../core/snapshot";
import { unitKey } from "../core/units";
import { unitSheetName } from "../core/workbook-plan/names";
import { ExcelPaneHost, ImportOutcome, PickedFile, Progress, SheetImport } from "./host";

const codes = new Set(phuLucPcmd.indicators.map((i) => i.code));

function appendicesOf(sheets: SheetSnapshot[]): AppendixSheet[] {
  return sheets.flatMap((s) => {
    const c = classifySheet(s, codes);
    return c.kind === "appendix" ? [c.appendix] : [];
  });
}

export async function importWardFiles(host: ExcelPaneHost, files: PickedFile[], progress: Progress): Promise<ImportOutcome[]> {
  const current = await host.readWorkbook(progress);
  const present = new Map<string, string>();
  for (const a of appendicesOf(current.sheets)) if (a.unitName) present.set(unitKey(a.unitName), a.sheet);
  const taken = current.sheets.map((s) => s.name);

  progress("Đang đọc file của đơn vị…");
  const { readWorkbookSnapshot, UnreadableWorkbookError } = await import("../hosts/xlsx/read-workbook");
  const { unitSheetFile } = await import("../hosts/xlsx/unit-sheet-file");
  const outcomes: ImportOutcome[] = [];
  const imports: SheetImport[] = [];
  const refuse = (file: string, message: string) => outcomes.push({ file, imported: false, message });

  for (const file of files) {
    let sheets;
    try {
      sheets = (await readWorkbookSnapshot(file.bytes, file.name)).sheets;
    } catch (e) {
      if (!(e instanceof UnreadableWorkbookError)) throw e;
      refuse(file.name, e.message);
      continue;
    }
    const appendices = appendicesOf(sheets);
    if (appendices.length === 0) {
      refuse(file.name, `"${file.name}" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu"); không nhập.`);
      continue;
    }
    for (const a of appendices) {
      if (!a.unitName) {
        refuse(file.name, `Trang "${a.sheet}" của "${file.name}" chưa ghi tên đơn vị ở ô "Đơn vị báo cáo"; không nhập.`);
        continue;
      }
      const there = present.get(unitKey(a.unitName));
      if (there) {
        refuse(file.name, `${a.unitName} đã có trong sổ tính (trang "${there}"); không nhập lại từ "${file.name}".`);
        continue;
      }
      const name = unitSheetName(a.unitName, taken);
      taken.push(name);
      present.set(unitKey(a.unitName), name);
      const sheet = sheets.find((s) => s.name === a.sheet)!;
      imports.push({ bytes: await unitSheetFile(file.bytes, file.name, sheet), sourceSheet: a.sheet, name });
      outcomes.push({ file: file.name, imported: true, message: `Đã nhập ${a.unitName} từ "${file.name}" vào trang "${name}".` });
    }
  }
  if (imports.length > 0) {
    progress("Đang chép trang vào sổ tính…");
    await host.insertSheets(imports);
  }
  return outcomes;
}
