import { parseCondition } from "../../src/core/expression/parse";
import type { Finding } from "../../src/core/findings";
import { findingText } from "../../src/core/findings-view";
import type { FormDef, IndicatorDef, RuleDef } from "../../src/core/form";
import { Operand, RuleSubject, runRules } from "../../src/core/rules";

function indicator(code: string, name: string, kind: IndicatorDef["kind"] = "integer"): IndicatorDef {
  return { code, section: "I. CHUNG", name, unit: "người", kind, decimals: kind === "percent" ? 1 : 0, scope: "all-units", aggregate: "sum", year: "sum" };
}

const indicators = [
  indicator("01", "Người nghiện có hồ sơ"),
  indicator("02", "Người được cai nghiện"),
  indicator("03", "Người sử dụng trái phép"),
  indicator("04", "Xã không ma túy (1 = có, 0 = không)", "flag"),
  indicator("05", "Cai nghiện tự nguyện"),
  indicator("06", "Cai nghiện bắt buộc"),
  indicator("07", "Tỷ lệ cai nghiện", "percent"),
];

function rule(id: string, check: string, extra: Partial<RuleDef> = {}): RuleDef {
  const parsed = parseCondition(check);
  if (!parsed.ok) throw new Error(`${check}: ${JSON.stringify(parsed.error)}`);
  const missing = parsed.expr.kind === "iff" ? "zero" : "skip";
  return { id, text: check, check: parsed.expr, severity: "error", appliesTo: ["ward"], missing, ...extra };
}

const form = (...rules: RuleDef[]): FormDef => ({ id: "thu", title: "THỬ", subject: "thử", indicators, rules });

type Given = number | null | "invalid";

function subject(values: Record<string, Given>, previous?: Record<string, Given>): RuleSubject {
  const operand = (v: Given | undefined): Operand =>
    v === undefined || v === "invalid" ? { state: "invalid" } : v === null ? { state: "blank" } : { state: "ok", value: v };
  return {
    scope: "ward",
    value: (code) => operand(values[code]),
    ...(previous ? { previous: (code: string) => operand(previous[code]) } : {}),
    place: (code) => ({ sheet: "Xã A", cell: `C${Number(code) + 5}`, indicator: code, unit: "Xã A", file: null }),
  };
}

const run = (r: RuleDef, values: Record<string, Given>, previous?: Record<string, Given>) => runRules(form(r), subject(values, previous));
const messages = (findings: Finding[]) => findings.map((f) => f.message);
const at = (findings: Finding[]) => findings.map((f) => f.indicator);

const clean = { "01": 10, "02": 4, "03": 2, "04": 0, "05": 3, "06": 1, "07": 40 };

