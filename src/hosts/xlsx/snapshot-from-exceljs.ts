/** ExcelJS workbook → host-neutral snapshot (values, cached formula results, errors, formats, merges). */
import type ExcelJS from "exceljs";
import { isDateFormat } from "../../core/number-format";
import { BLANK, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

/** Excel's serial number (1900 date system) of a date as ExcelJS holds it (wall-clock time in UTC). */
function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/** The format a date is shown with when its cell has no date format of its own. */
export function dateFormatFor(d: Date): string {
  return d.getTime() % DAY_MS === 0 ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss";
}

type Scalar = ExcelJS.CellValue;

/** `emptyText`: what "" is — a formula's result "" is a value, an empty stored string shows as a blank cell. */
function scalarSnapshot(v: Scalar, emptyText: "text" | "blank"): Pick<CellSnapshot, "type" | "value"> {
  if (v === null || v === undefined) return { type: "blank", value: null };
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return v === "" && emptyText === "blank" ? { type: "blank", value: null } : { type: "text", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  if (v instanceof Date) return { type: "number", value: dateToSerial(v) };
  if (typeof v === "object") {
    if ("error" in v && v.error) return { type: "error", value: String(v.error) };
    if ("richText" in v && Array.isArray(v.richText)) {
      const text = v.richText.map((r) => r.text).join("");
      return text === "" ? { type: "blank", value: null } : { type: "text", value: text };
    }
    if ("text" in v && typeof v.text === "string") return { type: "text", value: v.text };
  }
  return { type: "text", value: String(v) };
}

export function cellSnapshot(cell: ExcelJS.Cell): CellSnapshot {
  const v = cell.value;
  let snap: CellSnapshot;
  let date: Date | null = v instanceof Date ? v : null;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const fv = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const formula = cell.formula ?? fv.formula ?? fv.sharedFormula ?? "";
    // `cell.value` drops a result of 0, FALSE or ""; `cell.result` keeps it.
    const result = cell.result as Scalar | undefined;
    if (result === undefined || result === null) {
      snap = { type: "blank", value: null, formula, noResult: true };
    } else {
      snap = { ...scalarSnapshot(result, "text"), formula };
      if (result instanceof Date) date = result;
    }
  } else {
    snap = { ...scalarSnapshot(v, "blank") };
  }
  const fmt = cell.numFmt;
  if (fmt && fmt !== "General") snap.numberFormat = fmt;
  // Core tells dates from numbers by the format alone.
  if (date && !isDateFormat(snap.numberFormat)) snap.numberFormat = dateFormatFor(date);
  return snap;
}

export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellSnapshot[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Merged slaves repeat the master's value in ExcelJS; a sheet shows them blank.
      cells[col - 1] = cell.isMerged && cell.master !== cell ? BLANK : cellSnapshot(cell);
    });
    for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = BLANK;
    rows[rowNumber - 1] = cells;
  });
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return { name: ws.name, rows, merges };
}

export function workbookSnapshot(wb: ExcelJS.Workbook, file: string | null): WorkbookSnapshot {
  return { file, sheets: wb.worksheets.map(sheetSnapshot) };
}
