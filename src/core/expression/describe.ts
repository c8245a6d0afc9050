/**
 * Expressions as findings name them in Vietnamese: a side of a comparison ("Lao động nữ … (mã 11)",
 * "tổng mã 28 + 29 + 30", "(mã 05 + mã 06) / mã 01 × 100"), a whole condition, and the values of the
 * indicators in it.
 */
import type { IndicatorDef } from "../form";
import { decimalsOf, formatNumber } from "../numbers";
import { indicatorLabel } from "../values";
import type { Expr } from "./ast";
import type { Operand, Operands } from "./evaluate";
import { refNodes, type RefNode } from "./refs";

type Ref = RefNode;

/** A figure as findings print it (vi-VN, at least 3 decimals kept). */
export function formatFigure(n: number): string {
  return formatNumber(n, Math.max(3, decimalsOf(n)));
}

/** `[28] + [29] + [30]`: the refs of a sum of two or more current values, else null. */
function summedRefs(e: Expr): Ref[] | null {
  const refs: Ref[] = [];
  const walk = (x: Expr): boolean => {
    if (x.kind === "ref") return !x.prev && refs.push(x) > 0;
    return x.kind === "arithmetic" && x.op === "+" && walk(x.left) && walk(x.right);
  };
  return e.kind === "arithmetic" && walk(e) ? refs : null;
}

/** A side findings name in words with its value alone: one indicator, a sum of indicators, a number. */
export function isPlainSide(e: Expr): boolean {
  return e.kind === "ref" || e.kind === "number" || summedRefs(e) !== null;
}

/** A side that is one indicator or a sum of them (the compare message's sides). */
export function isIndicatorSide(e: Expr): boolean {
  return e.kind === "ref" || summedRefs(e) !== null;
}

const refName = (r: Ref) => `mã ${r.code}${r.prev ? " kỳ trước" : ""}`;

/** Binding strength of an expression as written out, for parentheses. */
const STRENGTH: Record<Expr["kind"], number> = { if: 0, iff: 1, or: 2, and: 3, not: 4, compare: 5, arithmetic: 6, negate: 8, abs: 9, ref: 9, number: 9 };

function strength(e: Expr): number {
  return e.kind === "arithmetic" && (e.op === "*" || e.op === "/") ? 7 : STRENGTH[e.kind];
}

const SYMBOL: Record<string, string> = { "+": "+", "-": "-", "*": "×", "/": "/", "=": "=", "<>": "≠", "<": "<", "<=": "≤", ">": ">", ">=": "≥" };

interface Style {
  ref: (r: Ref) => string;
  iff: string;
}

const FULL: Style = { ref: refName, iff: "khi và chỉ khi" };
/** The findings sheet's short form, as the form's rules were always labelled there: "11 ≤ 10", "21 > 0 ⇔ 22 > 0". */
const SHORT: Style = { ref: (r) => `${r.code}${r.prev ? " kỳ trước" : ""}`, iff: "⇔" };

function written(e: Expr, style: Style): string {
  const text = (x: Expr) => written(x, style);
  const wrap = (x: Expr, min: number) => (strength(x) < min ? `(${text(x)})` : text(x));
  const s = strength(e);
  switch (e.kind) {
    case "number":
      return formatFigure(e.value);
    case "ref":
      return style.ref(e);
    case "abs":
      return `|${text(e.operand)}|`;
    case "negate":
      return `-${wrap(e.operand, s)}`;
    case "arithmetic":
      return `${wrap(e.left, s)} ${SYMBOL[e.op]} ${wrap(e.right, e.op === "-" || e.op === "/" ? s + 1 : s)}`;
    case "compare":
      return `${wrap(e.left, s + 1)} ${SYMBOL[e.op]} ${wrap(e.right, s + 1)}`;
    case "and":
    case "or": {
      // "và" within "hoặc" (or the reverse) is always bracketed: a reader does not know which binds first.
      const part = (x: Expr) => (x.kind === e.kind ? text(x) : wrap(x, STRENGTH.not));
      return `${part(e.left)} ${e.kind === "and" ? "và" : "hoặc"} ${part(e.right)}`;
    }
    case "not":
      return `không phải ${wrap(e.operand, s + 1)}`;
    case "iff":
      return `${wrap(e.left, s + 1)} ${style.iff} ${wrap(e.right, s + 1)}`;
    case "if":
      return `nếu ${wrap(e.condition, 1)} thì ${wrap(e.then, 0)}`;
  }
}

/** "(mã 05 + mã 06) / mã 01 × 100", "|mã 08 - 3|", "mã 01 > 0 hoặc mã 02 > 0", "nếu … thì …". */
export function describeExpression(e: Expr): string {
  return written(e, FULL);
}

/** A rule's check in few characters, for the findings sheet's "Loại lỗi": "11 ≤ 10", "nếu 17 = 1 thì 14 = 0 và 16 = 0". */
export function shortExpression(e: Expr): string {
  return written(e, SHORT);
}

/**
 * How a side of a comparison is named: one indicator by its label ("… (mã 11)", "… (mã 01) kỳ trước"), a
 * sum of indicators as "tổng mã 28 + 29 + 30", a number as printed, anything else written out.
 */
export function sideLabel(e: Expr, byCode: Map<string, IndicatorDef>): string {
  if (e.kind === "ref") {
    const ind = byCode.get(e.code);
    const label = ind ? indicatorLabel(ind) : `mã ${e.code}`;
    return e.prev ? `${label} kỳ trước` : label;
  }
  const refs = summedRefs(e);
  if (refs) return `tổng mã ${refs.map((r) => r.code).join(" + ")}`;
  return describeExpression(e);
}

/** The refs of expressions, in order, each once (`[01]` and `prev[01]` are two). */
export function refsOf(...exprs: Expr[]): Ref[] {
  const out: Ref[] = [];
  for (const r of refNodes(...exprs)) if (!out.some((o) => o.code === r.code && o.prev === r.prev)) out.push(r);
  return out;
}

function operandText(v: Operand | undefined, missing: Operands["missing"]): string {
  if (!v) return " không có";
  if (v.state === "ok") return ` = ${formatFigure(v.value)}`;
  if (v.state === "invalid") return " không hợp lệ";
  return missing === "zero" ? " = 0" : " để trống";
}

/** "mã 05 = 3, mã 06 = 2, mã 01 kỳ trước = 10": each indicator of `refs` with the value the rule read. */
export function valuesText(refs: Ref[], env: Operands): string {
  return refs.map((r) => `${refName(r)}${operandText((r.prev ? env.previous : env.value)?.(r.code), env.missing)}`).join(", ");
}
