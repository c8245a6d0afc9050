/**
 * Formulas that would read something else once their sheet sits in another workbook are written as the
 * value they had, with a note saying so: the figure the engine read stays the figure a recalculation shows.
 */
import type ExcelJS from "exceljs";
import { parseA1 } from "../../core/address";
import { formatNumber } from "../../core/numbers";
import { CellSnapshot, SheetSnapshot } from "../../core/snapshot";
import { Outside, outsideReference, slideFormula } from "./formula-refs";

type Result = Exclude<ExcelJS.CellFormulaValue["result"], undefined>;

interface FormulaValue {
  formula?: string;
  sharedFormula?: string;
  result?: Result;
  shareType?: string;
  ref?: string;
}

export interface CellFormula {
  /** The formula as it reads in this cell (a shared formula's moved to it). */
  formula: string;
  /** The cached result; undefined when the file stores none. */
  result: Result | undefined;
  /** An array formula's range. */
  arrayRef?: string;
}

function formulaValueOf(cell: ExcelJS.Cell): FormulaValue | null {
  const v = cell.value as FormulaValue | null;
  return v && typeof v === "object" && (v.formula !== undefined || v.sharedFormula !== undefined) ? v : null;
}

/**
 * A cell's formula and cached result (`cell.value` drops a result of 0 or FALSE; `cell.result` keeps it).
 * ExcelJS reads a "" result as none; the snapshot, read from the sheet's XML, tells them apart.
 */
export function cellFormula(cell: ExcelJS.Cell, snap?: CellSnapshot): CellFormula | null {
  const v = formulaValueOf(cell);
  if (!v) return null;
  let formula = v.formula;
  if (formula === undefined) {
    const at = parseA1(v.sharedFormula!);
    // findCell, unlike getCell, adds no cell to the workbook read.
    const master = cell.worksheet.findCell(at.row + 1, at.col + 1);
    const text = master && formulaValueOf(master)?.formula;
    formula = master && text !== undefined ? slideFormula(text, master.address, cell.address) : cell.formula;
  }
  const cached = cell.result as Result | undefined;
  const result = cached ?? (snap?.type === "text" && snap.value === "" ? "" : undefined);
  return { formula, result, ...(v.shareType === "array" && v.ref ? { arrayRef: v.ref } : {}) };
}

function shown(value: Result): string {
  if (typeof value === "number") return formatNumber(value, 15);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value === "" ? '"" (ô trống)' : `"${value}"`;
  if (value instanceof Date) {
    const p = (n: number) => String(n).padStart(2, "0");
    const day = `${p(value.getUTCDate())}/${p(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    const time = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
    return time ? `${day} ${p(value.getUTCHours())}:${p(value.getUTCMinutes())}:${p(value.getUTCSeconds())}` : day;
  }
  return String((value as ExcelJS.CellErrorValue).error);
}

function reason(outside: Outside): string {
  switch (outside.kind) {
    case "workbook":
      return "lấy số liệu từ sổ tính khác";
    case "sheet":
      return "lấy số liệu từ trang khác";
    case "name":
      return `dùng tên "${outside.name}" đặt trong sổ tính`;
    case "volatile":
      return `dùng hàm ${outside.fn}, kết quả có thể đổi mỗi lần tính lại`;
  }
}

/** Where the formula was: a ward's file copied in, or the workbook the totals extend. */
export type Origin = "unit" | "base";

export function freezeNote(origin: Origin, formula: string, outside: Outside, value: Result): string {
  const where = origin === "unit" ? "trong file của đơn vị" : "trong file gốc";
  return (
    `Tổng hợp: ${where} ô này là công thức =${formula} (${reason(outside)}); ` +
    `đã ghi giá trị ${shown(value)} để số liệu không đổi khi Excel tính lại.`
  );
}

export function appendNote(note: ExcelJS.Cell["note"] | undefined, text: string): ExcelJS.Cell["note"] {
  if (!note) return text;
  if (typeof note === "string") return `${note}\n${text}`;
  return { ...note, texts: [...(note.texts ?? []), { text: `\n${text}` }] };
}

export interface CellContent {
  value: ExcelJS.CellValue;
  /** Set when the formula was frozen: the cell's note with the explanation appended. */
  note?: ExcelJS.Cell["note"];
}

/**
 * What a cell becomes in another workbook: a formula that reads only its own sheet stays a formula (each
 * cell of a shared formula on its own), one that reads more is frozen when `freeze` says so. A formula
 * without a stored result stays as it is: the engine refused its value and no total uses the cell.
 */
export function placedCell(
  cell: ExcelJS.Cell,
  origin: Origin,
  freeze: (outside: Outside) => boolean,
  snap?: CellSnapshot,
): CellContent | null {
  const f = cellFormula(cell, snap);
  if (!f) return null;
  const outside = outsideReference(f.formula);
  if (outside && freeze(outside) && f.result !== undefined) {
    const note = appendNote(cell.note, freezeNote(origin, f.formula, outside, f.result));
    return { value: f.result as ExcelJS.CellValue, note };
  }
  const array = f.arrayRef ? { shareType: "array", ref: f.arrayRef } : {};
  return { value: { formula: f.formula, result: f.result, ...array } as ExcelJS.CellFormulaValue };
}

export function snapshotCell(sheet: SheetSnapshot | undefined, cell: ExcelJS.Cell): CellSnapshot | undefined {
  return sheet?.rows[Number(cell.row) - 1]?.[Number(cell.col) - 1];
}

/** In the workbook the totals extend: formulas on other workbooks (links ExcelJS does not carry) become values. */
export function freezeWorkbookLinks(ws: ExcelJS.Worksheet, sheet?: SheetSnapshot): void {
  const placed: [ExcelJS.Cell, CellContent][] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      // A merged cell other than the top-left one shows that one's value in ExcelJS.
      if (cell.isMerged && cell.master !== cell) return;
      const p = placedCell(cell, "base", (o) => o.kind === "workbook", snapshotCell(sheet, cell));
      if (p) placed.push([cell, p]);
    }),
  );
  // All read before any is written: a shared formula's cells read their text from its first cell, and
  // once that one is a value the others must stand alone.
  const frozen = new Set(placed.filter(([, p]) => p.note).map(([cell]) => cell.address));
  for (const [cell, { value, note }] of placed) {
    const master = formulaValueOf(cell)?.sharedFormula;
    if (note || (master !== undefined && frozen.has(master))) cell.value = value;
    if (note) cell.note = note;
  }
}
