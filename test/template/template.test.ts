/** Issue 13: blank templates — generated, filled as a ward would, validated clean; validation and protection in the file. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { form } from "../../src/app/form";
import { loadFormFile } from "../../src/app/forms";
import { makeTemplates, typedUnit, unitsOfInfoSheet, type TemplateFile } from "../../src/app/use-cases/make-template";
import { isInfoSheet } from "../../src/core/reader";
import { validateWorkbooks } from "../../src/core/validate";
import { TEMPLATE_SHEET_NAME } from "../../src/core/workbook-plan/template-sheet";
import { filePorts } from "../../src/hosts/files";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { CITY_FILE } from "../helpers/sample-workbook";
import { random, validWardFigures } from "../helpers/snapshot-builder";

const PERIOD = "6 tháng đầu năm 2023";

async function open(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet(TEMPLATE_SHEET_NAME)!;
}

/** The row of each indicator code, found by the Mã số column (B) as the reader finds it. */
function codeRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = row.getCell(2).value;
    if (typeof code === "string" && /^\d{2}$/.test(code)) rows.set(code, r);
  });
  return rows;
}

/** Types the figures into the value cells the template leaves open, as a ward's clerk would. */
async function fill(file: TemplateFile, seed: number): Promise<Buffer> {
  const ws = await open(file.bytes);
  const figures = validWardFigures(random(seed));
  for (const [code, r] of codeRows(ws)) {
    const cell = ws.getCell(r, 5);
    if (cell.protection?.locked === false) cell.value = figures[code];
  }
  return Buffer.from(await ws.workbook.xlsx.writeBuffer());
}

const cityInfo = async () => (await readWorkbookSnapshot(readFileSync(CITY_FILE), "tong-hop-ngabay.xlsx")).sheets.find(isInfoSheet)!;

test("one ward's template, filled, validates with no finding but the missing unit list", async () => {
  const [file] = await makeTemplates(filePorts, form, [typedUnit("Phường  Ngã Bảy ")], PERIOD);
  expect(file.fileName).toBe("Phường Ngã Bảy.xlsx");
  const snapshot = await readWorkbookSnapshot(await fill(file, 13), file.fileName);
  const result = validateWorkbooks(form, [snapshot]);
  expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
  expect(result.units.map((u) => [u.name, u.period])).toEqual([["Phường Ngã Bảy", PERIOD]]);
});

test("a template per listed unit (wards and the city-level unit), filled, validates clean against the list", async () => {
  const info = await cityInfo();
  const listed = unitsOfInfoSheet(info);
  expect(listed.period).toBe(PERIOD);
  const files = await makeTemplates(filePorts, form, listed.units, listed.period!);
  expect(files.map((f) => f.fileName)).toEqual([
    "Phường Ngã Bảy.xlsx", "Phường Lái Hiếu.xlsx", "Phường Hiệp Thành.xlsx", "Phường Hiệp Lợi.xlsx",
    "Xã Đại Thành.xlsx", "Xã Tân Thành.xlsx", "Cấp thành phố.xlsx",
  ]);
  const snapshots = await Promise.all(files.map(async (f, i) => readWorkbookSnapshot(await fill(f, 100 + i), f.fileName)));
  const result = validateWorkbooks(form, snapshots, { unitList: { file: "tong-hop-ngabay.xlsx", sheet: info } });
  expect(result.findings).toEqual([]);
  expect(result.units).toHaveLength(7);
});

test("file names keep Vietnamese, replace what file systems forbid, and never collide", async () => {
  const files = await makeTemplates(filePorts, form, [typedUnit("Phường A/B"), typedUnit("Phường A:B"), typedUnit("Xã Tân Thạnh.")], PERIOD);
  expect(files.map((f) => f.fileName)).toEqual(["Phường A-B.xlsx", "Phường A-B (2).xlsx", "Xã Tân Thạnh.xlsx"]);
});

