/** Writing the fields (and, when it is new, the whole) of the info sheet "Thông tin báo cáo". */
import type { InfoSheetWrite } from "../../app/ports";
import { ExcelEnv } from "./env";
import { widthInPoints } from "./plan-layout";

export async function writeInfoSheet(env: ExcelEnv, write: InfoSheetWrite): Promise<void> {
  await env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const ws = write.create ? sheets.add(write.sheet) : sheets.getItem(write.sheet);
    if (write.insertRows) {
      ws.getRangeByIndexes(write.insertRows.before, 0, write.insertRows.count, 1).getEntireRow().insert("Down");
    }
    for (const cell of write.cells) {
      const range = ws.getRange(cell.address);
      // Text format first: a date or a number typed in a field stays exactly as typed.
      range.numberFormat = [["@"]];
      range.values = [[cell.text]];
      if (cell.bold) range.format.font.bold = true;
      if (cell.text.includes("\n")) range.format.wrapText = true;
    }
    for (const { col, width } of write.columnWidths) {
      ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = widthInPoints(width);
    }
    if (write.create) ws.activate();
    await context.sync();
  });
}
