/** A ward's blank template as an .xlsx file: the core's sheet layout written by ExcelJS, nothing decided here. */
import ExcelJS from "exceljs";
import type { SheetLayout } from "../../core/workbook-plan/types";
import { writeSheetLayout } from "./write-plan";

export async function templateWorkbook(sheet: SheetLayout): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tổng hợp";
  writeSheetLayout(workbook.addWorksheet(sheet.name), sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
