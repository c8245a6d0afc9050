/**
 * A city workbook of any form in memory: the info sheet (report fields and the unit list) and one appendix
 * sheet per unit, validated — for report tests that need no file. Forms come from examples/forms.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormDef } from "../../src/core/form";
import { compileForm } from "../../src/core/form-file";
import { INFO_FIELDS, UNIT_LIST_TITLE, type InfoField } from "../../src/core/info-sheet";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks, type ValidationResult } from "../../src/core/validate";
import { cell, PERIOD, type CellInput, wardSheet, workbook } from "./snapshot-builder";

/** A form of examples/forms, compiled; a fixture that does not compile fails the test that loads it. */
export function fixtureForm(file: string): FormDef {
  const loaded = compileForm(JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "forms", file), "utf8")));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues)}`);
  return loaded.form;
}

export interface UnitData {
  name: string;
  /** The list's Loại column: "Phường", "Xã", or a city-level unit's ("Công an", "Phòng"). */
  type: string;
  /** By code; a code not given is written as 0, `null` leaves the cell blank. */
  figures: Record<string, CellInput>;
}

/** The fields of the sample report of Ngã Bảy. */
export const NGA_BAY_FIELDS: Partial<Record<InfoField, string>> = {
  agency: "Ủy ban nhân dân thành phố Ngã Bảy",
  place: "Ngã Bảy",
  recipient: "Sở Lao động - Thương binh và Xã hội",
  signAuthority: "TM. Ủy ban nhân dân\nKT. Chủ tịch\nPhó Chủ tịch",
  signer: "Nguyễn Văn A",
};

export function infoSheetWith(fields: Partial<Record<InfoField, string>>, units: { name: string; type: string }[], period = PERIOD): SheetSnapshot {
  const rows = (Object.entries(fields) as [InfoField, string][]).map(([k, v]) => [cell(INFO_FIELDS[k]), cell(v)]);
  return {
    name: "Thông tin báo cáo",
    rows: [
      [cell("Thông tin báo cáo")],
      [cell(INFO_FIELDS.period), cell(period)],
      ...rows,
      [cell(UNIT_LIST_TITLE)],
      [cell("STT"), cell("Tên đơn vị"), cell("Loại")],
      ...units.map((u, i) => [cell(i + 1), cell(u.name), cell(u.type)]),
    ],
  };
}

/** The city workbook holding the info sheet (listing `listed`, default every unit) and the units' sheets, validated. */
export function formResult(
  form: FormDef,
  units: UnitData[],
  options: { fields?: Partial<Record<InfoField, string>>; listed?: { name: string; type: string }[]; period?: string } = {},
): ValidationResult {
  const period = options.period ?? PERIOD;
  const info = infoSheetWith(options.fields ?? NGA_BAY_FIELDS, options.listed ?? units, period);
  const blanked = (figures: Record<string, CellInput>) => Object.fromEntries(Object.entries(figures).map(([code, v]) => [code, v ?? ""]));
  const sheets = units.map((u) => wardSheet(u.name, u.name, blanked(u.figures), { form, period }));
  return validateWorkbooks(form, [workbook("tong-hop.xlsx", info, ...sheets)]);
}