describe("runRules: the message follows the shape of the check", () => {
  it("a comparison of indicators: both sides, their values and the difference", () => {
    const findings = run(rule("R01", "[02] <= [01]"), { ...clean, "02": 12 });
    expect(findings).toEqual([
      {
        severity: "error",
        code: "R01",
        sheet: "Xã A",
        cell: "C7",
        indicator: "02",
        unit: "Xã A",
        file: null,
        message: "Người được cai nghiện (mã 02) = 12 lớn hơn Người nghiện có hồ sơ (mã 01) = 10 (chênh lệch 2).",
        left: { label: "Người được cai nghiện (mã 02)", value: 12 },
        right: { label: "Người nghiện có hồ sơ (mã 01)", value: 10 },
        difference: 2,
      },
    ]);
  });

  it("a sum of indicators is named “tổng mã …”, the finding at its first indicator", () => {
    const findings = run(rule("R02", "[05] + [06] <= [02]"), { ...clean, "05": 4, "06": 2 });
    expect(messages(findings)).toEqual(["Tổng mã 05 + 06 = 6 lớn hơn Người được cai nghiện (mã 02) = 4 (chênh lệch 2)."]);
    expect(at(findings)).toEqual(["05"]);
    expect(findings[0].left).toEqual({ label: "tổng mã 05 + 06", value: 6 });
  });

  it("a comparison with a number: what it must be", () => {
    const findings = run(rule("R03", "[01] <> 0"), { ...clean, "01": 0 });
    expect(messages(findings)).toEqual(["Người nghiện có hồ sơ (mã 01) = 0; phải khác 0."]);
    expect(findings[0].right).toEqual({ label: "0", value: 0 });
  });

  it("a top-level and: each failing part is its own finding", () => {
    const findings = run(rule("R04", "[01] > 0 and [02] <= [01] and [03] = 0"), { ...clean, "01": 0, "03": 2 });
    expect(messages(findings)).toEqual([
      "Người nghiện có hồ sơ (mã 01) = 0; phải lớn hơn 0.",
      "Người được cai nghiện (mã 02) = 4 lớn hơn Người nghiện có hồ sơ (mã 01) = 0 (chênh lệch 4).",
      "Người sử dụng trái phép (mã 03) = 2; phải bằng 0.",
    ]);
    expect(at(findings)).toEqual(["01", "02", "03"]);
  });

  it("if C then X: each failing part of X, because of C's value; silent when C does not hold", () => {
    const r = rule("R05", "nếu [04] = 1 thì [01] = 0 và [03] = 0");
    const findings = run(r, { ...clean, "04": 1 });
    expect(messages(findings)).toEqual([
      "Vì Xã không ma túy (mã 04) = 1, Người nghiện có hồ sơ (mã 01) phải bằng 0 nhưng đang là 10.",
      "Vì Xã không ma túy (mã 04) = 1, Người sử dụng trái phép (mã 03) phải bằng 0 nhưng đang là 2.",
    ]);
    expect(at(findings)).toEqual(["01", "03"]);
    expect(findings[0]).toMatchObject({ left: { label: "Người nghiện có hồ sơ (mã 01)", value: 10 }, right: { label: "0", value: 0 }, difference: 10 });
    expect(run(r, clean)).toEqual([]);
    // C without a value: skipped
    expect(run(r, { ...clean, "04": null })).toEqual([]);
    // a blank in X skips that part only
    expect(messages(run(r, { ...clean, "04": 1, "01": null }))).toEqual([
      "Vì Xã không ma túy (mã 04) = 1, Người sử dụng trái phép (mã 03) phải bằng 0 nhưng đang là 2.",
    ]);
  });

  it("A <=> B: the pair, at the side missing its counterpart; a blank counts as 0", () => {
    const r = rule("R06", "[05] > 0 <=> [06] > 0");
    expect(r.missing).toBe("zero");
    const findings = run(r, { ...clean, "06": null });
    expect(messages(findings)).toEqual([
      "Cai nghiện tự nguyện (mã 05) = 3 nhưng Cai nghiện bắt buộc (mã 06) = 0: hai chỉ tiêu này phải cùng có hoặc cùng không có số liệu.",
    ]);
    expect(at(findings)).toEqual(["06"]);
    expect(findings[0]).toMatchObject({ left: { value: 3 }, right: { value: 0 }, difference: 3 });
    expect(at(run(r, { ...clean, "05": 0 }))).toEqual(["05"]);
    expect(run(r, { ...clean, "05": 0, "06": 0 })).toEqual([]);
    expect(run(r, { ...clean, "06": "invalid" })).toEqual([]);
  });
});

