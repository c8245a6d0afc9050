import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/cli";
import { CITY_FILE, SampleWorkbook, SHEETS, UNIT_FILES } from "../helpers/sample-workbook";

const ROOT = join(__dirname, "..", "..");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-cli-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function save(book: SampleWorkbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await book.toBuffer());
  return path;
}

/** Two errors and a warning on wards, a city-level error, one info on the totals. */
async function faultyCity(): Promise<string> {
  const book = await SampleWorkbook.city();
  book.setValue(SHEETS.ngaBay, "19", "80").setValue(SHEETS.ngaBay, "11", 6).setValue(SHEETS.laiHieu, "20", null);
  book.setValues(SHEETS.city, { "02": 5, "36": 5, "37": 4 });
  return save(book, "faulty.xlsx");
}

const lastLine = (s: string) => s.trimEnd().split("\n").pop();

describe("tonghop validate: human output", () => {
  it("the clean city workbook: exit 0, every unit without findings, summary 6/6", async () => {
    const { code, out, err } = await cli("validate", CITY_FILE);
    expect(code).toBe(0);
    expect(err).toBe("");
    expect(out).toContain('Phường Ngã Bảy (trang "P. Ngã Bảy", tong-hop-ngabay.xlsx)\n  Không có lỗi.');
    expect(lastLine(out)).toBe("0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6");
  });

  it("the seven unit files checked against the city's list (--units): exit 0, 6/6", async () => {
    const { code, out } = await cli("validate", ...UNIT_FILES, "--units", CITY_FILE);
    expect(code).toBe(0);
    expect(lastLine(out)).toBe("0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6");
  });

  it("groups by unit, then by severity, one line `sheet!cell  code  message` each; exit 1 on errors", async () => {
    const { code, out, err } = await cli("validate", await faultyCity());
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(out.trimEnd().split("\n")).toEqual([
      'Phường Ngã Bảy (trang "P. Ngã Bảy", faulty.xlsx)',
      "  Lỗi (2):",
      '    P. Ngã Bảy!E30  value.text-number  Tờ gấp, tờ rơi đã phát (mã 19) là số dạng chữ "80" (Excel không cộng được); nhập lại thành số 80.',
      "    P. Ngã Bảy!E20  R03  Lao động nữ đã ký hợp đồng lao động (mã 11) = 6 lớn hơn Trong đó: lao động nữ (mã 10) = 5 (chênh lệch 1).",
      'Phường Lái Hiếu (trang "P. Lái Hiếu", faulty.xlsx)',
      "  Cảnh báo (1):",
      "    P. Lái Hiếu!E31  value.blank  Tin, bài phát thanh (mã 20) để trống — ghi 0 nếu không phát sinh.",
      'Phường Hiệp Thành (trang "P. Hiệp Thành", faulty.xlsx)',
      "  Không có lỗi.",
      'Phường Hiệp Lợi (trang "P. Hiệp Lợi", faulty.xlsx)',
      "  Không có lỗi.",
      'Xã Đại Thành (trang "X. Đại Thành", faulty.xlsx)',
      "  Không có lỗi.",
      'Xã Tân Thành (trang "X. Tân Thành", faulty.xlsx)',
      "  Không có lỗi.",
      'Cấp thành phố (trang "Cấp thành phố", faulty.xlsx)',
      "  Lỗi (1):",
      "    Cấp thành phố!E10  value.not-allowed  Dân số (mã 02) chỉ do xã, phường báo cáo; đơn vị cấp thành phố để trống để không bị tính trùng.",
      "Toàn thành phố (số tổng hợp)",
      "  Thông tin (1):",
      "    mã 37  R21  Tin báo, tố giác đã xác minh, xử lý (mã 37) = 4 khác Tin báo, tố giác về mại dâm được tiếp nhận (mã 36) = 5 (chênh lệch 1).",
      "",
      "3 lỗi, 1 cảnh báo, 1 thông tin — đơn vị: 6/6",
    ]);
  });

  it("a listed ward without a sheet: its own group, completeness 5/6, and no city rule on partial totals", async () => {
    const book = await SampleWorkbook.city();
    book.setValues(SHEETS.city, { "36": 5, "37": 4 }).removeSheet(SHEETS.hiepLoi);
    const { code, out } = await cli("validate", await save(book, "missing.xlsx"));
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n").slice(-5)).toEqual([
      "Phường Hiệp Lợi",
      "  Cảnh báo (1):",
      "    Thông tin báo cáo!B26  unit.missing  Chưa có số liệu của Phường Hiệp Lợi (đã nhận 5/6 xã, phường).",
      "",
      "0 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 5/6",
    ]);
  });

  it("orders a unit's errors before its warnings", async () => {
    const book = await SampleWorkbook.city();
    book.setValue(SHEETS.ngaBay, "20", null).setValue(SHEETS.ngaBay, "19", -1);
    const { out } = await cli("validate", await save(book, "order.xlsx"));
    const lines = out.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      'Phường Ngã Bảy (trang "P. Ngã Bảy", order.xlsx)',
      "  Lỗi (1):",
      "    P. Ngã Bảy!E30  value.negative  Tờ gấp, tờ rơi đã phát (mã 19) = -1: số liệu không được là số âm.",
      "  Cảnh báo (1):",
      "    P. Ngã Bảy!E31  value.blank  Tin, bài phát thanh (mã 20) để trống — ghi 0 nếu không phát sinh.",
    ]);
  });

  it("warnings only: exit 0", async () => {
    const book = await SampleWorkbook.city();
    book.setValue(SHEETS.ngaBay, "20", null);
    const { code, out } = await cli("validate", await save(book, "warnings.xlsx"));
    expect(code).toBe(0);
    expect(lastLine(out)).toBe("0 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 6/6");
  });

  it("lists sheets that are not appendices", async () => {
    const book = await SampleWorkbook.city();
    book.workbook.addWorksheet("Ghi chú").getCell("A1").value = "x";
    const { out } = await cli("validate", await save(book, "notes.xlsx"));
    expect(out).toContain('Bỏ qua trang "Ghi chú" (notes.xlsx): không phải phụ lục.');
  });

  it("an appendix sheet whose header row is broken, next to a good file, is a finding (exit 1)", async () => {
    const book = await SampleWorkbook.unit("xa-tan-thanh.xlsx");
    book.sheet().getCell("E6").value = "Số lượng";
    const { code, out, err } = await cli("validate", await save(book, "broken-header.xlsx"), UNIT_FILES[0]);
    expect(code).toBe(1);
    expect(err).toBe("");
    expect(out).toContain('    broken-header.xlsx › Phụ lục  structure.no-header  Trang "Phụ lục" có vẻ là phụ lục nhưng không tìm thấy dòng tiêu đề');
  });
});

