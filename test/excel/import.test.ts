import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { importWardFiles } from "../../src/taskpane/import-wards";
import { check } from "../../src/taskpane/workflow";
import { SHEETS, UNIT_DIR } from "../helpers/sample-workbook";
import { fakeCity } from "./fake/city";
import { sheetFromExcelJS } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { FakeWorkbook } from "./fake/state";

const quiet = () => undefined;

async function picked(wb: FakeWorkbook, name: string, bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer).catch(() => undefined);
  wb.insertable.set(bytes.toString("base64"), book.worksheets.map((ws) => sheetFromExcelJS(wb, ws)));
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
      await picked(wb, "phuong-hiep-loi.xlsx", unit("phuong-hiep-loi.xlsx")),
      await picked(wb, "xa-tan-thanh.xlsx", unit("xa-tan-thanh.xlsx")),
      await picked(wb, "phuong-nga-bay.xlsx", unit("phuong-nga-bay.xlsx")),
      await picked(wb, "karaoke.xlsx", await notAnAppendix()),
      await picked(wb, "cu.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
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
