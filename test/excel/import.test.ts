import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { SampleWorkbook, SHEETS, UNIT_DIR } from "../helpers/sample-workbook";
import { fakeCity } from "./fake/city";
import { fakeEnv } from "./fake/office";
import { cellAt } from "./fake/state";
import { importWardFiles as importWith } from "../../src/app/use-cases/import-ward-files";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { check } = paneSteps(filePorts);
const importWardFiles = importWith.bind(null, filePorts);

const quiet = () => undefined;

/** A picked file; the fake's insertWorksheetsFromBase64 reads whatever bytes the pane inserts. */
function picked(name: string, bytes: Buffer) {
  return { name, bytes: new Uint8Array(bytes) };
}

async function notAnAppendix(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Danh sách").getCell("A1").value = "Danh sách cơ sở karaoke";
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("importing ward files", () => {
  test("each ward's appendix sheet is inserted under the unit's name; present units and non-appendix files are refused", async () => {
    const wb = await fakeCity();
    wb.sheets = wb.sheets.filter((s) => s.name !== SHEETS.hiepLoi && s.name !== SHEETS.tanThanh);
    const host = createExcelHost(fakeEnv(wb));
    const unit = (f: string) => readFileSync(join(UNIT_DIR, f));
    const files = [
      picked("phuong-hiep-loi.xlsx", unit("phuong-hiep-loi.xlsx")),
      picked("xa-tan-thanh.xlsx", unit("xa-tan-thanh.xlsx")),
      picked("phuong-nga-bay.xlsx", unit("phuong-nga-bay.xlsx")),
      picked("karaoke.xlsx", await notAnAppendix()),
      picked("cu.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
    ];
    wb.resetCounters();
    const outcomes = await importWardFiles(host, files, quiet);
    expect(outcomes).toEqual([
      { file: "phuong-hiep-loi.xlsx", imported: true, message: 'Đã nhập Phường Hiệp Lợi từ "phuong-hiep-loi.xlsx" vào trang "Phường Hiệp Lợi".' },
      { file: "xa-tan-thanh.xlsx", imported: true, message: 'Đã nhập Xã Tân Thành từ "xa-tan-thanh.xlsx" vào trang "Xã Tân Thành".' },
      {
        file: "phuong-nga-bay.xlsx",
        imported: false,
        message: 'Phường Ngã Bảy đã có trong sổ tính (trang "P. Ngã Bảy"); không nhập lại từ "phuong-nga-bay.xlsx".',
      },
      {
        file: "karaoke.xlsx",
        imported: false,
        message: '"karaoke.xlsx" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu"); không nhập.',
      },
      { file: "cu.xls", imported: false, message: expect.stringContaining("file Excel cũ (.xls)") },
    ]);
    // Two round trips to read the workbook, two to insert and rename every sheet.
    expect(wb.syncs).toBe(4);
    expect(wb.sheets.slice(-2).map((s) => s.name)).toEqual(["Phường Hiệp Lợi", "Xã Tân Thành"]);

    const { result } = await check(host, quiet);
    expect(result.wards).toEqual({ reported: 6, expected: 6 });
    expect(result.findings.filter((f) => f.code.startsWith("unit."))).toEqual([]);
  });

  test("formulas on the ward file's other sheets are inserted as their values, with a note; formulas on the sheet itself stay", async () => {
    const ward = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    const helper = ward.workbook.addWorksheet("Dữ liệu");
    helper.getCell("B2").value = 11236;
    const pop = ward.address(undefined, "02");
    ward.setValue(undefined, "02", { formula: "'Dữ liệu'!B2", result: 11236 });
    ward.setValue(undefined, "12", { formula: "0", result: 0 });
    ward.setValue(undefined, "14", { formula: `IF(${pop}>1000000,1,0)`, result: 0 });
    const row = (code: string) => ward.rowOf(undefined, code);
    ward.sheet().getCell(row("03"), 8).value = 48;
    ward.sheet().getCell(row("04"), 8).value = 31;
    ward.setValue(undefined, "03", { formula: `H${row("03")}`, result: 48, shareType: "shared", ref: `E${row("03")}:E${row("04")}` } as ExcelJS.CellValue);
    ward.setValue(undefined, "04", { sharedFormula: `E${row("03")}`, result: 31 } as ExcelJS.CellValue);

    const wb = await fakeCity();
    wb.sheets = wb.sheets.filter((s) => s.name !== SHEETS.laiHieu);
    const host = createExcelHost(fakeEnv(wb));
    const insert = jest.spyOn(host, "insertSheets");
    const outcomes = await importWardFiles(host, [picked("phuong-lai-hieu.xlsx", await ward.toBuffer())], quiet);
    expect(outcomes.map((o) => o.imported)).toEqual([true]);

    const [[imports]] = insert.mock.calls;
    expect(imports.map((i) => i.sourceSheet)).toEqual(["Phụ lục"]);
    const inserted = new ExcelJS.Workbook();
    await inserted.xlsx.load(Buffer.from(imports[0].bytes) as unknown as ArrayBuffer);
    expect(inserted.worksheets.map((ws) => ws.name)).toEqual(["Phụ lục"]);
    const ws = inserted.worksheets[0];
    const cell = (code: string) => ws.getCell(row(code), 5);
    expect(cell("02").value).toBe(11236);
    expect(cell("02").note).toBe(
      "Tổng hợp: trong file của đơn vị ô này là công thức ='Dữ liệu'!B2 (lấy số liệu từ trang khác); " +
        "đã ghi giá trị 11.236 để số liệu không đổi khi Excel tính lại.",
    );
    const formulas = ["12", "14", "03", "04"].map((code) => ({ formula: cell(code).formula, result: cell(code).result }));
    expect(formulas).toEqual([
      { formula: "0", result: 0 },
      { formula: `IF(${pop}>1000000,1,0)`, result: 0 },
      { formula: `H${row("03")}`, result: 48 },
      { formula: `H${row("04")}`, result: 31 },
    ]);

    const sheet = wb.sheets.find((s) => s.name === "Phường Lái Hiếu")!;
    const at = (code: string) => cellAt(sheet, row(code) - 1, 4)!;
    expect([at("02"), at("12"), at("04")].map((c) => [c.value, c.formula])).toEqual([
      [11236, null],
      [0, "=0"],
      [31, `=H${row("04")}`],
    ]);
    expect(sheet.notes.get(pop)).toContain("đã ghi giá trị 11.236");
    const { result } = await check(host, quiet);
    expect(result.totals.get("02")?.value).toBe(56182);
  });

  test("without insertWorksheetsFromBase64 (ExcelApi below 1.13) the pane says what is needed", async () => {
    const wb = await fakeCity();
    wb.options.api = "1.12";
    const host = createExcelHost(fakeEnv(wb));
    await expect(host.insertSheets([{ bytes: new Uint8Array([1]), sourceSheet: "Phụ lục", name: "X" }])).rejects.toMatchObject({
      title: "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng",
      message: expect.stringContaining("ExcelApi 1.13"),
    });
  });
});
