/**
 * Two forms in one run: the bundled sample's ward files (the built-in appendix) with ward files of a form
 * given by --form. Each form is validated and totalled on its own: a section each, a JSON entry each, an
 * output file each named with the form's id.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../helpers/cli";
import { UNIT_FILES } from "../helpers/sample-workbook";
import { wardFile, writeForm } from "./three-form";

const PCMD_TITLE = "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM";
const THREE_TITLE = "SỐ LIỆU THỬ NGHIỆM BA CHỈ TIÊU";

let dir: string;
let form: string;
let inputs: string[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-two-forms-"));
  form = writeForm(dir, "ba-chi-tieu.form.json");
  const mot = await wardFile(dir, form, "Phường Một", { "01": 10, "02": 4, "03": 40 });
  const hai = await wardFile(dir, form, "Xã Hai", { "01": 30, "02": 6, "03": 20 });
  // The forms' files mixed: each form's units are found wherever they are.
  inputs = [mot, ...UNIT_FILES, hai];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines of a form's section: from its heading to the blank line before the next one. */
function section(out: string, title: string): string[] {
  const parts = out.trimEnd().split("\n\n=== ");
  const part = parts.map((p, i) => (i === 0 ? p : `=== ${p}`)).find((p) => p.startsWith(`=== ${title} `));
  if (!part) throw new Error(`no section ${title} in:\n${out}`);
  return part.split("\n");
}

test("validate: a section per form, in the registry's order, each with its heading, its units and its summary", async () => {
  const r = await cli("validate", ...inputs, "--form", form);
  expect([r.code, r.err]).toEqual([0, ""]);
  const headings = r.out.split("\n").filter((l) => l.startsWith("=== "));
  expect(headings).toEqual([`=== ${PCMD_TITLE} (biểu mẫu phu-luc-pcmd) ===`, `=== ${THREE_TITLE} (biểu mẫu bieu-thu) ===`]);

  const pcmd = section(r.out, PCMD_TITLE);
  expect(pcmd).toContain('Phường Ngã Bảy (trang "Phụ lục", phuong-nga-bay.xlsx)');
  expect(pcmd.join("\n")).not.toContain("Phường Một");
  expect(pcmd[pcmd.length - 1]).toBe("0 lỗi, 0 cảnh báo, 1 thông tin — đơn vị: 6 xã, phường (chưa có danh sách để đối chiếu)");

  const three = section(r.out, THREE_TITLE);
  expect(three.slice(1, 5)).toEqual(['Phường Một (trang "Phụ lục", Phường Một.xlsx)', "  Không có lỗi.", 'Xã Hai (trang "Phụ lục", Xã Hai.xlsx)', "  Không có lỗi."]);
  expect(three[three.length - 1]).toBe("0 lỗi, 0 cảnh báo, 1 thông tin — đơn vị: 2 xã, phường (chưa có danh sách để đối chiếu)");
});

test("validate --json: an array, one entry per form — { form: { id, title }, units, findings, summary }", async () => {
  const r = await cli("validate", ...inputs, "--form", form, "--json");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out);
  expect(Array.isArray(json)).toBe(true);
  expect(json.map((e: { form: unknown }) => e.form)).toEqual([
    { id: "phu-luc-pcmd", title: PCMD_TITLE },
    { id: "bieu-thu", title: THREE_TITLE },
  ]);
  for (const entry of json) expect(Object.keys(entry)).toEqual(["form", "units", "findings", "summary"]);
  expect(json[0].units).toHaveLength(7);
  expect(json[1].units.map((u: { name: string; file: string }) => [u.name, u.file])).toEqual([["Phường Một", "Phường Một.xlsx"], ["Xã Hai", "Xã Hai.xlsx"]]);
  expect(json[1].summary).toEqual({ errors: 0, warnings: 0, infos: 1, wards: { reported: 2, expected: null } });
});

test("without --form the other form's sheets are reported, not read", async () => {
  const r = await cli("validate", ...inputs);
  expect(r.code).toBe(0);
  expect(r.out).not.toContain("=== ");
  expect(r.out.match(/structure\.unknown-form/g)).toHaveLength(2);
});

async function totalsTitle(path: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return String(wb.getWorksheet("Tổng hợp")!.getCell("A1").value);
}

test("totals: one workbook per form, named with the form's id before the extension, each path printed", async () => {
  const out = join(dir, "ket-qua", "tong-hop.xlsx");
  const r = await cli("totals", ...inputs, "--form", form, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  const pcmd = join(dir, "ket-qua", "tong-hop-phu-luc-pcmd.xlsx");
  const three = join(dir, "ket-qua", "tong-hop-bieu-thu.xlsx");
  expect(r.out.split("\n").filter((l) => l.startsWith("Đã ghi "))).toEqual([`Đã ghi ${pcmd}`, `Đã ghi ${three}`]);
  expect(existsSync(out)).toBe(false);
  expect(section(r.out, PCMD_TITLE)).toContain('  Trang "Tổng hợp": 40 chỉ tiêu × 7 đơn vị, cột Tổng cộng.');
  expect(section(r.out, THREE_TITLE)).toContain('  Trang "Tổng hợp": 3 chỉ tiêu × 2 đơn vị, cột Tổng cộng.');
  expect(await totalsTitle(pcmd)).toBe(`TỔNG HỢP ${PCMD_TITLE}`);
  expect(await totalsTitle(three)).toBe(`TỔNG HỢP ${THREE_TITLE}`);
  // Each file holds its own form's unit sheets only.
  const threeBook = new ExcelJS.Workbook();
  await threeBook.xlsx.readFile(three);
  expect(threeBook.worksheets.map((ws) => ws.name)).toEqual(["Phường Một", "Xã Hai", "Tổng hợp", "Kết quả kiểm tra"]);
});

test("report: one .docx per form, named the same way", async () => {
  const out = join(dir, "bao-cao.docx");
  const r = await cli("report", ...inputs, "--form", form, "--out", out);
  expect([r.code, r.err]).toEqual([0, ""]);
  const written = r.out.split("\n").filter((l) => l.startsWith("Đã ghi báo cáo: "));
  expect(written).toEqual([`Đã ghi báo cáo: ${join(dir, "bao-cao-phu-luc-pcmd.docx")}`, `Đã ghi báo cáo: ${join(dir, "bao-cao-bieu-thu.docx")}`]);
  expect(existsSync(join(dir, "bao-cao-phu-luc-pcmd.docx")) && existsSync(join(dir, "bao-cao-bieu-thu.docx"))).toBe(true);
  expect(existsSync(out)).toBe(false);
});
