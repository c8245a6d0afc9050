/** City totals per indicator (form §3 aggregate): exact sums and ward counts, with incompleteness tracked. */
import { evaluateNumber } from "./expression/evaluate";
import { codesOf, FormDef, IndicatorDef } from "./form";
import { exactSum } from "./numbers";
import type { ReportingUnit } from "./reporting-unit";

export interface MissingValue {
  unit: string;
  /** Null for a listed ward that sent no sheet at all. */
  sheet: string | null;
  address: string | null;
  reason: "blank" | "invalid" | "untrusted" | "missing-row" | "missing-unit" | "unlisted-unit" | "contested-unit" | "too-large"
    /** A total computed from totals (a ratio) whose denominator is 0. */
    | "zero-denominator";
}

export interface IndicatorTotal {
  code: string;
  /** The sum, for flags the number k of wards with 1, or the value of the form's expression over other totals. */
  value: number;
  /** For `count` indicators: k wards of n. */
  count: { k: number; n: number } | null;
  /** True when a value that should count is blank or invalid; the total then leaves it out. */
  incomplete: boolean;
  missing: MissingValue[];
}

export type CityTotals = Map<string, IndicatorTotal>;

/** A unit read but not totalled, whose absence the totals must show. */
export interface LeftOutUnit {
  unit: ReportingUnit;
  reason: "unlisted-unit" | "contested-unit";
}

/** Whether a unit's value of an indicator takes part in the city total. */
export function countsInTotal(scope: IndicatorDef["scope"], unit: Pick<ReportingUnit, "kind">): boolean {
  return scope === "all-units" || unit.kind === "ward";
}

function missingOf(unit: ReportingUnit, code: string): MissingValue | null {
  const v = unit.values.get(code);
  const address = unit.appendix.rows.get(code)?.address ?? null;
  const at = (reason: MissingValue["reason"]): MissingValue => ({ unit: unit.name, sheet: unit.sheet, address, reason });
  if (!v) return at(unit.appendix.rows.has(code) ? "untrusted" : "missing-row");
  if (v.state === "ok") return null;
  if (v.state === "invalid") return at("invalid");
  if (v.state === "untrusted") return at("untrusted");
  // A blank on a city-level unit means "nothing reported"; on a ward it is a gap.
  return unit.kind === "ward" ? at("blank") : null;
}

/** `missingWards`: listed wards with no sheet; every total lacks their figures, and those of `leftOut`. */
export function computeTotals(
  form: FormDef,
  units: ReportingUnit[],
  expectedWards: number,
  missingWards: string[] = [],
  leftOut: LeftOutUnit[] = [],
): CityTotals {
  const totals: CityTotals = new Map();
  for (const ind of form.indicators) {
    const values: number[] = [];
    const missing: MissingValue[] = [];
    let k = 0;
    for (const unit of units) {
      if (!countsInTotal(ind.scope, unit)) continue;
      const gap = missingOf(unit, ind.code);
      if (gap) missing.push(gap);
      const v = unit.values.get(ind.code);
      if (v?.state === "ok") {
        values.push(v.value);
        if (v.value === 1) k++;
      }
    }
    for (const unit of missingWards) missing.push({ unit, sheet: null, address: null, reason: "missing-unit" });
    for (const { unit, reason } of leftOut) {
      if (!countsInTotal(ind.scope, unit)) continue;
      missing.push({ unit: unit.name, sheet: unit.sheet, address: unit.appendix.rows.get(ind.code)?.address ?? null, reason });
    }
    const isCount = ind.aggregate === "count";
    const sum = isCount ? k : exactSum(values);
    if (sum === null) missing.push({ unit: "", sheet: null, address: null, reason: "too-large" });
    totals.set(ind.code, {
      code: ind.code,
      value: sum ?? 0,
      count: isCount ? { k, n: expectedWards } : null,
      incomplete: missing.length > 0,
      missing,
    });
  }
  for (const ind of inDependencyOrder(form.indicators)) totals.set(ind.code, computedTotal(ind, totals));
  return totals;
}

/** Totals computed from totals, each after those it reads (the loader refused circles). */
function inDependencyOrder(indicators: IndicatorDef[]): IndicatorDef[] {
  const computed = new Map(indicators.filter((i) => i.totalExpression).map((i) => [i.code, i]));
  const out: IndicatorDef[] = [];
  const visit = (ind: IndicatorDef) => {
    if (out.includes(ind)) return;
    for (const code of codesOf(ind.totalExpression!)) {
      const dep = computed.get(code);
      if (dep) visit(dep);
    }
    out.push(ind);
  };
  computed.forEach(visit);
  return out;
}

/**
 * A ratio of totals, never a sum or mean of the units' ratios. It lacks what the totals it reads lack;
 * with a zero denominator there is no figure at all.
 */
function computedTotal(ind: IndicatorDef, totals: CityTotals): IndicatorTotal {
  const operands = codesOf(ind.totalExpression!).map((code) => totals.get(code)!);
  const missing: MissingValue[] = [];
  const seen = new Set<string>();
  for (const m of operands.flatMap((t) => t.missing)) {
    const key = `${m.unit}|${m.sheet}|${m.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    missing.push(m);
  }
  const byCode = new Map(operands.map((t) => [t.code, t.value]));
  const value = evaluateNumber(ind.totalExpression!, (code: string) => byCode.get(code) ?? null);
  if (value === null) missing.push({ unit: "", sheet: null, address: null, reason: "zero-denominator" });
  return { code: ind.code, value: value ?? 0, count: null, incomplete: missing.length > 0, missing };
}
