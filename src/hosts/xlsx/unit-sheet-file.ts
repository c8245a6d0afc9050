/**
 * One appendix sheet of a ward's file as a workbook of its own, for Excel to insert: Excel would point the
 * sheet's formulas on the ward's other sheets at the open workbook's sheets of the same name (or #REF!),
 * so those formulas are written as the values the ward's file holds.
 */
import ExcelJS from "exceljs";
import { SheetSnapshot } from "../../core/snapshot";
import { copyWorksheet } from "./copy-sheet";
import { loadWorkbook } from "./read-workbook";

export async function unitSheetFile(bytes: Uint8Array, file: string, sheet: SheetSnapshot): Promise<Uint8Array> {
  const from = (await loadWorkbook(bytes, file)).getWorksheet(sheet.name);
  if (!from) throw new Error(`no sheet "${sheet.name}" in ${file}`);
  const out = new ExcelJS.Workbook();
  copyWorksheet(from, out.addWorksheet(sheet.name), sheet);
  return new Uint8Array(await out.xlsx.writeBuffer());
}
