/** ExcelJS workbook → host-neutral snapshot (values, cached formula results, errors, formats, merges). */
import type ExcelJS from "exceljs";
import { BLANK, CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function dateToSerial(d: Date): number {
  return (d.getTime() - EXCEL_EPOCH_MS) / 86400000;
}

type Scalar = ExcelJS.CellValue;

function scalarSnapshot(v: Scalar): Pick<CellSnapshot, "type" | "value"> {
  if (v === null || v === undefined) return { type: "blank", value: null };
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return v === "" ? { type: "blank", value: null } : { type: "text", value: v };
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
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
    const fv = v as ExcelJS.CellFormulaValue & { sharedFormula?: string };
    const formula = cell.formula ?? fv.formula ?? fv.sharedFormula ?? "";
    snap = { ...scalarSnapshot(fv.result as Scalar), formula };
  } else {
    snap = { ...scalarSnapshot(v) };
  }
  const fmt = cell.numFmt;
  if (fmt && fmt !== "General") snap.numberFormat = fmt;
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
