import { readFileSync } from "node:fs";
import { join } from "node:path";
import { codesOf } from "../../src/core/form";
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

/** A rule's expression in the notation of the contract's rule table ("28 + 29 + 30 ≤ 27", "pair: 21 > 0 ⇔ 22 > 0"). */
function contractText(text: string): string {
  const plain = text.replace(/\[(\d+)\]/g, "$1").replace(/<=>/g, "⇔").replace(/<=/g, "≤").replace(/>=/g, "≥");
  return plain.includes("⇔") ? `pair: ${plain}` : plain;
}

describe("form definition phu-luc-pcmd", () => {
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
    const actual = phuLucPcmd.indicators.map(({ code, section, name, unit, kind, decimals, scope, aggregate }) => ({
      code, section, name, unit, kind, decimals, scope, aggregate,
    }));
    expect(actual).toEqual(expected);
    expect(phuLucPcmd.indicators.map((i) => i.code)).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1).padStart(2, "0")));
  });

  it("spells every user-facing text in NFC", () => {
    for (const ind of phuLucPcmd.indicators) {
      for (const t of [ind.name, ind.unit, ind.section]) expect(t).toBe(t.normalize("NFC"));
    }
  });

  it("has the contract's 23 rules R01–R23 with their checks, severities and scopes", () => {
    expect(ruleRows).toHaveLength(23);
    const actual = phuLucPcmd.rules.map((r) => ({ id: r.id, check: contractText(r.text), severity: r.severity, appliesTo: r.appliesTo }));
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
      for (const code of codesOf(rule.check)) expect(codes).toContain(code);
    }
  });

  it("states a year as the last half-year's state for 01–18 and the sum of activity for 19–40 (contract §8)", () => {
    expect(phuLucPcmd.indicators.filter((i) => i.year === "last").map((i) => i.code)).toEqual(indicatorRows.slice(0, 18).map((r) => r[0]));
  });
});
