/** Issue 11 item 4 (file side): a date is handed to the engine as a date — its serial with a date format — never as a plain number. */
import { isDateFormat } from "../../src/core/number-format";
import { cellAt, CellSnapshot } from "../../src/core/snapshot";
import { loadWorkbook, readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { rawWorkbook, writeZip } from "./raw-zip";

const APRIL_5_2023 = 45021;

function expectDate(cell: CellSnapshot, serial: number, format?: string) {
  expect(cell.type).toBe("number");
  expect(cell.value as number).toBeCloseTo(serial, 9);
  expect(isDateFormat(cell.numberFormat)).toBe(true);
  if (format) expect(cell.numberFormat).toBe(format);
}

describe("dates read from the file", () => {
  it("gives a date typed in Excel its serial and keeps its own date format", async () => {
    const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
    const cell = book.valueCell(undefined, "01");
    cell.value = new Date(Date.UTC(2023, 3, 5));
    cell.numFmt = "dd/mm/yyyy";
    const snap = await book.toSnapshot();
    const { row, col } = { row: Number(cell.row) - 1, col: Number(cell.col) - 1 };
    expectDate(cellAt(snap.sheets[0], row, col), APRIL_5_2023, "dd/mm/yyyy");
  });

  it("reads ISO date cells (t=\"d\") as the date, not as the year ExcelJS makes of them", async () => {
    const sheetData = [
      `<row r="1">`,
      `<c r="A1" t="d"><v>2023-04-05</v></c>`,
      `<c r="B1" t="d" s="1"><v>2023-04-05T10:30:00</v></c>`,
      `<c r="C1" t="d" s="2"><v>2023-04-05</v></c>`,
      `<c r="D1" t="d"><f>DATE(2023,4,5)</f><v>2023-04-05</v></c>`,
      `<c r="E1" t="d"><v>T10:30:00</v></c>`,
      `<c r="F1" t="d"><v>2023-02-30</v></c>`,
      `</row>`,
    ].join("");
    const bytes = writeZip(rawWorkbook([{ name: "Phụ lục", sheetData }]));
    const sheet = (await readWorkbookSnapshot(bytes, "ngay.xlsx")).sheets[0];
    expectDate(cellAt(sheet, 0, 0), APRIL_5_2023, "yyyy-mm-dd");
    // Style 1 is the number format "0": a date must still be shown as one.
    expectDate(cellAt(sheet, 0, 1), APRIL_5_2023 + 0.4375, "yyyy-mm-dd hh:mm:ss");
    expectDate(cellAt(sheet, 0, 2), APRIL_5_2023, "dd/mm/yyyy");
    expectDate(cellAt(sheet, 0, 3), APRIL_5_2023);
    expect(cellAt(sheet, 0, 3).formula).toBe("DATE(2023,4,5)");
    expectDate(cellAt(sheet, 0, 4), 0.4375);
    // Not a date at all: its text, which nothing counts.
    expect(cellAt(sheet, 0, 5)).toEqual({ type: "text", value: "2023-02-30" });

    // The workbook the totals copy sheets from holds the same dates, shown as dates.
    const ws = (await loadWorkbook(bytes, "ngay.xlsx")).worksheets[0];
    expect(ws.getCell("A1").value).toEqual(new Date(Date.UTC(2023, 3, 5)));
    expect(ws.getCell("A1").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("C1").numFmt).toBe("dd/mm/yyyy");
  });

  it("reads a number shown with a date format as that date's serial", async () => {
    const sheetData = `<row r="1"><c r="A1" s="2"><v>45021</v></c><c r="B1" s="2"><f>A1</f><v>45021</v></c></row>`;
    const sheet = (await readWorkbookSnapshot(writeZip(rawWorkbook([{ name: "P", sheetData }])), "d.xlsx")).sheets[0];
    expectDate(cellAt(sheet, 0, 0), APRIL_5_2023, "dd/mm/yyyy");
    expectDate(cellAt(sheet, 0, 1), APRIL_5_2023, "dd/mm/yyyy");
  });
});
