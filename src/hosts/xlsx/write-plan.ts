/** Translates a neutral SheetLayout or SheetPlan onto an ExcelJS worksheet; no layout decisions are made here. */
import type ExcelJS from "exceljs";
import { sheetRef } from "../../core/address";
import { CellValidation, PlanCell, SheetLayout, SheetPlan } from "../../core/workbook-plan/types";

const A4 = 9;
const THIN: ExcelJS.Border = { style: "thin", color: { argb: "FF808080" } };

function argb(rgb: string): string {
  return "FF" + rgb.toUpperCase();
}

function textFormula(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function cellValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell.link) {
    // ExcelJS writes internal hyperlinks as broken external ones; HYPERLINK("#…") jumps in Excel and Calc alike.
    const target = `#${sheetRef(cell.link.sheet)}!${cell.link.address}`;
    const shown = String(cell.value ?? cell.link.address);
    return { formula: `HYPERLINK(${textFormula(target)},${textFormula(shown)})`, result: shown } as ExcelJS.CellFormulaValue;
  }
  if (cell.formula !== undefined) {
    return { formula: cell.formula, result: cell.value ?? undefined } as ExcelJS.CellFormulaValue;
  }
  return cell.value ?? null;
}

function dataValidation(v: CellValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.error.title,
    error: v.error.text,
  };
  if (v.type === "list") return { type: "list", formulae: [`"${(v.list ?? []).join(",")}"`], ...messages };
  return v.max === undefined
    ? { type: v.type, operator: "greaterThanOrEqual", formulae: [v.min ?? 0], ...messages }
    : { type: v.type, operator: "between", formulae: [v.min ?? 0, v.max], ...messages };
}

function writeCell(ws: ExcelJS.Worksheet, cell: PlanCell, font: SheetLayout["font"]): void {
  const c = ws.getCell(cell.address);
  c.value = cellValue(cell);
  c.font = {
    name: font?.name,
    size: cell.fontSize ?? font?.size,
    bold: cell.bold,
    italic: cell.italic,
    underline: cell.underline,
    color: cell.fontColor ? { argb: argb(cell.fontColor) } : undefined,
  };
  if (cell.numberFormat) c.numFmt = cell.numberFormat;
  if (cell.fill) c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(cell.fill) } };
  if (cell.horizontal || cell.vertical || cell.wrap) {
    c.alignment = { horizontal: cell.horizontal, vertical: cell.vertical, wrapText: cell.wrap };
  }
  if (cell.border) c.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (cell.note) c.note = cell.note;
  if (cell.validation) c.dataValidation = dataValidation(cell.validation);
  if (cell.unlocked) c.protection = { locked: false };
}

export function writeSheetLayout(ws: ExcelJS.Worksheet, plan: SheetLayout): void {
  for (const cell of plan.cells) writeCell(ws, cell, plan.font);
  for (const range of plan.merges) ws.mergeCells(range);
  for (const { col, width } of plan.columnWidths) ws.getColumn(col + 1).width = width;
  for (const col of plan.hiddenColumns) ws.getColumn(col + 1).hidden = true;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  if (plan.frozen) {
    ws.views = [{ state: "frozen", xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }];
  }
  if (plan.autoFilter) ws.autoFilter = plan.autoFilter;
  const { page } = plan;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: page.orientation,
    fitToPage: page.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(page.margins ? { margins: { ...page.margins, header: 0.2, footer: 0.2 } } : {}),
    ...(page.repeatRows ? { printTitlesRow: `${page.repeatRows.first + 1}:${page.repeatRows.last + 1}` } : {}),
  };
  if (plan.protected) {
    // Without a password ExcelJS protects the sheet at once: its promise only waits for hashing one.
    void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

export function writeSheetPlan(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  writeSheetLayout(ws, plan);
  ws.getCell(plan.markerAddress).value = plan.marker;
}
