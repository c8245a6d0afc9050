/** A numeric expression as an Excel formula (without "="), for a total computed from other totals' cells. */
import type { Expr } from "./ast";

/** Binding strength of what an expression's text ends up as: parentheses go around weaker operands. */
function strength(e: Expr): number {
  if (e.kind === "arithmetic") return e.op === "+" || e.op === "-" ? 1 : 2;
  if (e.kind === "negate") return 3;
  return 4;
}

function formula(e: Expr, cellOf: (code: string) => string): string {
  const wrap = (operand: Expr, min: number) => {
    const text = formula(operand, cellOf);
    return strength(operand) < min ? `(${text})` : text;
  };
  switch (e.kind) {
    case "number":
      return String(e.value);
    case "ref":
      return cellOf(e.code);
    case "abs":
      return `ABS(${formula(e.operand, cellOf)})`;
    case "negate":
      return `-${wrap(e.operand, 3)}`;
    case "arithmetic": {
      const s = strength(e);
      // Left-associative: the right operand of - and / needs its own parentheses at equal strength.
      const rightMin = e.op === "-" || e.op === "/" ? s + 1 : s;
      return `${wrap(e.left, s)}${e.op}${wrap(e.right, rightMin)}`;
    }
    default:
      throw new Error(`not a number expression: ${e.kind}`);
  }
}

/** Whether the formula can fail: it divides, or reads a cell that may hold "" (arithmetic on it is #VALUE!). */
function mayFail(e: Expr, mayBeEmpty: (code: string) => boolean): boolean {
  switch (e.kind) {
    case "arithmetic":
      return e.op === "/" || mayFail(e.left, mayBeEmpty) || mayFail(e.right, mayBeEmpty);
    case "negate":
    case "abs":
      return mayFail(e.operand, mayBeEmpty);
    case "ref":
      return mayBeEmpty(e.code);
    default:
      return false;
  }
}

/**
 * `([05] + [06]) / [01] * 100` → `IFERROR((C5+C6)/C1*100,"")`. A formula that divides is wrapped whole in
 * IFERROR: a zero denominator leaves the cell empty, as the engine leaves such a total without a figure
 * (wrapping only the division would give "" inside arithmetic, a #VALUE! error). Excel and LibreOffice
 * read it alike. `mayBeEmpty`: the codes whose cell may hold "" (another total computed this way), which
 * wraps the formula too.
 */
export function excelFormula(expr: Expr, cellOf: (code: string) => string, mayBeEmpty: (code: string) => boolean = () => false): string {
  const text = formula(expr, cellOf);
  return mayFail(expr, mayBeEmpty) ? `IFERROR(${text},"")` : text;
}
