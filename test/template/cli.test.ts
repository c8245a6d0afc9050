/** `tonghop template`: one file for a unit, one per listed unit into a folder, and what it refuses. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { CITY_FILE } from "../helpers/sample-workbook";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tonghop-template-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function unitAndPeriod(path: string): Promise<[unknown, unknown]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  return [ws.getCell("C3").value, ws.getCell("C4").value];
}

test("--unit --period --out writes that unit's template", async () => {
  const out = join(dir, "mau", "Phường Ngã Bảy.xlsx");
  const r = await cli("template", "--unit", "Phường Ngã Bảy", "--period", "6 tháng đầu năm 2025", "--out", out, "--form", "phu-luc-pcmd");
  expect(r).toEqual({ code: 0, out: `Đã ghi ${out} (Phường Ngã Bảy)\n`, err: "" });
  expect(await unitAndPeriod(out)).toEqual(["Phường Ngã Bảy", "6 tháng đầu năm 2025"]);
});

test("--units writes one file per listed unit — the six wards and the city-level unit — with the list's period", async () => {
  const out = join(dir, "tat-ca");
  const r = await cli("template", "--units", CITY_FILE, "--out", out);
  expect(r.code).toBe(0);
  expect(readdirSync(out).sort()).toEqual(
    ["Cấp thành phố", "Phường Hiệp Lợi", "Phường Hiệp Thành", "Phường Lái Hiếu", "Phường Ngã Bảy", "Xã Tân Thành", "Xã Đại Thành"].map((n) => `${n}.xlsx`),
  );
  expect(r.out).toContain(`Đã ghi ${join(out, "Cấp thành phố.xlsx")} (Cấp thành phố) — đơn vị cấp thành phố`);
  expect(r.out.trimEnd().split("\n").pop()).toBe(`Đã tạo 7 file mẫu kỳ "6 tháng đầu năm 2023" trong thư mục ${out}: 6 xã, phường, 1 đơn vị cấp thành phố.`);
  expect(await unitAndPeriod(join(out, "Xã Đại Thành.xlsx"))).toEqual(["Xã Đại Thành", "6 tháng đầu năm 2023"]);
});

test("--period overrides the list's period", async () => {
  const out = join(dir, "ky-khac");
  expect((await cli("template", "--units", CITY_FILE, "--period", "Năm 2025", "--out", out)).code).toBe(0);
  expect(await unitAndPeriod(join(out, "Phường Lái Hiếu.xlsx"))).toEqual(["Phường Lái Hiếu", "Năm 2025"]);
});

describe("refusals (exit 2, a Vietnamese message, nothing written)", () => {
  /** `message`: the whole message, or a part of it. */
  const refused = async (args: string[], message: string | RegExp) => {
    const r = await cli("template", ...args);
    expect([r.code, r.out]).toEqual([2, ""]);
    if (typeof message === "string") expect(r.err).toBe(`Lỗi: ${message}\n`);
    else expect(r.err).toMatch(message);
  };
  const out = () => join(dir, "khong-ghi.xlsx");
  afterEach(() => expect(existsSync(out())).toBe(false));

  test("no --unit nor --units", () =>
    refused(["--period", "Năm 2025", "--out", out()], /Hãy chỉ ra đơn vị cần tạo mẫu: --unit/));
  test("no --period with --unit", () =>
    refused(["--unit", "Phường Ngã Bảy", "--out", out()], /Thiếu --period <kỳ báo cáo>/));
  test("--period without its text", () => refused(["--unit", "Phường Ngã Bảy", "--out", out(), "--period"], "Thiếu giá trị sau --period."));
  test("an unknown --form lists the known ones", () =>
    refused(["--unit", "X", "--period", "Năm 2025", "--out", out(), "--form", "phu-luc-ma-tuy"],
      'Không có biểu mẫu "phu-luc-ma-tuy" (sau --form); các biểu mẫu có sẵn: phu-luc-pcmd.'));
  test("--unit and --units together", () =>
    refused(["--unit", "X", "--units", CITY_FILE, "--out", out()], /không dùng cả hai/));
  test("no --out", () =>
    refused(["--unit", "X", "--period", "Năm 2025"], "Thiếu --out <file.xlsx>: chỉ ra file mẫu cần ghi, ví dụ --out \"mau/Phường Ngã Bảy.xlsx\"."));
  test("--out not .xlsx", () => refused(["--unit", "X", "--period", "Năm 2025", "--out", join(dir, "a.txt")], `File kết quả "${join(dir, "a.txt")}" phải có đuôi .xlsx.`));
  test("--units without --out folder", () =>
    refused(["--units", CITY_FILE], "Thiếu --out <thư mục>: chỉ ra thư mục để ghi một file mẫu cho mỗi đơn vị, ví dụ --out mau."));
  test("--units with --out an existing file", async () => {
    const file = join(dir, "la-file.xlsx");
    writeFileSync(file, "x");
    await refused(["--units", CITY_FILE, "--out", file], `--out "${file}" là một file; với --units hãy chỉ ra thư mục để ghi một file mẫu cho mỗi đơn vị.`);
  });
  test("--units list without periods and no --period", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Thông tin báo cáo");
    ws.getCell("A1").value = "THÔNG TIN BÁO CÁO";
    ws.getCell("A3").value = "ĐƠN VỊ BÁO CÁO";
    ws.getCell("B4").value = "Phường Ngã Bảy";
    const list = join(dir, "danh-sach.xlsx");
    await wb.xlsx.writeFile(list);
    mkdirSync(join(dir, "rong"), { recursive: true });
    await refused(["--units", list, "--out", join(dir, "rong")], /Thiếu --period/);
    expect(readdirSync(join(dir, "rong"))).toEqual([]);
  });
});
