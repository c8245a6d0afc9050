/**
 * A small form written here, not the built-in one — three indicators, one of them a percentage totalled
 * as the ratio of two totals — and ward files of it made as a ward makes them: `tonghop template`, then
 * the value cells filled in.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";

export const THREE_FORM = {
  id: "bieu-thu",
  title: "SỐ LIỆU THỬ NGHIỆM BA CHỈ TIÊU",
  subject: "công tác thăm hộ gia đình",
  indicators: [
    { code: "01", section: "I. THĂM HỘ", name: "Hộ gia đình được thăm", unit: "hộ", type: "integer", scope: "all-units", total: "sum", year: "sum" },
    { code: "02", section: "I. THĂM HỘ", name: "Trong đó: hộ nghèo", unit: "hộ", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "01" },
    {
      code: "03", section: "II. TỶ LỆ", name: "Tỷ lệ hộ nghèo trong số hộ được thăm", unit: "%", type: "percent", decimals: 1,
      scope: "all-units", total: "[02] / [01] * 100", year: "last",
    },
  ],
  rules: [
    { id: "T01", check: "[02] <= [01]", severity: "error", applies: ["unit", "city"], instruction: "Số hộ nghèo được thăm không thể lớn hơn số hộ được thăm." },
  ],
};

export const PERIOD = "Năm 2025";

/** `form` (THREE_FORM by default, or a variant of it) as a form file in `dir`. */
export function writeForm(dir: string, name: string, form: unknown = THREE_FORM): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(form, null, 2));
  return path;
}

/** A ward's file of the form at `formFile`: its blank template with `values` typed into the value cells. */
export async function wardFile(dir: string, formFile: string, unit: string, values: Record<string, number>): Promise<string> {
  const path = join(dir, `${unit}.xlsx`);
  const made = await cli("template", "--form", formFile, "--unit", unit, "--period", PERIOD, "--out", path);
  if (made.code !== 0) throw new Error(made.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const filled = new Set<string>();
  ws.eachRow((row) => {
    const code = String(row.getCell("B").value ?? "");
    if (code in values) {
      row.getCell("E").value = values[code];
      filled.add(code);
    }
  });
  if (filled.size !== Object.keys(values).length) throw new Error(`no row for ${Object.keys(values).filter((c) => !filled.has(c))}`);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

/** A city's list of units to expect ("Thông tin báo cáo"), with its period. */
export async function unitListFile(dir: string, units: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Thông tin báo cáo");
  ws.getCell("A1").value = "THÔNG TIN BÁO CÁO";
  ws.getCell("A2").value = "Kỳ báo cáo";
  ws.getCell("B2").value = PERIOD;
  ws.getCell("A4").value = "ĐƠN VỊ BÁO CÁO";
  units.forEach((u, i) => (ws.getCell(`B${5 + i}`).value = u));
  const path = join(dir, "danh-sach.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}