describe("runRules: other checks are written out with every indicator's value", () => {
  it("a comparison with an expression side: both sides, the difference and the indicators inside", () => {
    const findings = run(rule("R07", "abs([07] - ([05] + [06]) / [01] * 100) <= 0.5"), { ...clean, "07": 45 });
    expect(messages(findings)).toEqual([
      "|mã 07 - (mã 05 + mã 06) / mã 01 × 100| = 5 lớn hơn 0,5 (chênh lệch 4,5), trong đó mã 07 = 45, mã 05 = 3, mã 06 = 1, mã 01 = 10.",
    ]);
    expect(findings[0]).toMatchObject({
      indicator: "07",
      left: { label: "|mã 07 - (mã 05 + mã 06) / mã 01 × 100|", value: 5 },
      right: { label: "0,5", value: 0.5 },
      difference: 4.5,
    });
  });

  it("an indicator against an expression: the indicator by its label, the expression's indicators listed", () => {
    const findings = run(rule("R08", "[03] <= [02] * 0.25"), clean);
    expect(messages(findings)).toEqual(["Người sử dụng trái phép (mã 03) = 2 lớn hơn mã 02 × 0,25 = 1 (chênh lệch 1), trong đó mã 02 = 4."]);
  });

  it("or, not, and <=> of other comparisons: the condition in Vietnamese with the values", () => {
    expect(messages(run(rule("R09", "[01] = 0 or [02] > [01]"), clean))).toEqual([
      "Số liệu không thỏa mãn điều kiện “mã 01 = 0 hoặc mã 02 > mã 01”: mã 01 = 10, mã 02 = 4.",
    ]);
    expect(messages(run(rule("R10", "not ([02] ≤ [01] and [03] ≥ 1)"), clean))).toEqual([
      "Số liệu không thỏa mãn điều kiện “không phải (mã 02 ≤ mã 01 và mã 03 ≥ 1)”: mã 02 = 4, mã 01 = 10, mã 03 = 2.",
    ]);
    expect(messages(run(rule("R11", "[01] > 5 <=> [02] > 5"), clean))).toEqual([
      "Số liệu không thỏa mãn điều kiện “mã 01 > 5 khi và chỉ khi mã 02 > 5”: mã 01 = 10, mã 02 = 4.",
    ]);
  });

  it("an implication with a compound condition or result", () => {
    expect(messages(run(rule("R12", "if [01] > 0 and [03] > 0 then [02] > 5"), clean))).toEqual([
      "Vì Người nghiện có hồ sơ (mã 01) = 10 và Người sử dụng trái phép (mã 03) = 2, Người được cai nghiện (mã 02) phải lớn hơn 5 nhưng đang là 4.",
    ]);
    expect(messages(run(rule("R12", "if [01] > 0 or [03] > 0 then [02] > 5"), clean))).toEqual([
      "Vì mã 01 > 0 hoặc mã 03 > 0, Người được cai nghiện (mã 02) phải lớn hơn 5 nhưng đang là 4, trong đó mã 01 = 10, mã 03 = 2.",
    ]);
    expect(messages(run(rule("R13", "if [04] = 0 then [05] > 3 or [06] > 3"), clean))).toEqual([
      "Vì Xã không ma túy (mã 04) = 0, số liệu phải thỏa mãn điều kiện “mã 05 > 3 hoặc mã 06 > 3” nhưng mã 05 = 3, mã 06 = 1.",
    ]);
    expect(messages(run(rule("R14", "if [01] > 0 then if [02] > 0 then [03] = 0"), clean))).toEqual([
      "Vì Người nghiện có hồ sơ (mã 01) = 10 và Người được cai nghiện (mã 02) = 4, Người sử dụng trái phép (mã 03) phải bằng 0 nhưng đang là 2.",
    ]);
  });

  it("an implication names every indicator of its condition and result with its value, and the difference", () => {
    expect(messages(run(rule("R19", "if [01] > [03] then [02] = 0"), clean))).toEqual([
      "Vì mã 01 > mã 03, Người được cai nghiện (mã 02) phải bằng 0 nhưng đang là 4, trong đó mã 01 = 10, mã 03 = 2.",
    ]);
    expect(messages(run(rule("R20", "if [04] = 0 then [03] >= [02]"), clean))).toEqual([
      "Vì Xã không ma túy (mã 04) = 0, Người sử dụng trái phép (mã 03) phải không nhỏ hơn Người được cai nghiện (mã 02) = 4 nhưng đang là 2 (chênh lệch 2).",
    ]);
  });

  it("lists a blank the rule counted as 0, or a blank it could decide without", () => {
    const zero = rule("R15", "[05] + [06] > 0 <=> [02] > 0", { missing: "zero" });
    expect(messages(run(zero, { ...clean, "05": null, "06": null }))).toEqual([
      "Số liệu không thỏa mãn điều kiện “mã 05 + mã 06 > 0 khi và chỉ khi mã 02 > 0”: mã 05 = 0, mã 06 = 0, mã 02 = 4.",
    ]);
    expect(messages(run(rule("R16", "([01] = 0 and [02] > 0) or [03] = 0"), { ...clean, "02": null }))).toEqual([
      "Số liệu không thỏa mãn điều kiện “(mã 01 = 0 và mã 02 > 0) hoặc mã 03 = 0”: mã 01 = 10, mã 02 để trống, mã 03 = 2.",
    ]);
  });
});

