/** City totals per indicator (form §3 aggregate): sums and ward counts, with incompleteness tracked. */
import { FormDef } from "./form-schema";
import { cleanSum } from "./numbers";
import type { ReportingUnit } from "./validate";

export interface MissingValue {
  unit: string;
  /** Null for a listed ward that sent no sheet at all. */
  sheet: string | null;
  address: string | null;
  reason: "blank" | "invalid" | "missing-row" | "missing-unit";
}

export interface IndicatorTotal {
  code: string;
  /** The sum, or for flags the number k of wards with 1. */
  value: number;
  /** For `count` indicators: k wards of n. */
  count: { k: number; n: number } | null;
  /** True when a value that should count is blank or invalid; the total then leaves it out. */
  incomplete: boolean;
  missing: MissingValue[];
}

export type CityTotals = Map<string, IndicatorTotal>;

/** Whether a unit's value of an indicator takes part in the city total. */
export function countsInTotal(scope: "W" | "A", unit: ReportingUnit): boolean {
  return scope === "A" || unit.kind === "ward";
}

/** `missingWards`: listed wards with no sheet; every total lacks their figures. */
export function computeTotals(form: FormDef, units: ReportingUnit[], expectedWards: number, missingWards: string[] = []): CityTotals {
  const totals: CityTotals = new Map();
  for (const ind of form.indicators) {
    const values: number[] = [];
    const missing: MissingValue[] = [];
    let k = 0;
    for (const unit of units) {
      if (!countsInTotal(ind.scope, unit)) continue;
      const v = unit.values.get(ind.code);
      const address = unit.appendix.rows.get(ind.code)?.address ?? null;
      if (!v) {
        missing.push({ unit: unit.name, sheet: unit.sheet, address, reason: "missing-row" });
      } else if (v.state === "ok") {
        values.push(v.value);
        if (v.value === 1) k++;
      } else if (v.state === "invalid") {
        missing.push({ unit: unit.name, sheet: unit.sheet, address, reason: "invalid" });
      } else if (unit.kind === "ward") {
        // A blank on a city-level unit means "nothing reported"; on a ward it is a gap.
        missing.push({ unit: unit.name, sheet: unit.sheet, address, reason: "blank" });
      }
    }
    for (const unit of missingWards) missing.push({ unit, sheet: null, address: null, reason: "missing-unit" });
    const isCount = ind.aggregate === "count";
    totals.set(ind.code, {
      code: ind.code,
      value: isCount ? k : cleanSum(values),
      count: isCount ? { k, n: expectedWards } : null,
      incomplete: missing.length > 0,
      missing,
    });
  }
  return totals;
}
