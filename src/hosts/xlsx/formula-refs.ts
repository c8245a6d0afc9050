/**
 * What a formula (as stored in .xlsx, without "=") reaches outside its own sheet, and a shared formula
 * moved to another cell; read token by token so that text in quotes is never taken for a reference.
 */
import { columnLetters, parseA1 } from "../../core/address";

/** Why a formula's result depends on more than its own sheet, the strongest reason first. */
export type Outside =
  | { kind: "workbook" }
  | { kind: "sheet" }
  | { kind: "name"; name: string }
  | { kind: "volatile"; fn: string };

const MAX_COL = 16384;
const MAX_ROW = 1048576;
/** Functions whose result can change on any recalculation, or that read cells the formula text does not name. */
const VOLATILE = new Set(["INDIRECT", "OFFSET", "TODAY", "NOW", "RAND", "RANDBETWEEN", "RANDARRAY", "INFO", "CELL"]);
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)/i;
const NUMBER = /^\$?\d*\.?\d*(?:E[+-]?\d+)?/i;
const WORD = /^[\p{L}_\\$][\p{L}\p{N}_.\\$]*/u;
const CELL = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i;
const COLUMN = /^(\$?)([A-Z]{1,3})$/i;
const ROW = /^(\$?)(\d+)$/;

type Kind = "string" | "quoted" | "bang" | "error" | "bracket" | "number" | "word" | "other";
interface Token {
  kind: Kind;
  text: string;
}

function quotedEnd(s: string, start: number): number {
  const quote = s[start];
  let i = start + 1;
  while (i < s.length) {
    if (s[i] !== quote) i++;
    else if (s[i + 1] === quote) i += 2;
    else return i + 1;
  }
  return s.length;
}

function bracketEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]" && --depth === 0) return i + 1;
  }
  return s.length;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const rest = formula.slice(i);
    let kind: Kind;
    let end: number;
    if (ch === '"' || ch === "'") [kind, end] = [ch === '"' ? "string" : "quoted", quotedEnd(formula, i)];
    else if (ch === "!") [kind, end] = ["bang", i + 1];
    else if (ch === "[") [kind, end] = ["bracket", bracketEnd(formula, i)];
    else if (ERROR_LITERAL.test(rest)) [kind, end] = ["error", i + ERROR_LITERAL.exec(rest)![0].length];
    // A number, or a row of "3:5"; "1E5" is a number, never column E.
    else if (/^\$?\d|^\.\d/.test(rest)) [kind, end] = ["number", i + NUMBER.exec(rest)![0].length];
    else if (WORD.test(rest)) [kind, end] = ["word", i + WORD.exec(rest)![0].length];
    else [kind, end] = ["other", i + 1];
    tokens.push({ kind, text: formula.slice(i, end) });
    i = end;
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Each side of "A:C" or "3:5". */
function besideColon(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.text === ":" || tokens[i - 1]?.text === ":";
}

function isCell(tokens: Token[], i: number): boolean {
  const m = tokens[i].kind === "word" ? CELL.exec(tokens[i].text) : null;
  return !!m && columnNumber(m[2]) <= MAX_COL && Number(m[4]) >= 1 && Number(m[4]) <= MAX_ROW && tokens[i + 1]?.text !== "(";
}

function isColumn(tokens: Token[], i: number): boolean {
  const m = tokens[i].kind === "word" ? COLUMN.exec(tokens[i].text) : null;
  return !!m && columnNumber(m[2]) <= MAX_COL && besideColon(tokens, i);
}

function isRow(tokens: Token[], i: number): boolean {
  return tokens[i].kind === "number" && ROW.test(tokens[i].text) && besideColon(tokens, i);
}

/** "[1]Sheet!A1", "[1]!Name", "'C:\dir\[x.xlsx]Sheet'!A1": a reference into another workbook. */
function isWorkbookLink(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind === "quoted") return t.text.includes("[") && tokens[i + 1]?.kind === "bang";
  if (t.kind !== "bracket") return false;
  return tokens[i + 1]?.kind === "bang" || (tokens[i + 1]?.kind === "word" && tokens[i + 2]?.kind === "bang");
}

/** What the formula reaches outside its own sheet, or null when it is self-contained. */
export function outsideReference(formula: string): Outside | null {
  const tokens = tokenize(formula);
  if (tokens.some((_, i) => isWorkbookLink(tokens, i))) return { kind: "workbook" };
  if (tokens.some((t) => t.kind === "bang")) return { kind: "sheet" };
  let volatile: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A table's structured reference ("Table1[Col]", "[@Col]") is a name of the workbook, like a defined name.
    if (t.kind === "bracket") return { kind: "name", name: tokens[i - 1]?.kind === "word" ? tokens[i - 1].text : t.text };
    if (t.kind !== "word") continue;
    if (tokens[i + 1]?.text === "(") {
      const fn = t.text.toUpperCase().replace(/^(?:_XLFN\.|_XLWS\.)+/, "");
      if (VOLATILE.has(fn)) volatile ??= fn;
    } else if (tokens[i + 1]?.kind !== "bracket") {
      const own = /^(TRUE|FALSE)$/i.test(t.text) || isCell(tokens, i) || isColumn(tokens, i);
      if (!own) return { kind: "name", name: t.text };
    }
  }
  return volatile === null ? null : { kind: "volatile", fn: volatile };
}

/**
 * A shared formula as it reads in `to`: relative references move by the offset from `from` (the cell that
 * holds the formula's text); one moved off the sheet becomes #REF!, as in Excel.
 */
export function slideFormula(formula: string, from: string, to: string): string {
  const a = parseA1(from);
  const b = parseA1(to);
  const dr = b.row - a.row;
  const dc = b.col - a.col;
  const col = (abs: string, letters: string) => {
    const n = abs ? columnNumber(letters) : columnNumber(letters) + dc;
    return n >= 1 && n <= MAX_COL ? abs + columnLetters(n - 1) : null;
  };
  const row = (abs: string, digits: string) => {
    const n = abs ? Number(digits) : Number(digits) + dr;
    return n >= 1 && n <= MAX_ROW ? abs + String(n) : null;
  };
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) => {
      let moved: string | null | undefined;
      if (isCell(tokens, i)) {
        const [, ca, c, ra, r] = CELL.exec(t.text)!;
        const [x, y] = [col(ca, c), row(ra, r)];
        moved = x !== null && y !== null ? x + y : null;
      } else if (isColumn(tokens, i)) {
        const [, ca, c] = COLUMN.exec(t.text)!;
        moved = col(ca, c);
      } else if (isRow(tokens, i)) {
        const [, ra, r] = ROW.exec(t.text)!;
        moved = row(ra, r);
      }
      return moved === undefined ? t.text : (moved ?? "#REF!");
    })
    .join("");
}
