/** The preview's host over files opened from disk: opening, refusing, replacing, the report fields, and Tổng hợp as the CLI writes it. */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { createBrowserHost } from "../../src/hosts/browser/browser-host";
import { infoValuesOf } from "../../src/taskpane/info-write";
import { CITY_FILE, UNIT_FILES } from "../helpers/sample-workbook";
import { readXlsx, sheetPicture, tempDir } from "../totals/helpers";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";
import { writeTotalsWorkbook } from "../helpers/cli";

const { check, downloadTotals, saveInfo } = paneSteps(filePorts);

const quiet = () => undefined;
const picked = (path: string, name = basename(path)) => ({ name, bytes: new Uint8Array(readFileSync(path)) });

function previewHost() {
  const host = createBrowserHost();
  const delivered: { bytes: Uint8Array; fileName: string }[] = [];
  host.deliverFile = async (bytes, fileName) => {
    delivered.push({ bytes, fileName });
    return { delivered: true, message: `Đã tải xuống "${fileName}".` };
  };
  return { host, delivered };
}

test("opened files are read once, in order; one of the same name replaces it; closing removes it", async () => {
  const { host } = previewHost();
  const changes = jest.fn();
  host.subscribe(changes);
  const outcomes = await host.open([picked(CITY_FILE), picked(UNIT_FILES[1])], quiet);
  expect(outcomes.map((o) => o.message)).toEqual([
    'Đã mở "tong-hop-ngabay.xlsx": 7 trang phụ lục, trang "Thông tin báo cáo".',
    `Đã mở "${basename(UNIT_FILES[1])}": 1 trang phụ lục.`,
  ]);
  expect(changes).toHaveBeenCalledTimes(1);
  const before = host.files();
  expect(before.map((f) => f.name)).toEqual(["tong-hop-ngabay.xlsx", basename(UNIT_FILES[1])]);
  expect(host.files()).toBe(before);

  const again = await host.open([picked(UNIT_FILES[2], "tong-hop-ngabay.xlsx")], quiet);
  expect(again[0].message).toBe('Đã mở lại (thay bản đang mở) "tong-hop-ngabay.xlsx": 1 trang phụ lục.');
  expect(host.files().map((f) => f.snapshot.sheets.length)).toEqual([1, 1]);
  host.close("tong-hop-ngabay.xlsx");
  expect(host.files().map((f) => f.name)).toEqual([basename(UNIT_FILES[1])]);
  expect(changes).toHaveBeenCalledTimes(3);
});

test("what is not an .xlsx with an appendix is refused and nothing changes", async () => {
  const { host } = previewHost();
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Trang 1").getCell("A1").value = "Ghi chú";
  const outcomes = await host.open(
    [
      { name: "ghi-chu.docx", bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) },
      { name: "cu.xls", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]) },
      { name: "trong.xlsx", bytes: new Uint8Array(await empty.xlsx.writeBuffer()) },
    ],
    quiet,
  );
  expect(outcomes).toEqual([
    { file: "ghi-chu.docx", imported: false, message: '"ghi-chu.docx" không phải là file Excel .xlsx.' },
    { file: "cu.xls", imported: false, message: '"cu.xls" là file Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.' },
    { file: "trong.xlsx", imported: false, message: '"trong.xlsx" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") nào; không mở.' },
  ]);
  expect(host.files()).toEqual([]);
  await expect(check(host, quiet)).rejects.toThrow("Bấm Mở file Excel…");
});

test("Tổng hợp of the ward files is the workbook `tonghop totals` writes for them", async () => {
  const { host, delivered } = previewHost();
  await host.open(UNIT_FILES.map((f) => picked(f)), quiet);
  const done = await downloadTotals(host, quiet);
  expect(done.fileName).toBe("Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023.xlsx");
  expect(done.result.units).toHaveLength(UNIT_FILES.length);

  const dir = tempDir();
  try {
    const out = join(dir.path, "cli.xlsx");
    await writeTotalsWorkbook(UNIT_FILES, out);
    const picture = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ({ name: ws.name, ...sheetPicture(ws) }));
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.load(delivered[0].bytes as unknown as ArrayBuffer);
    expect(picture(mine)).toEqual(picture(await readXlsx(out)));
  } finally {
    dir.remove();
  }
});

test("report fields are saved into the copy in memory, where the next check reads them", async () => {
  const { host } = previewHost();
  await host.open([picked(CITY_FILE)], quiet);
  const original = host.files()[0].bytes;
  const values = { ...infoValuesOf((await check(host, quiet)).result), signer: "Nguyễn Văn A", strengths: "Dòng một\nDòng hai" };
  await saveInfo(host, values, quiet);
  expect(host.files()[0].bytes).not.toBe(original);
  const info = (await check(host, quiet)).result.info!;
  expect(info.fields.signer).toBe("Nguyễn Văn A");
  expect(info.fields.strengths).toBe("Dòng một\nDòng hai");
  expect(info.units).toHaveLength(7);
});

test("ward files without an info sheet get one, with the unit list, in the first file", async () => {
  const { host } = previewHost();
  await host.open(UNIT_FILES.slice(1, 3).map((f) => picked(f)), quiet);
  const values = { ...infoValuesOf(null), agency: "Ủy ban nhân dân thành phố Ngã Bảy" };
  const write = await saveInfo(host, values, quiet);
  expect(write.create).toBe(true);
  expect(host.files()[0].snapshot.sheets.map((s) => s.name)).toContain("Thông tin báo cáo");
  const { result } = await check(host, quiet);
  expect(result.info?.fields.agency).toBe("Ủy ban nhân dân thành phố Ngã Bảy");
  expect(result.info?.units.map((u) => u.name)).toEqual(result.units.map((u) => u.name));
});
