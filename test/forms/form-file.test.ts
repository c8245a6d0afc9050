import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compileForm, parseFormText } from "../../src/core/form-file";
import type { FormIssue } from "../../src/core/form-issues";
import { builtInForms, phuLucPcmd } from "../../src/forms";

const drugFile = join(__dirname, "..", "..", "examples", "forms", "phu-luc-ma-tuy.form.json");

/** A small valid form, edited per case. */
function base(): Record<string, unknown> {
  return {
    id: "thu-nghiem",
    title: "SỐ LIỆU THỬ NGHIỆM",
    subject: "công tác thử nghiệm",
    indicators: [
      { code: "01", section: "I. CHUNG", name: "Số hộ", unit: "hộ", type: "integer", scope: "wards-only", total: "sum", year: "last" },
      { code: "02", section: "I. CHUNG", name: "Hộ được hỗ trợ", unit: "hộ", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "01" },
      { code: "03", section: "I. CHUNG", name: "Tỷ lệ hộ được hỗ trợ", unit: "%", type: "percent", decimals: 1, scope: "wards-only", total: "[02] / [01] * 100", year: "last" },
    ],
    rules: [{ id: "R01", check: "[02] <= [01]", severity: "error", applies: ["ward", "city"] }],
  };
}

function issuesOf(json: unknown): FormIssue[] {
  const loaded = compileForm(json);
  if (loaded.ok) throw new Error("expected the form to be refused");
  return loaded.issues;
}

function indicator(json: Record<string, unknown>, i: number): Record<string, unknown> {
  return (json.indicators as Record<string, unknown>[])[i];
}

