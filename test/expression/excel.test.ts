import { excelFormula } from "../../src/core/expression/excel";
import { parseNumberExpression } from "../../src/core/expression/parse";

/** Total cells of the totals sheet: code 01 on row 11, 02 on row 12… */
const cellOf = (code: string) => `F${10 + Number(code)}`;

function formula(text: string): string {
  const r = parseNumberExpression(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.error)}`);
  return excelFormula(r.expr, cellOf);
}

describe("excelFormula", () => {
  it.each([
    ["[01]", "F11"],
    ["[01] + [02] + [03]", "F11+F12+F13"],
    ["[01] - [02] + [03]", "F11-F12+F13"],
    ["[01] - ([02] + [03])", "F11-(F12+F13)"],
    ["[01] - ([02] - [03])", "F11-(F12-F13)"],
    ["([01] - [02]) - [03]", "F11-F12-F13"],
    ["[01] * [02] + [03]", "F11*F12+F13"],
    ["[01] * ([02] + [03])", "F11*(F12+F13)"],
    ["([01] + [02]) * [03]", "(F11+F12)*F13"],
    ["[01] * 2.5", "F11*2.5"],
    ["-[01] + 3", "-F11+3"],
    ["-([01] + 3)", "-(F11+3)"],
    ["[01] - -[02]", "F11--F12"],
    ["abs([01] - [02]) * 2", "ABS(F11-F12)*2"],
  ])("%s → %s", (text, out) => expect(formula(text)).toBe(out));

  it("wraps a formula that divides in IFERROR(…,\"\"), so a zero denominator leaves the cell empty", () => {
    expect(formula("([05] + [06]) / [01] * 100")).toBe('IFERROR((F15+F16)/F11*100,"")');
    expect(formula("[03] / [02] * 100")).toBe('IFERROR(F13/F12*100,"")');
    expect(formula("[01] / ([02] * [03])")).toBe('IFERROR(F11/(F12*F13),"")');
    expect(formula("[01] / ([02] / [03])")).toBe('IFERROR(F11/(F12/F13),"")');
    expect(formula("abs([01] / [02])")).toBe('IFERROR(ABS(F11/F12),"")');
    expect(formula("[01] / [02] / [03]")).toBe('IFERROR(F11/F12/F13,"")');
  });

  it("wraps a formula reading a cell that may hold \"\" (another computed total): \"\" * 0.5 is #VALUE!", () => {
    const r = parseNumberExpression("[01] * 0.5 + [02]");
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(excelFormula(r.expr, cellOf, (code) => code === "01")).toBe('IFERROR(F11*0.5+F12,"")');
    expect(excelFormula(r.expr, cellOf, (code) => code === "03")).toBe("F11*0.5+F12");
  });
});
