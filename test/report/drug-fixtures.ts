/** The drug-prevention form (examples/forms/phu-luc-ma-tuy.form.json) reported by Ngã Bảy's six wards and its police. */
import type { CellInput } from "../helpers/snapshot-builder";
import { fixtureForm, formResult, type UnitData } from "../helpers/form-snapshot";
import type { ValidationResult } from "../../src/core/validate";

export const drugForm = fixtureForm("phu-luc-ma-tuy.form.json");

const CODES = drugForm.indicators.map((i) => i.code);

function ward(name: string, type: string, values: number[]): UnitData {
  return { name, type, figures: Object.fromEntries(values.map((v, i) => [CODES[i], v])) };
}

/**
 * Every rule holds. Totals: 01 = 12 (02 = 1), 03 = 3, 04 = 3/6, 05 = 4, 06 = 6, 07 = 2, 08 = (4 + 6) / 12 = 83,3%,
 * 09 = 5, 10 = 8, 11 = 13,6 gam, 12 = 12, 13 = 795, 14 = 22,25 triệu đồng.
 */
export const DRUG_UNITS: UnitData[] = [
  ward("Phường Lái Hiếu", "Phường", [5, 1, 2, 0, 2, 1, 1, 60, 1, 2, 1.25, 3, 150, 2.5]),
  ward("Phường Ngã Bảy", "Phường", [4, 0, 1, 0, 1, 1, 0, 50, 0, 0, 0, 2, 120, 1.2]),
  ward("Phường Hiệp Thành", "Phường", [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 60, 0.5]),
  ward("Phường Hiệp Lợi", "Phường", [3, 0, 0, 0, 1, 1, 1, 66.7, 0, 0, 0, 2, 80, 1]),
  ward("Xã Đại Thành", "Xã", [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 40, 0.8]),
  ward("Xã Tân Thành", "Xã", [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 45, 0.75]),
  {
    name: "Công an thành phố",
    type: "Công an",
    figures: { "01": null, "02": null, "03": null, "04": null, "05": 0, "06": 3, "07": 0, "08": null, "09": 4, "10": 6, "11": 12.35, "12": 2, "13": 300, "14": 15.5 },
  },
];

/** The result with some units' figures replaced: `{ "Phường Ngã Bảy": { "01": null } }`. */
export function drugResult(changes: Record<string, Record<string, CellInput>> = {}, options: Parameters<typeof formResult>[2] = {}): ValidationResult {
  const units = DRUG_UNITS.map((u) => ({ ...u, figures: { ...u.figures, ...changes[u.name] } }));
  return formResult(drugForm, units, options);
}

/** Every unit reporting nothing but zeros (the police's ward-only cells left blank). */
export function drugZeros(): ValidationResult {
  const zero = (u: UnitData) => Object.fromEntries(Object.entries(u.figures).map(([code, v]) => [code, v === null ? null : 0]));
  return drugResult(Object.fromEntries(DRUG_UNITS.map((u) => [u.name, zero(u)])));
}