describe("what Excel gets, read back with ExcelJS", () => {
  let ws: ExcelJS.Worksheet;
  let city: ExcelJS.Worksheet;
  beforeAll(async () => {
    const [ward, cityLevel] = await makeTemplates(filePorts, form, [typedUnit("Xã Tân Thành"), typedUnit("Cấp thành phố")], PERIOD);
    ws = await open(ward.bytes);
    city = await open(cityLevel.bytes);
  });

  test("the §2 layout: titles, unit and period, header, numbering row, signatures", () => {
    expect(ws.getCell("A1").value).toBe("PHỤ LỤC");
    expect(ws.getCell("A2").value).toBe(form.title);
    expect([ws.getCell("A3").value, ws.getCell("C3").value]).toEqual(["Đơn vị báo cáo:", "Xã Tân Thành"]);
    expect([ws.getCell("A4").value, ws.getCell("C4").value]).toEqual(["Kỳ báo cáo:", PERIOD]);
    expect(ws.getRow(6).values).toEqual([undefined, "STT", "Mã số", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"]);
    expect(ws.getRow(7).values).toEqual([undefined, "A", "B", "C", "D", "1", "2"]);
    expect([ws.getCell("A8").value, ws.getCell("C8").value]).toEqual(["I", "ĐỊA BÀN"]);
    expect(codeRows(ws).size).toBe(form.indicators.length);
    const last = ws.rowCount;
    expect([ws.getCell(last - 1, 3).value, ws.getCell(last - 1, 5).value]).toEqual(["Người lập biểu", "Thủ trưởng đơn vị"]);
  });

  test("every value cell validates by the indicator's kind, with a Vietnamese input and error message, and is unlocked", () => {
    const rows = codeRows(ws);
    for (const ind of form.indicators) {
      const cell = ws.getCell(rows.get(ind.code)!, 5);
      const v = cell.dataValidation;
      expect(cell.protection).toEqual(expect.objectContaining({ locked: false }));
      expect(v).toEqual(expect.objectContaining({ allowBlank: true, showInputMessage: true, showErrorMessage: true, errorTitle: "Số liệu không hợp lệ" }));
      expect(v.promptTitle!.length).toBeLessThanOrEqual(32);
      expect(ind.name.startsWith(v.promptTitle!.replace(/…$/, ""))).toBe(true);
      // A name too long for the title opens the text whole.
      if (v.promptTitle !== ind.name) expect(v.prompt!.startsWith(`${ind.name}. `)).toBe(true);
      if (ind.kind === "integer") {
        expect(v).toEqual(expect.objectContaining({ type: "whole", operator: "greaterThanOrEqual", formulae: [0] }));
        expect(v.prompt).toMatch(/Nhập số nguyên ≥ 0.*; ghi 0 nếu không phát sinh\.$/);
      } else if (ind.kind === "decimal") {
        expect(v).toEqual(expect.objectContaining({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] }));
        expect(v.prompt).toContain(`tối đa ${ind.decimals} chữ số thập phân`);
      } else {
        expect(v).toEqual(expect.objectContaining({ type: "list", formulae: ['"0,1"'] }));
        expect(v.prompt).toMatch(/Chọn 1 nếu có, 0 nếu không\.$/);
      }
      expect(ws.getCell(rows.get(ind.code)!, 6).protection).toEqual(expect.objectContaining({ locked: false }));
    }
    expect(ws.getCell(rows.get("02")!, 5).dataValidation.promptTitle).toBe("Dân số");
  });

  test("labels and codes are locked; the unit and period cells are not", () => {
    const rows = codeRows(ws);
    for (const r of rows.values()) {
      for (const c of [1, 2, 3, 4]) expect(ws.getCell(r, c).protection?.locked).not.toBe(false);
    }
    for (const a of ["A1", "A3", "A6", "E6", "C8"]) expect(ws.getCell(a).protection?.locked).not.toBe(false);
    for (const a of ["C3", "C4"]) expect(ws.getCell(a).protection?.locked).toBe(false);
  });

  test("the sheet is protected without a password", () => {
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toEqual(expect.objectContaining({ sheet: true }));
    expect(protection).not.toHaveProperty("hashValue");
    expect(protection).not.toHaveProperty("password");
  });

  test("print-ready: A4 portrait fitted to one page wide, margins, the header repeated on every page", () => {
    expect(ws.pageSetup).toEqual(
      expect.objectContaining({ paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "6:7" }),
    );
    expect(ws.pageSetup.margins).toEqual(expect.objectContaining({ top: 0.4, left: 0.5 }));
  });

  test("a city-level unit's ward-only value cells are locked, unvalidated and grey; its other cells as a ward's", () => {
    const rows = codeRows(city);
    for (const ind of form.indicators) {
      const cell = city.getCell(rows.get(ind.code)!, 5);
      if (ind.scope === "wards-only") {
        expect(cell.protection?.locked).not.toBe(false);
        expect(cell.dataValidation).toBeUndefined();
        expect(cell.fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFD9D9D9" } }));
      } else {
        expect(cell.protection?.locked).toBe(false);
        expect(["whole", "decimal"]).toContain(cell.dataValidation?.type);
      }
    }
  });
});

describe("a template of another form (the drug-prevention form file)", () => {
  const drug = loadFormFile(readFileSync(join(__dirname, "..", "..", "examples", "forms", "phu-luc-ma-tuy.form.json"), "utf8"), "phu-luc-ma-tuy.form.json");
  let ward: ExcelJS.Worksheet;
  let file: TemplateFile;
  beforeAll(async () => {
    [file] = await makeTemplates(filePorts, drug, [typedUnit("Xã Tân Thành")], PERIOD);
    ward = await open(file.bytes);
  });

  test("its title, its names with their legend, a percentage cell accepting 0–100, protection without a password", () => {
    const rows = codeRows(ward);
    expect(ward.getCell("A2").value).toBe("SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MA TÚY");
    expect(rows.size).toBe(14);
    expect(ward.getCell(rows.get("04")!, 3).value).toBe("Xã, phường không ma túy (1 = có, 0 = không)");
    const pct = ward.getCell(rows.get("08")!, 5).dataValidation;
    expect(pct).toEqual(expect.objectContaining({ type: "decimal", operator: "between", formulae: [0, 100], showInputMessage: true }));
    expect(pct.prompt).toBe("Tỷ lệ người nghiện được cai nghiện. Nhập tỷ lệ từ 0 đến 100 (không nhập dấu %), tối đa 1 chữ số thập phân.");
    expect(ward.getCell(rows.get("11")!, 5).dataValidation.prompt).toContain("tối đa 2 chữ số thập phân");
    expect(ward.getCell(rows.get("04")!, 5).dataValidation).toEqual(expect.objectContaining({ type: "list", formulae: ['"0,1"'] }));
    for (const r of rows.values()) for (const c of [1, 2, 3, 4]) expect(ward.getCell(r, c).protection?.locked).not.toBe(false);
    const protection = (ward as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toEqual(expect.objectContaining({ sheet: true }));
    expect(protection).not.toHaveProperty("hashValue");
  });

  test("filled as a ward would, it validates with no finding but the missing unit list", async () => {
    const figures: Record<string, number> = {
      "01": 8, "02": 1, "03": 3, "04": 0, "05": 2, "06": 1, "07": 1, "08": 37.5, "09": 1, "10": 2, "11": 1.25, "12": 3, "13": 150, "14": 2.5,
    };
    const rows = codeRows(ward);
    for (const [code, r] of rows) ward.getCell(r, 5).value = figures[code];
    const snapshot = await readWorkbookSnapshot(Buffer.from(await ward.workbook.xlsx.writeBuffer()), file.fileName);
    const result = validateWorkbooks(drug, [snapshot]);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.totals.get("08")).toMatchObject({ value: 37.5, incomplete: false });
  });
});
