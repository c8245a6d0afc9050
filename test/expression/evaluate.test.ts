import type { Expr } from "../../src/core/expression/ast";
import { evaluateCondition, evaluateNumber, evaluateValue, Operand, Operands } from "../../src/core/expression/evaluate";
import { parseExpression } from "../../src/core/expression/parse";

function expr(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.error)}`);
  return r.expr;
}

type Given = number | null | "invalid";

function operand(v: Given | undefined): Operand {
  if (v === undefined || v === "invalid") return { state: "invalid" };
  return v === null ? { state: "blank" } : { state: "ok", value: v };
}

function env(values: Record<string, Given>, options: { missing?: "skip" | "zero"; previous?: Record<string, Given> } = {}): Operands {
  const { previous } = options;
  return {
    value: (code) => operand(values[code]),
    ...(previous ? { previous: (code: string) => operand(previous[code]) } : {}),
    missing: options.missing ?? "skip",
  };
}

const value = (text: string, e: Operands) => evaluateValue(expr(text), e);
const holds = (text: string, e: Operands) => evaluateCondition(expr(text), e);

describe("evaluateValue: arithmetic", () => {
  const e = env({ "01": 10, "02": 4, "03": -3 });

  it.each([
    ["[01] + [02] * [03]", -2],
    ["([01] + [02]) * [03]", -42],
    ["[01] - [02] - [03]", 9],
    ["[01] / [02]", 2.5],
    ["[01] / [02] / 5", 0.5],
    ["-[01] * 2", -20],
    ["abs([03]) + abs(-[02])", 7],
    ["abs([02] - [01])", 6],
  ])("%s = %d", (text, v) => expect(value(text, e)).toEqual({ ok: true, value: v }));

  it("sums and differences of decimals are exact", () => {
    const d = env({ "01": 0.1, "02": 0.2, "03": 0.3, "04": 10.35, "05": 20.1 });
    expect(value("[01] + [02]", d)).toEqual({ ok: true, value: 0.3 });
    expect(value("[04] + [05]", d)).toEqual({ ok: true, value: 30.45 });
    expect(value("[03] - [01] - [02]", d)).toEqual({ ok: true, value: 0 });
    expect(value("[01] * 3", d)).toEqual({ ok: true, value: 0.3 });
    expect(value("[03] / [01]", d)).toEqual({ ok: true, value: 3 });
    expect(holds("[01] + [02] = [03]", d)).toEqual({ ok: true, value: true });
  });

  it("keeps large whole sums exact and refuses a result beyond exact range", () => {
    const big = env({ "01": 9_007_199_254_740_990, "02": 1 });
    expect(value("[01] + [02]", big)).toEqual({ ok: true, value: 9_007_199_254_740_991 });
    expect(value("[01] + [02] + 1", big)).toEqual({ ok: false, skip: "too-large" });
    expect(value("[01] * 1000", big)).toEqual({ ok: false, skip: "too-large" });
  });

  it("a division by zero has no result", () => {
    expect(value("[01] / ([02] - 4)", e)).toEqual({ ok: false, skip: "zero-division" });
    expect(holds("[01] / ([02] - 4) < 1", e)).toEqual({ ok: false, skip: "zero-division" });
  });
});

describe("evaluateCondition: comparisons and logic", () => {
  const e = env({ "01": 10, "02": 4, "03": 0 });

  it.each([
    ["[01] = 10", true],
    ["[01] <> 10", false],
    ["[01] ≠ 9", true],
    ["[02] < [01]", true],
    ["[01] <= 10", true],
    ["[01] ≤ 9", false],
    ["[01] > 10", false],
    ["[01] >= 10", true],
    ["[01] ≥ 10.5", false],
    ["[01] > 0 and [03] > 0", false],
    ["[01] > 0 or [03] > 0", true],
    ["not [03] > 0", true],
    ["if [03] > 0 then [01] = 0", true],
    ["if [01] > 0 then [01] = 0", false],
    ["[01] > 0 <=> [02] > 0", true],
    ["[01] > 0 <=> [03] > 0", false],
    ["[03] > 0 <=> [03] > 1", true],
  ])("%s is %s", (text, v) => expect(holds(text, e)).toEqual({ ok: true, value: v }));

  it("compares within 1e-9, for what division leaves", () => {
    const d = env({ "01": 1, "02": 3 });
    expect(holds("[01] / [02] * 3 = 1", d)).toEqual({ ok: true, value: true });
    expect(holds("[01] / [02] * 3 <= 1", d)).toEqual({ ok: true, value: true });
    expect(holds("[01] + 0.000001 > 1", d)).toEqual({ ok: true, value: true });
  });
});

describe("evaluate: missing values", () => {
  it("missing skip: a blank operand leaves the check without a result", () => {
    const e = env({ "01": null, "02": 5 });
    expect(value("[01] + [02]", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("[02] <= [01]", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("[01] > 0 <=> [02] > 0", e)).toEqual({ ok: false, skip: "blank" });
  });

  it("missing zero: a blank counts as 0", () => {
    const e = env({ "01": null, "02": 5 }, { missing: "zero" });
    expect(value("[01] + [02]", e)).toEqual({ ok: true, value: 5 });
    expect(holds("[01] > 0 <=> [02] > 0", e)).toEqual({ ok: true, value: false });
  });

  it("an invalid value leaves no result, even under missing zero", () => {
    const e = env({ "01": "invalid", "02": 5 }, { missing: "zero" });
    expect(value("[01] + [02]", e)).toEqual({ ok: false, skip: "invalid" });
    expect(holds("[01] > 0 <=> [02] > 0", e)).toEqual({ ok: false, skip: "invalid" });
  });

  it("and, or and if give the result that does not depend on the missing part", () => {
    const e = env({ "01": 0, "02": null, "03": 5 });
    expect(holds("[01] > 0 and [02] > 0", e)).toEqual({ ok: true, value: false });
    expect(holds("[02] > 0 and [01] > 0", e)).toEqual({ ok: true, value: false });
    expect(holds("[03] > 0 or [02] > 0", e)).toEqual({ ok: true, value: true });
    expect(holds("[02] > 0 or [03] > 0", e)).toEqual({ ok: true, value: true });
    expect(holds("if [01] > 0 then [02] > 0", e)).toEqual({ ok: true, value: true });
    // …and none when it does
    expect(holds("[03] > 0 and [02] > 0", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("[01] > 0 or [02] > 0", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("if [03] > 0 then [02] > 0", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("if [02] > 0 then [03] > 0", e)).toEqual({ ok: false, skip: "blank" });
    expect(holds("not [02] > 0", e)).toEqual({ ok: false, skip: "blank" });
  });

  it("an invalid value is never judged around: and, or skip even where the other side decides", () => {
    const e = env({ "01": 0, "02": "invalid", "03": 5 });
    expect(holds("[01] > 0 and [02] > 0", e)).toEqual({ ok: false, skip: "invalid" });
    expect(holds("[03] > 0 or [02] > 0", e)).toEqual({ ok: false, skip: "invalid" });
  });
});

describe("evaluate: the previous period", () => {
  it("prev[..] has no result without a previous period", () => {
    expect(holds("[01] <= prev[01] * 2 + 10", env({ "01": 40 }))).toEqual({ ok: false, skip: "no-previous" });
  });

  it("reads the previous period's value when there is one", () => {
    const e = env({ "01": 40 }, { previous: { "01": 12 } });
    expect(value("prev[01] * 2 + 10", e)).toEqual({ ok: true, value: 34 });
    expect(holds("[01] <= prev[01] * 2 + 10", e)).toEqual({ ok: true, value: false });
    expect(holds("[01] <= prev[01] * 2 + 10", env({ "01": 30 }, { previous: { "01": 12 } }))).toEqual({ ok: true, value: true });
  });

  it("a blank previous value follows `missing`", () => {
    expect(value("prev[01]", env({}, { previous: { "01": null } }))).toEqual({ ok: false, skip: "blank" });
    expect(value("prev[01]", env({}, { previous: { "01": null }, missing: "zero" }))).toEqual({ ok: true, value: 0 });
  });
});

describe("evaluateNumber: a total from other totals", () => {
  const totals: Record<string, number> = { "01": 8, "05": 3, "06": 2, "00": 0 };
  const of = (code: string) => totals[code] ?? null;

  it("is the ratio of the totals", () => {
    expect(evaluateNumber(expr("([05] + [06]) / [01] * 100"), of)).toBe(62.5);
  });

  it("has no figure for a zero denominator or a total without one", () => {
    expect(evaluateNumber(expr("[05] / [00] * 100"), of)).toBeNull();
    expect(evaluateNumber(expr("[05] / [99] * 100"), of)).toBeNull();
  });
});
