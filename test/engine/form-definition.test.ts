import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codesOfCheck, Comparison, Check, defineForm, formSchema, RuleDef } from "../../src/core/form-schema";
import { phuLucPcmd } from "../../src/forms";

/** The tables of docs/form-phu-luc-pcmd.md, the contract the definition must match. */
const doc = readFileSync(join(__dirname, "..", "..", "docs", "form-phu-luc-pcmd.md"), "utf8");

function tableRows(firstCell: RegExp): string[][] {
  return doc
    .split("\n")
    .filter((l) => l.startsWith("|"))
    .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()))
    .filter((cells) => firstCell.test(cells[0]));
}

const indicatorRows = tableRows(/^\d{2}$/);
const ruleRows = tableRows(/^R\d{2}$/);

const opText: Record<Comparison["op"], string> = { "=": "=", "<=": "≤", ">=": "≥", "<": "<", ">": ">" };

function comparisonText(c: Comparison): string {
  const right = Array.isArray(c.right) ? c.right.join(" + ") : String(c.right);
  return `${c.left.join(" + ")} ${opText[c.op]} ${right}`;
}

/** A check in the notation of the contract's rule table. */
function checkText(check: Check): string {
  switch (check.kind) {
    case "compare":
      return comparisonText(check.comparison);
    case "all":
      return check.of.map(comparisonText).join(" and ");
    case "implies":
      return `if ${comparisonText(check.if)} then ${check.then.map(comparisonText).join(" and ")}`;
    case "pair":
      return `pair: ${comparisonText(check.a)} ⇔ ${comparisonText(check.b)}`;
  }
}

describe("form definition phu-luc-pcmd", () => {
  it("parses with the zod form schema", () => {
    expect(formSchema.safeParse(phuLucPcmd).success).toBe(true);
  });

  it("has the contract's 40 indicators with their codes, names, units, kinds, decimals, scopes and aggregates", () => {
    expect(indicatorRows).toHaveLength(40);
    let section = "";
    const expected = indicatorRows.map(([code, sec, name, unit, kind, scope, aggregate]) => {
      if (sec) section = sec;
      const m = /^([NDF])(?:\((\d)\))?$/.exec(kind)!;
      // The contract's table abbreviates the words the form definition spells out.
      const kindWord = { N: "integer", D: "decimal", F: "flag" }[m[1]];
      const scopeWord = { W: "wards-only", A: "all-units" }[scope];
      return { code, section, name, unit, kind: kindWord, decimals: Number(m[2] ?? 0), scope: scopeWord, aggregate };
    });
    expect(phuLucPcmd.indicators).toEqual(expected);
    expect(phuLucPcmd.indicators.map((i) => i.code)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1).padStart(2, "0")));
  });

  it("spells every user-facing text in NFC", () => {
    for (const ind of phuLucPcmd.indicators) {
      for (const t of [ind.name, ind.unit, ind.section]) expect(t).toBe(t.normalize("NFC"));
    }
  });

  it("has the contract's 23 rules R01–R23 with their checks, severities and scopes", () => {
    expect(ruleRows).toHaveLength(23);
    const actual = phuLucPcmd.rules.map((r) => ({ id: r.id, check: checkText(r.check), severity: r.severity, appliesTo: r.appliesTo }));
    const expected = ruleRows.map(([id, check, severity, appliesTo]) => ({
      id,
      check: check.replace(/\s*\([^)]*\)\s*$/, ""),
      severity,
      appliesTo: appliesTo.split(",").map((s) => s.trim()),
    }));
    expect(actual).toEqual(expected);
  });

  it("refers only to indicator codes the form has", () => {
    const codes = new Set(phuLucPcmd.indicators.map((i) => i.code));
    for (const rule of phuLucPcmd.rules) {
      for (const code of codesOfCheck(rule.check)) expect(codes).toContain(code);
    }
  });

  describe("defineForm rejects an inconsistent definition", () => {
    const base = { id: phuLucPcmd.id, title: phuLucPcmd.title, indicators: phuLucPcmd.indicators };
    const rule = (id: string, left: string[]): RuleDef => ({
      id,
      description: "test",
      severity: "error",
      appliesTo: ["unit"],
      check: { kind: "compare", comparison: { left, op: "<=", right: ["01"] } },
    });

    it("a rule referring to a code that does not exist", () => {
      expect(() => defineForm({ ...base, rules: [...phuLucPcmd.rules, rule("R24", ["41"])] })).toThrow(/R24 refers to unknown code 41/);
    });

    it("a duplicate rule id", () => {
      expect(() => defineForm({ ...base, rules: [rule("R01", ["02"]), rule("R01", ["03"])] })).toThrow(/duplicate rule R01/);
    });

    it("a duplicate indicator code", () => {
      expect(() => defineForm({ ...base, indicators: [...base.indicators, base.indicators[0]], rules: [] })).toThrow(
        /duplicate indicator 01/,
      );
    });

    it("a malformed code", () => {
      expect(() => defineForm({ ...base, indicators: [{ ...base.indicators[0], code: "1" }], rules: [] })).toThrow();
    });
  });
});