describe("runRules: the previous period", () => {
  const r = rule("R17", "[01] <= prev[01] * 2 + 10");

  it("is skipped without a previous period", () => {
    expect(run(r, { ...clean, "01": 100 })).toEqual([]);
  });

  it("names the previous value as “mã 01 kỳ trước”", () => {
    expect(messages(run(r, { ...clean, "01": 40 }, { "01": 12 }))).toEqual([
      "Người nghiện có hồ sơ (mã 01) = 40 lớn hơn mã 01 kỳ trước × 2 + 10 = 34 (chênh lệch 6), trong đó mã 01 kỳ trước = 12.",
    ]);
    expect(run(r, { ...clean, "01": 34 }, { "01": 12 })).toEqual([]);
  });

  it("a previous value on its own is a side with its label", () => {
    const findings = run(rule("R18", "[02] >= prev[02]"), clean, { "02": 6 });
    expect(messages(findings)).toEqual(["Người được cai nghiện (mã 02) = 4 nhỏ hơn Người được cai nghiện (mã 02) kỳ trước = 6 (chênh lệch 2)."]);
  });
});

describe("runRules: skipping", () => {
  it("skips a rule with a blank operand (missing skip), an invalid one, or a zero denominator", () => {
    const r = rule("R19", "[02] <= [01]");
    expect(run(r, { ...clean, "01": null, "02": 50 })).toEqual([]);
    expect(run(r, { ...clean, "01": "invalid", "02": 50 })).toEqual([]);
    expect(run(rule("R20", "[05] / [03] <= 1"), { ...clean, "03": 0 })).toEqual([]);
  });

  it("counts a blank as 0 under missing zero", () => {
    const r = rule("R21", "[05] + [06] <= [02]", { missing: "zero" });
    expect(messages(run(r, { ...clean, "02": null }))).toEqual(["Tổng mã 05 + 06 = 4 lớn hơn Người được cai nghiện (mã 02) = 0 (chênh lệch 4)."]);
  });

  it("runs a rule only where it applies", () => {
    const r = rule("R22", "[02] <= [01]", { appliesTo: ["city"] });
    expect(run(r, { ...clean, "02": 50 })).toEqual([]);
    expect(run({ ...r, appliesTo: ["unit"] }, { ...clean, "02": 50 })).toHaveLength(1);
  });
});

describe("runRules: the rule's instruction", () => {
  it("travels with the finding and follows its message", () => {
    const instruction = "Số người được cai nghiện không thể lớn hơn số người nghiện có hồ sơ.";
    const [finding] = run(rule("R23", "[02] <= [01]", { instruction }), { ...clean, "02": 12 });
    expect(finding.instruction).toBe(instruction);
    expect(findingText(finding)).toBe(`${finding.message} Hướng dẫn: ${instruction}`);
  });

  it("is absent when the rule has none", () => {
    const [finding] = run(rule("R24", "[02] <= [01]"), { ...clean, "02": 12 });
    expect("instruction" in finding).toBe(false);
    expect(findingText(finding)).toBe(finding.message);
  });
});