describe("tonghop validate --json", () => {
  const UNIT_KEYS = ["name", "kind", "sheet", "file", "period"];
  const FINDING_KEYS = ["severity", "code", "sheet", "cell", "indicator", "unit", "message", "file"];

  function checkShape(json: { units: object[]; findings: object[]; summary: object }) {
    expect(Object.keys(json)).toEqual(["units", "findings", "summary"]);
    for (const u of json.units) expect(Object.keys(u)).toEqual(UNIT_KEYS);
    for (const f of json.findings as Record<string, unknown>[]) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.indicator === null || /^\d{2}$/.test(String(f.indicator))).toBe(true);
      expect(f.cell === null || /^[A-Z]{1,3}[1-9]\d*$/.test(String(f.cell))).toBe(true);
      for (const k of ["sheet", "unit", "file"]) expect(f[k] === null || typeof f[k] === "string").toBe(true);
      expect(typeof f.message).toBe("string");
    }
    expect(Object.keys(json.summary)).toEqual(["errors", "warnings", "infos", "wards"]);
    expect(Object.keys((json.summary as { wards: object }).wards)).toEqual(["reported", "expected"]);
  }

  it("prints exactly one JSON object with the documented shape", async () => {
    const { code, out, err } = await cli("validate", await faultyCity(), "--json");
    expect(code).toBe(1);
    expect(err).toBe("");
    const json = JSON.parse(out);
    checkShape(json);
    expect(json.summary).toEqual({ errors: 3, warnings: 1, infos: 1, wards: { reported: 6, expected: 6 } });
    expect(json.units[0]).toEqual({ name: "Phường Ngã Bảy", kind: "ward", sheet: "P. Ngã Bảy", file: "faulty.xlsx", period: "6 tháng đầu năm 2023" });
    expect(json.units.at(-1)).toEqual({ name: "Cấp thành phố", kind: "city-level", sheet: "Cấp thành phố", file: "faulty.xlsx", period: "6 tháng đầu năm 2023" });
    expect(json.findings[0]).toEqual({
      severity: "error",
      code: "value.text-number",
      sheet: "P. Ngã Bảy",
      cell: "E30",
      indicator: "19",
      unit: "Phường Ngã Bảy",
      message: 'Tờ gấp, tờ rơi đã phát (mã 19) là số dạng chữ "80" (Excel không cộng được); nhập lại thành số 80.',
      file: "faulty.xlsx",
    });
    expect(json.findings.find((f: { code: string }) => f.code === "R21")).toEqual({
      severity: "info",
      code: "R21",
      sheet: null,
      cell: null,
      indicator: "37",
      unit: null,
      message: expect.stringContaining("(chênh lệch 1)"),
      file: null,
    });
  });

  it("the clean sample: no findings, exit 0", async () => {
    const { code, out } = await cli("validate", "--json", CITY_FILE);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    checkShape(json);
    expect(json.findings).toEqual([]);
    expect(json.units).toHaveLength(7);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: 0, wards: { reported: 6, expected: 6 } });
  });
});

