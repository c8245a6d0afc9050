/**
 * What is wrong with a form file, as data: the loader (`form-file.ts`) finds these and the problem
 * catalogue (src/app/problems.ts) words them in Vietnamese, naming the field or the rule and position.
 */
import type { ExpressionError } from "./expression/ast";

export type FormIssue =
  /** The text is not JSON; line and column are 1-based. */
  | { kind: "json"; line: number; column: number }
  /** `field` is a path like `indicators[3].type`; `code` names the indicator when the path is inside one. */
  | { kind: "required"; field: string; code?: string }
  | { kind: "unknown-field"; field: string; code?: string }
  | { kind: "type"; field: string; expected: "string" | "number" | "integer" | "array" | "object"; code?: string }
  | { kind: "enum"; field: string; allowed: string[]; found: string; code?: string }
  | { kind: "empty"; field: string; code?: string }
  | { kind: "pattern"; field: string; pattern: "id" | "code" | "rule-id"; found: string; code?: string }
  | { kind: "range"; field: string; min: number; max: number; found: number; code?: string }
  | { kind: "duplicate"; field: string; found: string }
  | { kind: "decimals-needed"; field: string; code: string }
  | { kind: "decimals-not-allowed"; field: string; code: string }
  /** A percentage totalled as a sum or count: its total must be the ratio of other totals. */
  | { kind: "percent-total"; field: string; code: string }
  /** `count` on an indicator that is not a flag. */
  | { kind: "count-not-flag"; field: string; code: string }
  | { kind: "unknown-parent"; field: string; code: string; parent: string }
  /** An expression (a rule's `check`, or an indicator's `total`) that does not parse. */
  | { kind: "syntax"; field: string; rule?: string; code?: string; text: string; error: ExpressionError }
  /** An expression naming a code the form does not have; `position` is 0-based in `text`. */
  | { kind: "unknown-code"; field: string; rule?: string; code?: string; text: string; position: number; found: string }
  /** A total that reads the previous period, or a check that is a number rather than a condition… */
  | { kind: "prev-in-total"; field: string; code: string; text: string; position: number }
  | { kind: "total-cycle"; field: string; codes: string[] };
