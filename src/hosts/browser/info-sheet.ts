/** The report fields written into an open file's copy in memory, as Excel would write them (src/hosts/excel/info-sheet.ts). */
import type { InfoSheetWrite, OpenedFile } from "../../app/ports";
import { loadWorkbook } from "../xlsx/read-workbook";
import { workbookSnapshot } from "../xlsx/snapshot-from-exceljs";

export async function writeInfoSheet(file: OpenedFile, write: InfoSheetWrite): Promise<OpenedFile> {
  const workbook = await loadWorkbook(file.bytes, file.name);
  const ws = write.create ? workbook.addWorksheet(write.sheet) : workbook.getWorksheet(write.sheet);
  if (!ws) throw new Error(`no sheet "${write.sheet}" in ${file.name}`);
  if (write.insertRows) {
    const { before, count } = write.insertRows;
    ws.spliceRows(before + 1, 0, ...Array.from({ length: count }, () => []));
  }
  for (const cell of write.cells) {
    const c = ws.getCell(cell.address);
    // Text format, as in Excel: a date or a number typed in a field stays exactly as typed.
    c.numFmt = "@";
    c.value = cell.text;
    if (cell.bold) c.font = { ...c.font, bold: true };
    if (cell.text.includes("\n")) c.alignment = { ...c.alignment, wrapText: true };
  }
  for (const { col, width } of write.columnWidths) ws.getColumn(col + 1).width = width;
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return { name: file.name, bytes, snapshot: workbookSnapshot(workbook, file.name) };
}
