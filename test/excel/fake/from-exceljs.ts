/**
 * Fills the fake with what ExcelJS reads from an .xlsx: the workbook Excel would show for the same file
 * (merged cells other than the top-left are empty; formula cells hold their cached result).
 */
import ExcelJS from "exceljs";
import { ensureCell, FakeSheet, FakeWorkbook, Fill, NO_FILL, ValueType } from "./state";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function scalar(v: unknown): { value: string | number | boolean; type: ValueType } {
  if (v === null || v === undefined) return { value: "", type: "String" };
  if (typeof v === "number") return { value: v, type: "Double" };
  if (typeof v === "boolean") return { value: v, type: "Boolean" };
  if (typeof v === "string") return { value: v, type: "String" };
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH_MS) / 86400000, type: "Double" };
  const o = v as { error?: string; richText?: { text: string }[]; text?: string };
  if (o.error) return { value: o.error, type: "Error" };
  if (o.richText) return { value: o.richText.map((r) => r.text).join(""), type: "String" };
  if (typeof o.text === "string") return { value: o.text, type: "String" };
  return { value: String(v), type: "String" };
}

function fillOf(cell: ExcelJS.Cell): Fill {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  const argb = f?.type === "pattern" && f.pattern === "solid" ? f.fgColor?.argb : undefined;
  return argb ? { pattern: "Solid", color: `#${argb.slice(2)}`, patternColor: "#000000" } : { ...NO_FILL };
}

function noteText(note: ExcelJS.Cell["note"]): string | null {
  if (!note) return null;
  if (typeof note === "string") return note;
  return note.texts?.map((t) => t.text).join("") ?? null;
}

export function sheetFromExcelJS(wb: FakeWorkbook, ws: ExcelJS.Worksheet): FakeSheet {
  const sheet = wb.newSheet(ws.name);
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const isSlave = cell.isMerged && cell.master !== cell;
      const fill = fillOf(cell);
      const note = noteText(cell.note);
      if (note) sheet.notes.set(cell.address, note);
      if (isSlave || cell.value === null || cell.value === undefined) {
        if (fill.pattern !== "None") ensureCell(sheet, r - 1, c - 1).fill = fill;
        return;
      }
      const v = cell.value as unknown;
      const isFormula = typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
      const target = ensureCell(sheet, r - 1, c - 1);
      // `cell.value` of a formula drops a cached 0 or FALSE; `cell.result` keeps it.
      Object.assign(target, isFormula ? scalar(cell.result) : scalar(v));
      target.formula = isFormula ? `=${cell.formula}` : null;
      target.numberFormat = cell.numFmt || "General";
      target.fill = fill;
    });
  });
  sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return sheet;
}

export function loadFake(wb: FakeWorkbook, book: ExcelJS.Workbook): FakeWorkbook {
  for (const ws of book.worksheets) wb.addSheet(sheetFromExcelJS(wb, ws));
  return wb;
}
