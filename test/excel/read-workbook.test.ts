import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { readWorkbook } from "../../src/hosts/excel/read-workbook";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { CITY_FILE, UNIT_FILES } from "../helpers/sample-workbook";
import { loadFake } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { FakeWorkbook } from "./fake/state";

async function bothWays(bytes: Buffer, options = {}) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const fake = loadFake(new FakeWorkbook(options), book);
  const progress: string[] = [];
  const office = await readWorkbook(fakeEnv(fake), (m) => progress.push(m));
  const xlsx = await readWorkbookSnapshot(bytes, "book.xlsx");
  return { office, xlsx, fake, progress };
}

describe("reading the open workbook", () => {
  test("the city sample reads exactly as the xlsx adapter reads the file, in two syncs", async () => {
    const { office, xlsx, fake, progress } = await bothWays(readFileSync(CITY_FILE));
    expect(office.file).toBeNull();
    expect(office.sheets).toEqual(xlsx.sheets);
    expect(fake.syncs).toBe(2);
    expect(fake.runs).toBe(1);
    expect(progress).toContain("Đang đọc 8 trang tính…");
  });

  test.each(UNIT_FILES.map((f) => [f.split("/").pop()!, f]))("the ward file %s reads as the xlsx adapter reads it", async (_, path) => {
    const { office, xlsx } = await bothWays(readFileSync(path));
    expect(office.sheets).toEqual(xlsx.sheets);
  });

  test("formulas, errors, booleans, dates, empty text, number formats and merges read alike", async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("Lạ");
    ws.getCell("C3").value = "bắt đầu ở C3";
    ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("E4").value = { formula: "D4+1", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
    ws.getCell("C5").value = true;
    ws.getCell("D5").value = "7.412";
    ws.getCell("E5").value = "";
    ws.getCell("C6").value = 12.5;
    ws.getCell("C6").numFmt = "#,##0.00";
    ws.getCell("D6").value = { formula: "C6*2", result: 25 } as ExcelJS.CellValue;
    ws.getCell("E6").value = { richText: [{ text: "Phường " }, { text: "Ngã Bảy", font: { bold: true } }] };
    ws.getCell("C8").value = new Date(Date.UTC(2023, 6, 15));
    ws.mergeCells("C10:E11");
    ws.mergeCells("G2:G4");
    ws.getCell("G2").value = "gộp dọc";
    book.addWorksheet("Trống");
    const { office, xlsx } = await bothWays(Buffer.from(await book.xlsx.writeBuffer()));
    expect(office.sheets).toEqual(xlsx.sheets);
    expect(office.sheets[0].rows[3][3]).toEqual({ type: "error", value: "#DIV/0!", formula: "1/0" });
    expect(office.sheets[1].rows).toEqual([]);
  });

  test("without merged-area support (ExcelApi below 1.13) the cells still read alike and merges are left out", async () => {
    const { office, xlsx } = await bothWays(readFileSync(CITY_FILE), { api: "1.12" });
    expect(office.sheets.map((s) => s.merges)).toEqual(office.sheets.map(() => undefined));
    expect(office.sheets.map((s) => s.rows.map((r) => r.filter((c) => c.type !== "blank")))).toEqual(
      xlsx.sheets.map((s) => s.rows.map((r) => r.filter((c) => c.type !== "blank"))),
    );
  });

  test("a batch over Excel on the web's size limit is read again in parts", async () => {
    const { office, xlsx, fake, progress } = await bothWays(readFileSync(CITY_FILE), { payloadLimit: 20_000 });
    expect(office.sheets).toEqual(xlsx.sheets);
    expect(fake.runs).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe("Đang đọc 8 trang tính… (chia nhỏ vì sổ tính lớn)");
  });
});

