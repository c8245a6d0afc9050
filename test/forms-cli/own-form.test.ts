/**
 * `--form` with a three-indicator form written in the test, not the built-in one: validate, totals and
 * report on two ward files made from its template — the engine is not shaped like the first form.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeReportFiles } from "../../src/cli/commands/report";
import { writeTotalsWorkbooks } from "../../src/cli/commands/totals";
import { reportText } from "../../src/core/report/report-text";
import { filePorts } from "../../src/hosts/files";
import { cli, keepingBytes } from "../helpers/cli";
import { unitListFile, wardFile, writeForm } from "./three-form";

let dir: string;
let form: string;
let mot: string;
let hai: string;
let list: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-own-form-"));
  form = writeForm(dir, "ba-chi-tieu.form.json");
  // 01 and 02 add up to 40 and 10: the percentage's total is 10 / 40 = 25,0 %, not the mean 30 of 40 and 20.
  mot = await wardFile(dir, form, "Phường Một", { "01": 10, "02": 4, "03": 40 });
  hai = await wardFile(dir, form, "Xã Hai", { "01": 30, "02": 6, "03": 20 });
  list = await unitListFile(dir, ["Phường Một", "Xã Hai"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("validate", () => {
  test("clean: exit 0, both units read by the loaded form, 2/2 against the list", async () => {
    const r = await cli("validate", mot, hai, "--form", form, "--units", list);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out.trimEnd().split("\n")).toEqual([
      'Phường Một (trang "Phụ lục", Phường Một.xlsx)',
      "  Không có lỗi.",
      'Xã Hai (trang "Phụ lục", Xã Hai.xlsx)',
      "  Không có lỗi.",
      "",
      "0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 2/2",
    ]);
  });

  test("one form present: --json keeps the single-form shape", async () => {
    const r = await cli("validate", mot, hai, "--form", form, "--units", list, "--json");
    const json = JSON.parse(r.out);
    expect(Array.isArray(json)).toBe(false);
    expect(json.units.map((u: { name: string }) => u.name)).toEqual(["Phường Một", "Xã Hai"]);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: 0, wards: { reported: 2, expected: 2 } });
  });

  test("the form's rule fires, naming both indicators with their values, the difference and the instruction", async () => {
    const faulty = await wardFile(join(dir, "loi"), form, "Xã Hai", { "01": 30, "02": 31, "03": 20 });
    const r = await cli("validate", mot, faulty, "--form", form, "--units", list);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "Xã Hai.xlsx › Phụ lục!E10  T01  Trong đó: hộ nghèo (mã 02) = 31 lớn hơn Hộ gia đình được thăm (mã 01) = 30 (chênh lệch 1). " +
        "Hướng dẫn: Số hộ nghèo được thăm không thể lớn hơn số hộ được thăm.",
    );
  });

  test("without --form its sheets are of no form in use: exit 2, and the message says which sheets and why", async () => {
    const r = await cli("validate", mot, hai);
    expect([r.code, r.out]).toEqual([2, ""]);
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toBe('Lỗi: Không tìm thấy trang phụ lục nào (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") trong "Phường Một.xlsx", "Xã Hai.xlsx".');
    expect(lines.slice(1).map((l) => l.split(" › ")[0])).toEqual(["Phường Một.xlsx", "Xã Hai.xlsx"]);
    expect(lines[1]).toContain("(“SỐ LIỆU THỬ NGHIỆM BA CHỈ TIÊU”) có dòng tiêu đề của phụ lục nhưng tiêu đề và mã số không khớp biểu mẫu nào đang dùng");
  });
});

/** The Tổng cộng cell of each code in the totals sheet: its formula and cached result. */
async function totalColumn(path: string): Promise<Map<string, { formula: string | undefined; result: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Tổng hợp")!;
  const header = ws.getRow(5).values as unknown[];
  const totalCol = header.indexOf("Tổng cộng");
  const out = new Map<string, { formula: string | undefined; result: unknown }>();
  ws.eachRow((row) => {
    const code = row.getCell(2).value;
    if (typeof code !== "string" || !/^\d{2,3}$/.test(code)) return;
    const cell = row.getCell(totalCol);
    out.set(code, { formula: cell.formula, result: cell.formula ? cell.result : cell.value });
  });
  return out;
}

test("totals: one workbook, the percentage's total the ratio of the totals", async () => {
  const out = join(dir, "ket-qua", "tong-hop.xlsx");
  const r = await cli("totals", mot, hai, "--form", form, "--units", list, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n")[0]).toBe(`Đã ghi ${out}`);
  expect(r.out).toContain('Trang "Tổng hợp": 3 chỉ tiêu × 2 đơn vị, cột Tổng cộng.');
  const totals = await totalColumn(out);
  expect([...totals.keys()]).toEqual(["01", "02", "03"]);
  expect(totals.get("01")!.result).toBe(40);
  expect(totals.get("02")!.result).toBe(10);
  expect(totals.get("03")!.result).toBeCloseTo(25, 10);

  const [run] = await keepingBytes([mot, hai, list, form], () => writeTotalsWorkbooks(filePorts, [mot, hai], join(dir, "lai.xlsx"), list, [form]));
  expect(run.result.form.id).toBe("bieu-thu");
  expect(run.result.totals.get("03")!.value).toBeCloseTo(25, 10);
});

test("report: one .docx, its figures from the loaded form's names and units", async () => {
  const out = join(dir, "bao-cao.docx");
  const r = await cli("report", mot, hai, "--form", form, "--units", list, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out.split("\n")[0]).toBe(`Đã ghi báo cáo: ${out}`);
  expect(existsSync(out)).toBe(true);

  const runs = await keepingBytes([mot, hai, list, form], () => writeReportFiles(filePorts, [mot, hai], join(dir, "lai.docx"), {}, list, [form]));
  expect(runs.map((run) => run.result.form.id)).toEqual(["bieu-thu"]);
  const text = reportText(runs[0].model);
  expect(text).toContain("Hộ gia đình được thăm: 40 hộ");
  expect(text).toMatch(/Tỷ lệ hộ nghèo trong số hộ được thăm: 25(,0)? ?%/);
});