describe("form files", () => {
  it("the built-in form loads from its JSON with its 40 indicators and 23 rules", () => {
    expect(builtInForms).toEqual([phuLucPcmd]);
    expect(phuLucPcmd.indicators).toHaveLength(40);
    expect(phuLucPcmd.rules.map((r) => r.id)).toEqual(Array.from({ length: 23 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`));
    expect(phuLucPcmd.rules.find((r) => r.id === "R08")!.missing).toBe("zero");
    expect(phuLucPcmd.rules.find((r) => r.id === "R01")!.missing).toBe("skip");
  });

  it("the drug-prevention form loads: a ratio total, a flag counted, a rule on the previous period", () => {
    const loaded = parseFormText(readFileSync(drugFile, "utf8"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    const byCode = new Map(loaded.form.indicators.map((i) => [i.code, i]));
    expect(byCode.get("08")).toMatchObject({ kind: "percent", decimals: 1, aggregate: "expression", totalText: "([05] + [06]) / [01] * 100" });
    expect(byCode.get("04")).toMatchObject({ kind: "flag", aggregate: "count", legend: "(1 = có, 0 = không)" });
    expect(byCode.get("02")!.parent).toBe("01");
    expect(loaded.form.rules.map((r) => r.id)).toEqual(["R01", "R02", "R03", "R04", "R05", "R06", "R07"]);
    expect(loaded.form.rules.find((r) => r.id === "R02")!.instruction).toMatch(/^Xã, phường không ma túy/);
  });

  it("a three-digit code and a form without rules are fine", () => {
    const json = base();
    indicator(json, 0).code = "101";
    indicator(json, 1).parent = "101";
    indicator(json, 2).total = "[02] / [101] * 100";
    json.rules = [];
    const loaded = compileForm(json);
    expect(loaded.ok && loaded.form.indicators.map((i) => i.code)).toEqual(["101", "02", "03"]);
  });

  it.each([
    ['{\n  "id": "x",\n  "title": ,\n}', 3, 12],
    ['{\n  "id": "x"\n  "title": "y"\n}', 3, 3],
    ['{ "id": "x", }', 1, 14],
    ['{ "id": "x\ty" }', 1, 11],
    ['{ "id": "x" ', 1, 13],
    ["\uFEFF[1, 2] 3", 1, 8],
  ])("not JSON %j: line %i, column %i", (text, line, column) => {
    expect(parseFormText(text)).toEqual({ ok: false, issues: [{ kind: "json", line, column }] });
  });

  it("unknown fields are refused at every level", () => {
    const json = base();
    json.version = 2;
    indicator(json, 1).aggregate = "sum";
    (json.rules as Record<string, unknown>[])[0].description = "x";
    expect(issuesOf(json)).toEqual([
      { kind: "unknown-field", field: "version" },
      { kind: "unknown-field", field: "indicators[1].aggregate", code: "02" },
      { kind: "unknown-field", field: "rules[0].description" },
    ]);
  });

  it("a missing field, a wrong type and a value outside the list", () => {
    const json = base();
    delete json.subject;
    indicator(json, 0).type = "number";
    indicator(json, 1).scope = 3;
    expect(issuesOf(json)).toEqual([
      { kind: "required", field: "subject" },
      { kind: "enum", field: "indicators[0].type", allowed: ["integer", "decimal", "flag", "percent"], found: "number", code: "01" },
      { kind: "type", field: "indicators[1].scope", expected: "string", code: "02" },
    ]);
  });

  it("codes of 2–3 digits, unique; decimals only where they mean something", () => {
    const json = base();
    indicator(json, 0).code = "1";
    indicator(json, 1).decimals = 2;
    delete indicator(json, 2).decimals;
    expect(issuesOf(json)).toEqual([
      { kind: "pattern", field: "indicators[0].code", pattern: "code", found: "1" },
      { kind: "decimals-not-allowed", field: "indicators[1].decimals", code: "02" },
      { kind: "decimals-needed", field: "indicators[2].decimals", code: "03" },
      // "1" is not code 01, so the rule naming [01] names a code the form lacks.
      { kind: "unknown-code", field: "rules[0].check", rule: "R01", text: "[02] <= [01]", position: 8, found: "01" },
    ]);
    const dup = base();
    indicator(dup, 1).code = "01";
    indicator(dup, 2).total = "[01] / [01] * 100";
    delete indicator(dup, 1).parent;
    // The rule's [02] no longer exists: both rows say 01.
    expect(issuesOf(dup)).toEqual([
      { kind: "duplicate", field: "indicators[1].code", found: "01" },
      { kind: "unknown-code", field: "rules[0].check", rule: "R01", text: "[02] <= [01]", position: 0, found: "02" },
    ]);
  });

  it("a percentage totalled as a sum, a count of a number, an unknown parent", () => {
    const json = base();
    indicator(json, 2).total = "sum";
    indicator(json, 0).total = "count";
    indicator(json, 1).parent = "09";
    expect(issuesOf(json)).toEqual([
      { kind: "count-not-flag", field: "indicators[0].total", code: "01" },
      { kind: "percent-total", field: "indicators[2].total", code: "03" },
      { kind: "unknown-parent", field: "indicators[1].parent", code: "02", parent: "09" },
    ]);
  });

  it("a rule that does not parse: its id, field and position", () => {
    const json = base();
    (json.rules as Record<string, unknown>[])[0].check = "[02] <= ([01]";
    const [issue] = issuesOf(json);
    expect(issue).toMatchObject({ kind: "syntax", field: "rules[0].check", rule: "R01", text: "[02] <= ([01]" });
    // The bracket left open.
    expect(issue.kind === "syntax" && issue.error).toEqual({ position: 8, reason: "missing-close-paren", found: "(" });
  });

  it("a rule or a total naming a code the form lacks, and a total on the previous period", () => {
    const json = base();
    (json.rules as Record<string, unknown>[])[0].check = "[02] <= [01] + [07]";
    indicator(json, 2).total = "prev[02] / [01] * 100";
    expect(issuesOf(json)).toEqual([
      { kind: "prev-in-total", field: "indicators[2].total", code: "03", text: "prev[02] / [01] * 100", position: 0 },
      { kind: "unknown-code", field: "rules[0].check", rule: "R01", text: "[02] <= [01] + [07]", position: 15, found: "07" },
    ]);
  });

  it("totals computed from each other in a circle", () => {
    const json = base();
    indicator(json, 1).type = "percent";
    indicator(json, 1).decimals = 1;
    indicator(json, 1).total = "[03] * 2";
    indicator(json, 2).total = "[02] / [01] * 100";
    expect(issuesOf(json)).toEqual([{ kind: "total-cycle", field: "indicators", codes: ["02", "03", "02"] }]);
  });
});
