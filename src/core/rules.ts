/** The rules engine: evaluates the form's rules (form §4) on one unit's values or on the city totals. */
import { Comparison, FormDef, IndicatorDef, RuleDef, RuleScope } from "./form-schema";
import { Finding, FindingPlace, ruleMessages } from "./findings";
import { decimalsOf, exactSum, formatNumber } from "./numbers";
import { indicatorLabel } from "./values";

/** A value of one indicator as a rule sees it. */
export type Operand = { state: "ok"; value: number } | { state: "blank" } | { state: "invalid" };

export interface RuleSubject {
  scope: RuleScope;
  value: (code: string) => Operand;
  /** Where a finding about `code` points; null when there is no cell (city totals). */
  place: (code: string) => FindingPlace;
}

function fmt(n: number): string {
  return formatNumber(n, Math.max(3, decimalsOf(n)));
}

const compareOps: Record<Comparison["op"], (a: number, b: number) => boolean> = {
  "=": (a, b) => Math.abs(a - b) < 1e-9,
  "<=": (a, b) => a <= b + 1e-9,
  ">=": (a, b) => a + 1e-9 >= b,
  "<": (a, b) => a < b - 1e-9,
  ">": (a, b) => a > b + 1e-9,
};

function sideLabel(codes: string[], byCode: Map<string, IndicatorDef>): string {
  if (codes.length === 1) return indicatorLabel(byCode.get(codes[0])!);
  return `tổng mã ${codes.join(" + ")}`;
}

interface Evaluated {
  lv: number;
  rv: number;
  holds: boolean;
}

/** Evaluates a comparison; null when an operand is blank/invalid (unless blanks count as 0). */
function evaluate(c: Comparison, subject: RuleSubject, blankAsZero: boolean): Evaluated | null {
  const sum = (codes: string[]): number | null => {
    const values: number[] = [];
    for (const code of codes) {
      const v = subject.value(code);
      if (v.state === "ok") values.push(v.value);
      else if (v.state === "blank" && blankAsZero) values.push(0);
      else return null;
    }
    return exactSum(values);
  };
  const lv = sum(c.left);
  const rv = Array.isArray(c.right) ? sum(c.right) : c.right;
  if (lv === null || rv === null) return null;
  return { lv, rv, holds: compareOps[c.op](lv, rv) };
}

export function ruleApplies(rule: RuleDef, scope: RuleScope): boolean {
  if (rule.appliesTo.includes(scope)) return true;
  // "unit" means every unit's sheet, wards included.
  return scope === "ward" && rule.appliesTo.includes("unit");
}

export function runRules(form: FormDef, subject: RuleSubject): Finding[] {
  const byCode = new Map(form.indicators.map((i) => [i.code, i]));
  const findings: Finding[] = [];
  const push = (rule: RuleDef, c: Comparison, message: string, extra: Partial<Finding> = {}) => {
    findings.push({ severity: rule.severity, code: rule.id, ...subject.place(c.left[0]), message, ...extra });
  };
  const rightLabel = (c: Comparison) => (Array.isArray(c.right) ? sideLabel(c.right, byCode) : fmt(c.right));

  const reportComparison = (rule: RuleDef, c: Comparison, e: Evaluated) => {
    const left = { label: sideLabel(c.left, byCode), value: e.lv };
    const right = { label: rightLabel(c), value: e.rv };
    const difference = Number(Math.abs(e.lv - e.rv).toFixed(6));
    const message = Array.isArray(c.right)
      ? ruleMessages.compare({ left: left.label, lv: fmt(e.lv), op: c.op, right: right.label, rv: fmt(e.rv), diff: fmt(difference) })
      : ruleMessages.constant({ left: left.label, lv: fmt(e.lv), op: c.op, rv: fmt(e.rv) });
    push(rule, c, message, { left, right, difference });
  };

  for (const rule of form.rules) {
    if (!ruleApplies(rule, subject.scope)) continue;
    const check = rule.check;
    switch (check.kind) {
      case "compare": {
        const e = evaluate(check.comparison, subject, false);
        if (e && !e.holds) reportComparison(rule, check.comparison, e);
        break;
      }
      case "all":
        for (const c of check.of) {
          const e = evaluate(c, subject, false);
          if (e && !e.holds) reportComparison(rule, c, e);
        }
        break;
      case "implies": {
        const cond = evaluate(check.if, subject, false);
        if (!cond || !cond.holds) break;
        const condText = `${sideLabel(check.if.left, byCode)} = ${fmt(cond.lv)}`;
        for (const c of check.then) {
          const e = evaluate(c, subject, false);
          if (!e || e.holds) continue;
          push(rule, c, ruleMessages.implies({ cond: condText, left: sideLabel(c.left, byCode), lv: fmt(e.lv), op: c.op, right: rightLabel(c) }), {
            left: { label: sideLabel(c.left, byCode), value: e.lv },
            right: { label: rightLabel(c), value: e.rv },
            difference: Number(Math.abs(e.lv - e.rv).toFixed(6)),
          });
        }
        break;
      }
      case "pair": {
        const a = evaluate(check.a, subject, true);
        const b = evaluate(check.b, subject, true);
        if (!a || !b || a.holds === b.holds) break;
        const left = { label: sideLabel(check.a.left, byCode), value: a.lv };
        const right = { label: sideLabel(check.b.left, byCode), value: b.lv };
        // Point at the side that is missing its counterpart's figure.
        const c = a.holds ? check.b : check.a;
        push(rule, c, ruleMessages.pair({ a: left.label, av: fmt(a.lv), b: right.label, bv: fmt(b.lv) }), {
          left,
          right,
          difference: Number(Math.abs(a.lv - b.lv).toFixed(6)),
        });
        break;
      }
    }
  }
  return findings;
}

