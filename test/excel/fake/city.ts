/** Fake open workbooks made from the bundled sample: the city workbook, or n unit sheets cloned from it. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { CITY_FILE } from "../../helpers/sample-workbook";
import { loadFake, sheetFromExcelJS } from "./from-exceljs";
import { FakeOptions, FakeSheet, FakeWorkbook } from "./state";

let city: ExcelJS.Workbook | null = null;

export async function cityBook(): Promise<ExcelJS.Workbook> {
  if (!city) {
    city = new ExcelJS.Workbook();
    await city.xlsx.load(readFileSync(CITY_FILE) as unknown as ArrayBuffer);
  }
  return city;
}

/** The city sample as it opens in Excel: info sheet and seven unit sheets. */
export async function fakeCity(options: FakeOptions = {}): Promise<FakeWorkbook> {
  return loadFake(new FakeWorkbook(options), await cityBook());
}

/** `n` unit sheets cloned from the sample's first ward ("Đơn vị 1"…), without an info sheet. */
export async function fakeUnits(n: number, options: FakeOptions = {}): Promise<FakeWorkbook> {
  const wb = new FakeWorkbook(options);
  const template = sheetFromExcelJS(wb, (await cityBook()).worksheets[1]);
  for (let i = 1; i <= n; i++) {
    const sheet: FakeSheet = { ...structuredClone(template), ...wb.newSheet(`Phường Số ${i}`) };
    sheet.cells = structuredClone(template.cells);
    sheet.merges = template.merges.slice();
    // C3 holds "Đơn vị báo cáo".
    sheet.cells.get("2,2")!.value = `Phường Số ${i}`;
    wb.addSheet(sheet);
  }
  return wb;
}
