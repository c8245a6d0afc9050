/** `tonghop totals`: arguments, exit codes and what it prints. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CITY_FILE, SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { cli } from "../helpers/cli";
import { readXlsx, saveBook, tempDir, TOTALS_SHEET } from "./helpers";

let dir: ReturnType<typeof tempDir>;
beforeAll(() => (dir = tempDir()));
afterAll(() => dir.remove());

test("writes the workbook into a new folder, prints its path and sheets, exit 0 on the clean sample", async () => {
  const out = join(dir.path, "new", "folder", "tong-hop-ngabay.xlsx");
  const { code, out: stdout, err } = await cli("totals", CITY_FILE, "--out", out);
  expect(err).toBe("");
  expect(code).toBe(0);
  expect(existsSync(out)).toBe(true);
  expect(stdout).toContain(`Đã ghi ${out}`);
  expect(stdout).toContain(`Trang "Tổng hợp": 40 chỉ tiêu × 7 đơn vị`);
  expect(stdout).toContain(`Trang "Kết quả kiểm tra": 0 kết quả kiểm tra.`);
  expect(stdout).not.toContain("chưa đủ số liệu");
  expect(stdout).toContain("0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6");
});

test("with errors in the input it still writes the workbook, says how many totals are incomplete, exit 1", async () => {
  const book = await SampleWorkbook.city();
  book.setValue(SHEETS.laiHieu, "02", null).setValue(SHEETS.tanThanh, "22", "1.500");
  const input = await saveBook(book, join(dir.path, "faulty.xlsx"));
  const out = join(dir.path, "faulty-out.xlsx");
  const { code, out: stdout } = await cli("totals", input, "--out", out);
  expect(code).toBe(1);
  expect(existsSync(out)).toBe(true);
  expect(stdout).toContain("2 chỉ tiêu chưa đủ số liệu (mã 02, 22)");
  expect(stdout).toContain("1 lỗi, 1 cảnh báo, 0 thông tin");
  expect((await readXlsx(out)).getWorksheet(TOTALS_SHEET)).toBeDefined();
});

test("says where the sheet went when a user's own “Tổng hợp” holds the name", async () => {
  const book = await SampleWorkbook.city();
  book.workbook.addWorksheet(TOTALS_SHEET).getCell("A1").value = "Bảng tự làm";
  const input = await saveBook(book, join(dir.path, "user-sheet.xlsx"));
  const { code, out: stdout } = await cli("totals", input, "--out", join(dir.path, "user-sheet-out.xlsx"));
  expect(code).toBe(0);
  expect(stdout).toContain(`kết quả ghi vào trang "Tổng hợp (2)"`);
});

describe("cannot run: exit 2 with a Vietnamese message, nothing written", () => {
  test("--out is missing", async () => {
    const r = await cli("totals", CITY_FILE);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Lỗi: Thiếu --out <file.xlsx>");
  });

  test("--out without a path", async () => {
    const r = await cli("totals", CITY_FILE, "--out");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Thiếu đường dẫn file sau --out.");
  });

  test("--out points to an input file", async () => {
    const book = await SampleWorkbook.city();
    const input = await saveBook(book, join(dir.path, "input.xlsx"));
    const r = await cli("totals", input, "--out", join(dir.path, ".", "input.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("trùng với file đầu vào");
  });

  test("--out is not an .xlsx file", async () => {
    const out = join(dir.path, "tong-hop.xls");
    const r = await cli("totals", CITY_FILE, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("phải có đuôi .xlsx");
    expect(existsSync(out)).toBe(false);
  });

  test("an input file is missing, or holds no appendix", async () => {
    const missing = await cli("totals", join(dir.path, "khong-co.xlsx"), "--out", join(dir.path, "x.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không tìm thấy file");
    const empty = SampleWorkbook.empty("empty.xlsx");
    empty.workbook.addWorksheet("Sheet1").getCell("A1").value = "ghi chú";
    const input = await saveBook(empty, join(dir.path, "empty.xlsx"));
    const none = await cli("totals", input, "--out", join(dir.path, "y.xlsx"));
    expect(none.code).toBe(2);
    expect(none.err).toContain("Không tìm thấy trang phụ lục nào");
    expect(existsSync(join(dir.path, "y.xlsx"))).toBe(false);
  });
});

test("--help lists the command", async () => {
  const r = await cli("--help");
  expect(r.out).toContain("tonghop totals <file.xlsx>… --out <file.xlsx>");
});