describe("tonghop validate cannot run: exit 2, a Vietnamese message, no stack trace", () => {
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ["a missing file", async () => ["validate", join(dir, "khong-co.xlsx")], /^Lỗi: Không tìm thấy file ".*khong-co\.xlsx"\.$/],
    ["a directory", async () => ["validate", dir], /^Lỗi: ".*" là thư mục, không phải file \.xlsx\.$/],
    ["a text file", async () => {
      writeFileSync(join(dir, "ghi-chu.txt"), "không phải Excel");
      return ["validate", join(dir, "ghi-chu.txt")];
    }, /^Lỗi: "ghi-chu\.txt" không phải là file Excel \.xlsx\.$/],
    ["an empty .xlsx", async () => {
      writeFileSync(join(dir, "rong.xlsx"), "");
      return ["validate", join(dir, "rong.xlsx")];
    }, /^Lỗi: "rong\.xlsx" không phải là file Excel \.xlsx\.$/],
    ["a corrupt .xlsx", async () => {
      const bytes = readFileSync(CITY_FILE);
      writeFileSync(join(dir, "hong.xlsx"), bytes.subarray(0, bytes.length / 2));
      return ["validate", join(dir, "hong.xlsx")];
    }, /^Lỗi: Không đọc được "hong\.xlsx": file \.xlsx bị hỏng; hãy mở bằng Excel và lưu lại\.$/],
    ["an old .xls", async () => {
      writeFileSync(join(dir, "cu.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      return ["validate", join(dir, "cu.xls")];
    }, /^Lỗi: "cu\.xls" là file Excel cũ \(\.xls\); hãy mở bằng Excel và lưu lại dạng \.xlsx\.$/],
    ["a password-protected .xlsx (an OLE container)", async () => {
      writeFileSync(join(dir, "mat-khau.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      return ["validate", join(dir, "mat-khau.xlsx")];
    }, /^Lỗi: "mat-khau\.xlsx" có đặt mật khẩu/],
    ["an .xlsx without an appendix sheet", async () => {
      const book = SampleWorkbook.empty("bang-khac.xlsx");
      book.workbook.addWorksheet("Sheet1").getCell("A1").value = "Danh sách cán bộ";
      return ["validate", await save(book, "bang-khac.xlsx")];
    }, /^Lỗi: Không tìm thấy trang phụ lục nào \(dòng tiêu đề "Mã số \| Chỉ tiêu \| Số liệu"\) trong "bang-khac\.xlsx"\.$/],
    ["an .xlsx whose only appendix lost its header row", async () => {
      const book = await SampleWorkbook.unit("xa-tan-thanh.xlsx");
      book.sheet().getCell("E6").value = "Số lượng";
      return ["validate", await save(book, "mat-tieu-de.xlsx")];
    }, /^Lỗi: Không tìm thấy trang phụ lục nào .* trong "mat-tieu-de\.xlsx"\.\nTrang "Phụ lục" có vẻ là phụ lục nhưng không tìm thấy dòng tiêu đề/],
    ["an unknown option", async () => ["validate", CITY_FILE, "--xml"], /^Lỗi: Không có tùy chọn --xml\.$/],
    ["a short option", async () => ["validate", "-j", CITY_FILE], /^Lỗi: Không có tùy chọn -j\.$/],
    ["no files", async () => ["validate"], /^Lỗi: Chưa chỉ ra file \.xlsx nào\.$/],
    ["no files, only an option", async () => ["validate", "--json"], /^Lỗi: Chưa chỉ ra file \.xlsx nào\.$/],
    ["an unknown command", async () => ["kiemtra", CITY_FILE], /^Lỗi: không có lệnh "kiemtra"\./],
  ];

  it.each(cases)("%s", async (_, args, message) => {
    const { code, out, err } = await cli(...(await args()));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trimEnd()).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(err).not.toMatch(/Error:/);
  });

  it("one unreadable file stops the run even when others are fine", async () => {
    const { code, err } = await cli("validate", CITY_FILE, join(dir, "khong-co.xlsx"));
    expect(code).toBe(2);
    expect(err).toMatch(/Không tìm thấy file/);
  });

  it("--help prints the usage and exits 0", async () => {
    const { code, out } = await cli("--help");
    expect(code).toBe(0);
    expect(out).toContain("tonghop validate <file.xlsx>… [--json]");
    expect(out).toContain("Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được");
  });
});

describe("bin/tonghop.js", () => {
  const bin = join(ROOT, "bin", "tonghop.js");

  it("runs as a real process: --json on the sample, exit 0", () => {
    const r = spawnSync(process.execPath, [bin, "validate", CITY_FILE, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ errors: 0, warnings: 0, infos: 0, wards: { reported: 6, expected: 6 } });
  });

  it("exit code 2 and its message reach the shell", () => {
    const sub = join(dir, "thu-muc");
    mkdirSync(sub, { recursive: true });
    const two = spawnSync(process.execPath, [bin, "validate", sub], { cwd: ROOT, encoding: "utf8" });
    expect(two.status).toBe(2);
    expect(two.stdout).toBe("");
    expect(two.stderr).toBe(`Lỗi: "${sub}" là thư mục, không phải file .xlsx.\n`);
  });
});
