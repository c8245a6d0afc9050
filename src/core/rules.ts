/**
 * The rules engine: evaluates the form's rule expressions on one unit's values or on the city totals.
 * A finding is worded after the shape of what failed: each failing part of a top-level `and` on its own,
 * `if C then X` as "Vì …, … phải …", `A <=> B` as a pair, a comparison of indicators (or with a number) by
 * its two sides, anything else as the condition written out with every indicator's value.
 */
import type { Expr } from "./expression/ast";
import { describeExpression, formatFigure, isIndicatorSide, isPlainSide, refsOf, sideLabel, valuesText } from "./expression/describe";
import { evaluateCondition, evaluateValue, Operand, Operands } from "./expression/evaluate";
import { Finding, FindingPlace, ruleMessages } from "./findings";
import { codesOf, FormDef, IndicatorDef, readsPrevious, RuleDef, RuleScope } from "./form";
import { exactSum } from "./numbers";

export type { Operand } from "./expression/evaluate";

export interface RuleSubject {
  scope: RuleScope;
  value: (code: string) => Operand;
  /** The same unit's (or the totals') values in the previous period; absent when none was given. */
  previous?: (code: string) => Operand;
  /** Where a finding about `code` points; null when there is no cell (city totals). */
  place: (code: string) => FindingPlace;
}

type Compare = Extract<Expr, { kind: "compare" }>;

export function ruleApplies(rule: RuleDef, scope: RuleScope): boolean {
  if (rule.appliesTo.includes(scope)) return true;
  // "unit" means every unit's sheet, wards included.
  return scope === "ward" && rule.appliesTo.includes("unit");
}

