/** Host-neutral picture of a workbook, produced by every host adapter (Excel add-in, ExcelJS files, browser). */

export type CellType = "number" | "text" | "boolean" | "error" | "blank";

export interface CellSnapshot {
  type: CellType;
  /** number for "number", string for "text" and "error" (e.g. "#REF!"), boolean for "boolean", null for "blank". */
  value: number | string | boolean | null;
  /**
   * The formula without its leading "=", when the cell holds one; `value` is then its cached result
   * (a result of 0, FALSE or "" is a value: "" is `{ type: "text", value: "" }`).
   */
  formula?: string;
  /** A formula whose file stores no calculated result (written by a program other than Excel): `type` is "blank". */
  noResult?: true;
  numberFormat?: string;
}

export interface SheetSnapshot {
  name: string;
  /** Row-major grid starting at A1: rows[r][c] is the cell at row r+1, column c+1. Ragged rows are allowed. */
  rows: CellSnapshot[][];
  /** Merged ranges as A1 references ("A1:F1"). */
  merges?: string[];
}

export interface WorkbookSnapshot {
  /** The file name the workbook came from (base name), or null inside Excel. */
  file: string | null;
  sheets: SheetSnapshot[];
}

export const BLANK: CellSnapshot = Object.freeze({ type: "blank", value: null }) as CellSnapshot;

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot {
  return sheet.rows[row]?.[col] ?? BLANK;
}

export function rowCount(sheet: SheetSnapshot): number {
  return sheet.rows.length;
}

/** Text of a cell as a reader sees it: trimmed text, numbers in plain notation, "" for blanks. */
export function cellText(cell: CellSnapshot): string {
  if (cell.type === "blank" || cell.value === null) return "";
  return String(cell.value).trim();
}
