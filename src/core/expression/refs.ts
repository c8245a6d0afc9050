/** The indicators an expression reads: one walk of the tree, behind every question asked of its refs. */
import type { Expr } from "./ast";

export type RefNode = Extract<Expr, { kind: "ref" }>;

/** Every `[..]` and `prev[..]` of the expressions, in order of appearance, repeats included. */
export function refNodes(...exprs: Expr[]): RefNode[] {
  const out: RefNode[] = [];
  const walk = (e: Expr): void => {
    switch (e.kind) {
      case "number":
        return;
      case "ref":
        out.push(e);
        return;
      case "negate":
      case "abs":
      case "not":
        return walk(e.operand);
      case "if":
        walk(e.condition);
        return walk(e.then);
      default:
        walk(e.left);
        return walk(e.right);
    }
  };
  exprs.forEach(walk);
  return out;
}
