/**
 * What Excel would show in a cell of the fake: the fake stores formulas without calculating them, so the
 * formulas the pane writes (references across sheets, SUM, COUNTIF(…;1), IF(TRIM(…)="Có";1;0), +) are
 * evaluated here. Cells of sheets not in `calculated` keep the cached result Excel loaded with the file.
 */
import { a1, parseA1 } from "../../../src/core/address";
import { cellAt, FakeWorkbook } from "./state";

export type Shown = number | string | boolean | null;
type Operand = Shown | Shown[];

const TOKEN =
  /\s*(?:'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!|(\$?[A-Z]{1,3}\$?\d+)|(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|"((?:[^"]|"")*)"|([A-Z]+)\(|([-+*/=,():<>]))/y;

interface Token {
  kind: "sheet" | "ref" | "number" | "string" | "function" | "op";
  text: string;
}

function tokens(formula: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`cannot evaluate =${formula} at ${TOKEN.lastIndex}`);
    if (m[1] !== undefined) out.push({ kind: "sheet", text: m[1].replace(/''/g, "'") });
    else if (m[2] !== undefined) out.push({ kind: "sheet", text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: "ref", text: m[3].replace(/\$/g, "") });
    else if (m[4] !== undefined) out.push({ kind: "number", text: m[4] });
    else if (m[5] !== undefined) out.push({ kind: "string", text: m[5].replace(/""/g, '"') });
    else if (m[6] !== undefined) out.push({ kind: "function", text: m[6] });
    else out.push({ kind: "op", text: m[7] });
  }
  return out;
}

const asNumber = (v: Shown): number => (typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === null || v === "" ? 0 : Number(v));
const flat = (args: Operand[]): Shown[] => args.flatMap((a) => (Array.isArray(a) ? a : [a]));

export function evaluate(wb: FakeWorkbook, sheet: string, address: string, calculated: Set<string>): Shown {
  const s = wb.sheet(sheet);
  const { row, col } = parseA1(address);
  const cell = cellAt(s, row, col);
  if (!cell || cell.type === "Empty") return null;
  if (cell.formula === null || !calculated.has(sheet)) return cell.value;
  return evaluateFormula(wb, sheet, cell.formula.replace(/^=/, ""), calculated);
}

export function evaluateFormula(wb: FakeWorkbook, sheet: string, formula: string, calculated: Set<string>): Shown {
  const list = tokens(formula);
  let i = 0;
  const peek = () => list[i];
  const take = (text?: string) => {
    const t = list[i++];
    if (!t || (text !== undefined && t.text !== text)) throw new Error(`cannot evaluate =${formula}: expected ${text}`);
    return t;
  };

  const reference = (on: string): Operand => {
    const from = take().text;
    if (peek()?.text !== ":") return evaluate(wb, on, from, calculated);
    take(":");
    const to = take().text;
    const a = parseA1(from);
    const b = parseA1(to);
    const values: Shown[] = [];
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.col; c <= b.col; c++) values.push(evaluate(wb, on, a1(r, c), calculated));
    }
    return values;
  };

  const call = (name: string, args: Operand[]): Shown => {
    switch (name) {
      case "SUM":
        // SUM skips text and booleans in ranges, as Excel does.
        return flat(args).reduce<number>((sum, v) => (typeof v === "number" ? sum + v : sum), 0);
      case "COUNTIF":
        return (Array.isArray(args[0]) ? args[0] : [args[0]]).filter((v) => v === args[1]).length;
      case "IF":
        return (args[0] as Shown) ? (args[1] as Shown) : (args[2] as Shown);
      case "TRIM":
        return String(args[0] ?? "").trim();
      default:
        throw new Error(`cannot evaluate ${name}() in =${formula}`);
    }
  };

  const primary = (): Operand => {
    const t = take();
    switch (t.kind) {
      case "number":
        return Number(t.text);
      case "string":
        return t.text;
      case "sheet":
        return reference(t.text);
      case "ref":
        i--;
        return reference(sheet);
      case "function": {
        const args: Operand[] = [];
        while (peek()?.text !== ")") {
          args.push(comparison());
          if (peek()?.text === ",") take(",");
        }
        take(")");
        return call(t.text, args);
      }
      case "op":
        if (t.text === "-") return -asNumber(primary() as Shown);
        if (t.text === "(") {
          const v = comparison();
          take(")");
          return v;
        }
    }
    throw new Error(`cannot evaluate =${formula}: unexpected ${t.text}`);
  };

  const additive = (): Operand => {
    let v = primary();
    while (peek() && ["+", "-", "*", "/"].includes(peek().text)) {
      const op = take().text;
      const [a, b] = [asNumber(v as Shown), asNumber(primary() as Shown)];
      v = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
    }
    return v;
  };

  const comparison = (): Operand => {
    const v = additive();
    if (peek()?.text !== "=") return v;
    take("=");
    return String(v ?? "") === String(additive() ?? "");
  };

  const result = comparison();
  if (i !== list.length) throw new Error(`cannot evaluate =${formula}: trailing input`);
  return result as Shown;
}
