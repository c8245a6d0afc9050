/**
 * A form as the engine uses it: compiled from a `*.form.json` file (`form-file.ts`, format in
 * docs/form-format.md), its rule and total expressions parsed.
 */
import type { Expr } from "./expression/ast";
import { refNodes } from "./expression/refs";

export type IndicatorKind = "integer" | "decimal" | "flag" | "percent";
export type IndicatorScope = "wards-only" | "all-units";

export interface IndicatorDef {
  /** "01"…"999": 2–3 digits as printed in the Mã số column. */
  code: string;
  section: string;
  name: string;
  unit: string;
  kind: IndicatorKind;
  /** Decimals a value may have: 0 for integers and flags. */
  decimals: number;
  scope: IndicatorScope;
  /** `sum` of the units' values, `count` of wards with flag 1 (k/n), or an `expression` over other totals. */
  aggregate: "sum" | "count" | "expression";
  /** For `aggregate: "expression"`: the total as computed from other indicators' totals. */
  totalExpression?: Expr;
  /** The expression's text as the form file gives it. */
  totalText?: string;
  /** How a year is formed from its two half-years. */
  year: "sum" | "last";
  /** The code this indicator is a part of ("Trong đó: …"). */
  parent?: string;
  /** Printed after the name, e.g. "(1 = có, 0 = không)". */
  legend?: string;
}

export type RuleScope = "ward" | "unit" | "city";
export type Severity = "error" | "warning" | "info";

export interface RuleDef {
  id: string;
  /** The check as written in the form file. */
  text: string;
  check: Expr;
  severity: Severity;
  appliesTo: RuleScope[];
  /** `skip`: a blank operand skips the check; `zero`: a blank counts as 0. */
  missing: "skip" | "zero";
  instruction?: string;
}

export interface FormDef {
  id: string;
  title: string;
  /** The words of generated sentences and file names ("báo cáo kết quả {subject}"). */
  subject: string;
  indicators: IndicatorDef[];
  rules: RuleDef[];
}

/** The name as a sheet prints it: with its legend. */
export function printedName(ind: IndicatorDef): string {
  return ind.legend ? `${ind.name} ${ind.legend}` : ind.name;
}

/** Every indicator an expression reads, in order of appearance, each once; `prev[..]` included. */
export function codesOf(expr: Expr): string[] {
  return [...new Set(refNodes(expr).map((r) => r.code))];
}

/** Whether an expression reads the previous period. */
export function readsPrevious(expr: Expr): boolean {
  return refNodes(expr).some((r) => r.prev);
}