function conjuncts(e: Expr): Expr[] {
  return e.kind === "and" ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/** A comparison of indicators (one, or a sum) with indicators or a number: its sides say it all. */
function isSimple(e: Expr): e is Compare {
  return e.kind === "compare" && isIndicatorSide(e.left) && (isIndicatorSide(e.right) || e.right.kind === "number");
}

/** `[21] > 0`: one side of a both-or-neither pair of indicators. */
function isPresence(e: Expr): e is Compare {
  return isSimple(e) && e.left.kind === "ref" && (e.op === ">" || e.op === "<>") && e.right.kind === "number" && e.right.value === 0;
}

function difference(a: number, b: number): number {
  return Number(Math.abs(exactSum([a, -b]) ?? a - b).toFixed(6));
}

class RuleRun {
  private readonly env: Operands;

  constructor(
    private readonly rule: RuleDef,
    private readonly subject: RuleSubject,
    private readonly byCode: Map<string, IndicatorDef>,
    private readonly findings: Finding[],
  ) {
    this.env = { value: subject.value, ...(subject.previous ? { previous: subject.previous } : {}), missing: rule.missing };
  }

  private value(e: Expr): number {
    const v = evaluateValue(e, this.env);
    // Only called on sides of a comparison that has a result, so both sides have one.
    if (!v.ok) throw new Error(`no value for ${describeExpression(e)}`);
    return v.value;
  }

  private push(at: Expr, message: string, extra: Partial<Finding> = {}): void {
    const code = codesOf(at)[0] ?? codesOf(this.rule.check)[0];
    // A check reading no indicator says nothing about a unit's figures.
    if (code === undefined) return;
    const { severity, id, instruction } = this.rule;
    this.findings.push({ severity, code: id, ...this.subject.place(code), message, ...extra, ...(instruction ? { instruction } : {}) });
  }

  /** "mã 05 = 3, mã 06 = 2" for the indicators of `exprs`, or undefined when there are none. */
  private values(exprs: Expr[]): string | undefined {
    const refs = refsOf(...exprs);
    return refs.length > 0 ? valuesText(refs, this.env) : undefined;
  }

  check(e: Expr, because: Expr[] = []): void {
    if (e.kind === "and") {
      for (const part of conjuncts(e)) this.check(part, because);
      return;
    }
    if (e.kind === "if") {
      const c = evaluateCondition(e.condition, this.env);
      if (c.ok && c.value) this.check(e.then, [...because, ...conjuncts(e.condition)]);
      return;
    }
    const holds = evaluateCondition(e, this.env);
    if (!holds.ok || holds.value) return;
    if (because.length > 0) this.reportImplied(e, because);
    else if (e.kind === "iff" && isPresence(e.left) && isPresence(e.right)) this.reportPair(e.left, e.right);
    else if (e.kind === "compare") this.reportComparison(e);
    else this.push(e, ruleMessages.condition({ condition: describeExpression(e), values: this.values([e]) ?? "" }));
  }

  private sides(c: Compare) {
    const [lv, rv] = [this.value(c.left), this.value(c.right)];
    const left = { label: sideLabel(c.left, this.byCode), value: lv };
    const right = { label: sideLabel(c.right, this.byCode), value: rv };
    return { left, right, difference: difference(lv, rv) };
  }

  /** The indicators of the sides not named with their value alone. */
  private sideValues(c: Compare): string | undefined {
    return this.values([c.left, c.right].filter((s) => !isPlainSide(s)));
  }

  private reportComparison(c: Compare): void {
    const sides = this.sides(c);
    const p = { left: sides.left.label, lv: formatFigure(sides.left.value), op: c.op, right: sides.right.label, rv: formatFigure(sides.right.value) };
    // A number side is its own value: "… lớn hơn 0,5", not "0,5 = 0,5".
    const shown = { ...p, ...(c.left.kind === "number" ? { lv: undefined } : {}), ...(c.right.kind === "number" ? { rv: undefined } : {}) };
    const message =
      isSimple(c) && c.right.kind === "number"
        ? ruleMessages.constant(p)
        : ruleMessages.compare({ ...shown, diff: formatFigure(sides.difference), values: isSimple(c) ? undefined : this.sideValues(c) });
    this.push(c.left, message, sides);
  }

  /**
   * "17 = 1" for indicators compared with a number, else the condition written out (its values then
   * listed): "mã 01 > mã 03" said as "mã 01 = 10" would drop mã 03 and its value.
   */
  private reason(because: Expr[]): { cond: string; unnamed: Expr[] } {
    const named = (c: Expr): c is Compare => isSimple(c) && c.right.kind === "number";
    const unnamed = because.filter((c) => !named(c));
    const cond = because
      .map((c) => (named(c) ? `${sideLabel(c.left, this.byCode)} = ${formatFigure(this.value(c.left))}` : describeExpression(c)))
      .join(" và ");
    return { cond, unnamed };
  }

  private reportImplied(e: Expr, because: Expr[]): void {
    const { cond, unnamed } = this.reason(because);
    if (e.kind !== "compare") {
      const values = this.values([...unnamed, e]) ?? "";
      this.push(e, ruleMessages.impliedCondition({ cond, condition: describeExpression(e), values }));
      return;
    }
    const sides = this.sides(e);
    const values = this.values([...unnamed, ...[e.left, e.right].filter((s) => !isPlainSide(s))]);
    // A side that is not a number is named with its value, and the difference follows, as in a comparison.
    const against = e.right.kind === "number" ? {} : { rv: formatFigure(sides.right.value), diff: formatFigure(sides.difference) };
    const p = { cond, left: sides.left.label, lv: formatFigure(sides.left.value), op: e.op, right: sides.right.label, ...against, values };
    this.push(e.left, ruleMessages.implies(p), sides);
  }

  private reportPair(a: Compare, b: Compare): void {
    const [av, bv] = [this.value(a.left), this.value(b.left)];
    const left = { label: sideLabel(a.left, this.byCode), value: av };
    const right = { label: sideLabel(b.left, this.byCode), value: bv };
    // Point at the side that is missing its counterpart's figure.
    const missing = evaluateCondition(a, this.env);
    const at = missing.ok && missing.value ? b : a;
    const message = ruleMessages.pair({ a: left.label, av: formatFigure(av), b: right.label, bv: formatFigure(bv) });
    this.push(at.left, message, { left, right, difference: difference(av, bv) });
  }
}

export function runRules(form: FormDef, subject: RuleSubject): Finding[] {
  const byCode = new Map(form.indicators.map((i) => [i.code, i]));
  const findings: Finding[] = [];
  for (const rule of form.rules) {
    if (!ruleApplies(rule, subject.scope)) continue;
    // A rule on the previous period is skipped without one (docs/form-format.md).
    if (readsPrevious(rule.check) && !subject.previous) continue;
    new RuleRun(rule, subject, byCode, findings).check(rule.check);
  }
  return findings;
}
