/**
 * Unit workbooks for any form, made as wards make them: the product's blank template for the unit
 * (`makeTemplates`), its open value cells typed in with the figures chosen; and the city's list workbook
 * (a `Thông tin báo cáo` sheet) naming the units, so completeness is judged.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { makeTemplates } from "../../src/app/use-cases/make-template";
import type { FormDef } from "../../src/core/form";
import { INFO_FIELDS, UNIT_LIST_TITLE, type InfoField } from "../../src/core/info-sheet";
import { INFO_SHEET_NAME } from "../../src/core/reader";
import { kindOfUnitName, kindOfUnitType } from "../../src/core/units";
import { TEMPLATE_SHEET_NAME } from "../../src/core/workbook-plan/template-sheet";
import { filePorts } from "../../src/hosts/files";

/** What a clerk types into a value cell: a number, a text ("Có", "12,5"), or nothing. */
export type Figure = number | string | null;
export type Figures = Record<string, Figure>;

export interface UnitFigures {
  name: string;
  /** The list's Loại column ("Phường", "Xã", "Công an"…); it decides the unit's kind. */
  type: string;
  /** By indicator code; a code not given is left blank. */
  figures: Figures;
}

export interface UnitFile {
  unit: string;
  fileName: string;
  bytes: Buffer;
}

const CODE_COLUMN = 2;
const VALUE_COLUMN = 5;

function kindOf(unit: UnitFigures) {
  return kindOfUnitType(unit.type) ?? kindOfUnitName(unit.name);
}

/** The row of each of the form's codes on the template, found by the Mã số column as the reader finds it. */
function codeRows(ws: ExcelJS.Worksheet, form: FormDef): Map<string, number> {
  const codes = new Set(form.indicators.map((i) => i.code));
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = row.getCell(CODE_COLUMN).value;
    if (typeof code === "string" && codes.has(code)) rows.set(code, r);
  });
  return rows;
}

/**
 * Types `figures` into the template's value cells. A figure for a code the form lacks, or for a cell the
 * template locks (a ward-only indicator on a city-level unit), is a mistake in the test and throws.
 */
async function fill(template: Uint8Array, form: FormDef, figures: Figures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TEMPLATE_SHEET_NAME)!;
  const rows = codeRows(ws, form);
  for (const [code, figure] of Object.entries(figures)) {
    const r = rows.get(code);
    if (r === undefined) throw new Error(`the form has no indicator ${code}`);
    const cell = ws.getCell(r, VALUE_COLUMN);
    if (figure === null) continue;
    if (cell.protection?.locked !== false) throw new Error(`the template locks the value cell of ${code}`);
    cell.value = figure;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Where each code's value cell is on a unit's workbook ("E9"), as findings name it. */
export async function valueCells(bytes: Uint8Array, form: FormDef): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(TEMPLATE_SHEET_NAME)!;
  return new Map([...codeRows(ws, form)].map(([code, r]) => [code, ws.getCell(r, VALUE_COLUMN).address]));
}

/** One filled workbook per unit, named as the template names it ("Phường Ngã Bảy.xlsx"). */
export async function unitWorkbooks(form: FormDef, units: UnitFigures[], period: string): Promise<UnitFile[]> {
  const templates = await makeTemplates(filePorts, form, units.map((u) => ({ name: u.name, kind: kindOf(u) })), period);
  return Promise.all(
    templates.map(async (t, i) => ({ unit: units[i].name, fileName: t.fileName, bytes: await fill(t.bytes, form, units[i].figures) })),
  );
}

/** The filled workbooks written into `dir`; their paths, in the units' order. */
export async function writeUnitFiles(dir: string, form: FormDef, units: UnitFigures[], period: string): Promise<string[]> {
  const files = await unitWorkbooks(form, units, period);
  return files.map((f) => {
    const path = join(dir, f.fileName);
    writeFileSync(path, f.bytes);
    return path;
  });
}

/** The city's list workbook: report fields, then ĐƠN VỊ BÁO CÁO with STT | Tên đơn vị | Loại (form §6). */
export async function writeUnitList(
  path: string,
  units: Pick<UnitFigures, "name" | "type">[],
  period: string,
  fields: Partial<Record<InfoField, string>> = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(INFO_SHEET_NAME);
  ws.addRow(["THÔNG TIN BÁO CÁO"]);
  for (const [field, value] of Object.entries({ ...fields, period }) as [InfoField, string][]) ws.addRow([INFO_FIELDS[field], value]);
  ws.addRow([]);
  ws.addRow([UNIT_LIST_TITLE]);
  ws.addRow(["STT", "Tên đơn vị", "Loại"]);
  units.forEach((u, i) => ws.addRow([i + 1, u.name, u.type]));
  await wb.xlsx.writeFile(path);
  return path;
}
