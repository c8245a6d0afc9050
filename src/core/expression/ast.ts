/** The rule and total expressions of a form file (docs/form-format.md), as parsed. */

/** Offsets into the expression's text, 0-based, `end` exclusive; users are shown `start + 1`. */
export interface Span {
  start: number;
  end: number;
}

export type ArithmeticOp = "+" | "-" | "*" | "/";
export type CompareOp = "=" | "<>" | "<" | "<=" | ">" | ">=";

export type Expr =
  | { kind: "number"; value: number; span: Span }
  /** `[03]`, or `prev[03]`: the same indicator in the previous period. */
  | { kind: "ref"; code: string; prev: boolean; span: Span }
  | { kind: "negate"; operand: Expr; span: Span }
  | { kind: "arithmetic"; op: ArithmeticOp; left: Expr; right: Expr; span: Span }
  | { kind: "abs"; operand: Expr; span: Span }
  | { kind: "compare"; op: CompareOp; left: Expr; right: Expr; span: Span }
  | { kind: "and" | "or"; left: Expr; right: Expr; span: Span }
  | { kind: "not"; operand: Expr; span: Span }
  /** `if A then B` / `nếu A thì B`. */
  | { kind: "if"; condition: Expr; then: Expr; span: Span }
  /** `A <=> B`: both or neither. */
  | { kind: "iff"; left: Expr; right: Expr; span: Span };

/** What went wrong where, for the form loader to word in Vietnamese (src/app/problems.ts). */
export interface ExpressionError {
  /** Offset of the offending character or token. */
  position: number;
  reason:
    | "unexpected-character"
    | "unexpected-token"
    | "unexpected-end"
    | "missing-close-paren"
    | "missing-close-bracket"
    | "bad-code"
    | "bad-number"
    /** "1.500": a Vietnamese reader writes one thousand five hundred so, while the format reads 1,5. */
    | "ambiguous-number"
    | "expected-value"
    | "expected-comparison"
    | "expected-number-expression"
    | "missing-then";
  /** The text found there ("" at the end). */
  found: string;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };
