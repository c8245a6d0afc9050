/**
 * Evaluation of parsed expressions over a unit's (or the totals') values. Sums and differences are exact
 * (scaled integers, `exactSum`), so are products of decimals as written and quotients of such decimals
 * up to the one rounding of the division; comparisons allow 1e-9 for what division leaves.
 */
import { decimalsOf, exactSum, MAX_EXACT } from "../numbers";
import type { CompareOp, Expr } from "./ast";

/** A value of one indicator as an expression sees it. */
export type Operand = { state: "ok"; value: number } | { state: "blank" } | { state: "invalid" };

export interface Operands {
  value: (code: string) => Operand;
  /** The previous period's values; absent when there is no previous period. */
  previous?: (code: string) => Operand;
  /** `skip`: a blank operand leaves no result; `zero`: a blank counts as 0. */
  missing: "skip" | "zero";
}

/** Why an expression has no result: an operand blank (under `skip`) or invalid, no previous period, x / 0, a figure too large to hold exactly. */
export type Skip = "blank" | "invalid" | "no-previous" | "zero-division" | "too-large";

export type Outcome<T> = { ok: true; value: T } | { ok: false; skip: Skip };

const skipped = (skip: Skip): { ok: false; skip: Skip } => ({ ok: false, skip });
const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

const TOLERANCE = 1e-9;

const compare: Record<CompareOp, (a: number, b: number) => boolean> = {
  "=": (a, b) => Math.abs(a - b) < TOLERANCE,
  "<>": (a, b) => Math.abs(a - b) >= TOLERANCE,
  "<=": (a, b) => a <= b + TOLERANCE,
  ">=": (a, b) => a + TOLERANCE >= b,
  "<": (a, b) => a < b - TOLERANCE,
  ">": (a, b) => a > b + TOLERANCE,
};

/** Decimals of a figure written with fewer than 10 of them, small enough to scale exactly; null otherwise. */
function writtenDecimals(v: number): number | null {
  const d = decimalsOf(v);
  return d < 10 && Math.abs(v) * 10 ** d <= MAX_EXACT ? d : null;
}

function product(a: number, b: number): number {
  const [da, db] = [writtenDecimals(a), writtenDecimals(b)];
  if (da === null || db === null) return a * b;
  const p = BigInt(a.toFixed(da).replace(".", "")) * BigInt(b.toFixed(db).replace(".", ""));
  const d = da + db;
  if (d === 0) return Number(p);
  const negative = p < 0n;
  const digits = (negative ? -p : p).toString().padStart(d + 1, "0");
  return Number(`${negative ? "-" : ""}${digits.slice(0, -d)}.${digits.slice(-d)}`);
}

function quotient(a: number, b: number): number {
  const [da, db] = [writtenDecimals(a), writtenDecimals(b)];
  if (da === null || db === null) return a / b;
  // 0.3 / 0.1 as 3 / 1: one division of exact integers, one rounding.
  const scale = 10 ** Math.max(da, db);
  const [ia, ib] = [Math.round(a * scale), Math.round(b * scale)];
  return Number.isSafeInteger(ia) && Number.isSafeInteger(ib) ? ia / ib : a / b;
}

function arithmetic(op: "+" | "-" | "*" | "/", a: number, b: number): Outcome<number> {
  let v: number | null;
  switch (op) {
    case "+":
      v = exactSum([a, b]);
      break;
    case "-":
      v = exactSum([a, -b]);
      break;
    case "*":
      v = product(a, b);
      break;
    case "/":
      if (b === 0) return skipped("zero-division");
      v = quotient(a, b);
      break;
  }
  return v === null || !Number.isFinite(v) || Math.abs(v) > MAX_EXACT ? skipped("too-large") : ok(v);
}

function operand(expr: Extract<Expr, { kind: "ref" }>, env: Operands): Outcome<number> {
  const read = expr.prev ? env.previous : env.value;
  if (!read) return skipped("no-previous");
  const v = read(expr.code);
  if (v.state === "ok") return ok(v.value);
  if (v.state === "invalid") return skipped("invalid");
  return env.missing === "zero" ? ok(0) : skipped("blank");
}

/** A numeric expression's value. */
export function evaluateValue(expr: Expr, env: Operands): Outcome<number> {
  switch (expr.kind) {
    case "number":
      return ok(expr.value);
    case "ref":
      return operand(expr, env);
    case "negate": {
      const v = evaluateValue(expr.operand, env);
      return v.ok ? ok(v.value === 0 ? 0 : -v.value) : v;
    }
    case "abs": {
      const v = evaluateValue(expr.operand, env);
      return v.ok ? ok(Math.abs(v.value)) : v;
    }
    case "arithmetic": {
      const l = evaluateValue(expr.left, env);
      if (!l.ok) return l;
      const r = evaluateValue(expr.right, env);
      return r.ok ? arithmetic(expr.op, l.value, r.value) : r;
    }
    default:
      throw new Error(`not a number expression: ${expr.kind}`);
  }
}

/**
 * Whether a condition holds. `and`, `or` and `if` give a result when it does not depend on a blank or
 * missing part (`false and ?` is false, `true or ?` true, `if false then ?` holds); otherwise, and
 * whenever an `and`/`or` reads an invalid value, the condition has no result.
 */
export function evaluateCondition(expr: Expr, env: Operands): Outcome<boolean> {
  switch (expr.kind) {
    case "compare": {
      const l = evaluateValue(expr.left, env);
      if (!l.ok) return l;
      const r = evaluateValue(expr.right, env);
      return r.ok ? ok(compare[expr.op](l.value, r.value)) : r;
    }
    case "not": {
      const v = evaluateCondition(expr.operand, env);
      return v.ok ? ok(!v.value) : v;
    }
    case "and":
    case "or": {
      // The value that decides the result on its own: false for `and`, true for `or`.
      const decisive = expr.kind === "or";
      const l = evaluateCondition(expr.left, env);
      const r = evaluateCondition(expr.right, env);
      // An invalid value has its own finding and skips the check: the rule does not judge around it.
      for (const side of [l, r]) if (!side.ok && side.skip === "invalid") return side;
      if (l.ok && l.value === decisive) return l;
      if (r.ok && r.value === decisive) return r;
      return !l.ok ? l : r;
    }
    case "if": {
      const c = evaluateCondition(expr.condition, env);
      if (!c.ok) return c;
      return c.value ? evaluateCondition(expr.then, env) : ok(true);
    }
    case "iff": {
      const l = evaluateCondition(expr.left, env);
      if (!l.ok) return l;
      const r = evaluateCondition(expr.right, env);
      return r.ok ? ok(l.value === r.value) : r;
    }
    default:
      throw new Error(`not a condition: ${expr.kind}`);
  }
}

/**
 * A total computed from other totals (`value` gives each, null when it has none). Null when it has no
 * figure: an operand without one, a zero denominator, or a result too large to hold exactly.
 */
export function evaluateNumber(expr: Expr, value: (code: string) => number | null): number | null {
  const v = evaluateValue(expr, {
    value: (code) => {
      const n = value(code);
      return n === null ? { state: "invalid" } : { state: "ok", value: n };
    },
    missing: "skip",
  });
  return v.ok ? v.value : null;
}
