/** Copying a worksheet between ExcelJS workbooks: values, formulas, styles, notes, merges, sizes, page setup. */
import type ExcelJS from "exceljs";

/** Worksheet members ExcelJS has at runtime but leaves out of its typings. */
interface WorksheetExtras {
  dataValidations: { model: unknown };
  conditionalFormattings: unknown[];
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

function copiedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value as { sharedFormula?: string; shareType?: string } | null;
  // Cells of a shared formula refer to its first cell by index; written as plain formulas each stands alone.
  if (v && typeof v === "object" && (v.sharedFormula !== undefined || v.shareType === "shared")) {
    return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  }
  return clone(cell.value);
}

export function copyWorksheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  to.properties = { ...to.properties, ...clone(from.properties) };
  to.pageSetup = clone(from.pageSetup);
  to.headerFooter = clone(from.headerFooter);
  // Several sheets "selected" would open grouped, and a typed value would land on all of them.
  to.views = clone(from.views ?? []).map((view) => Object.assign(view, { tabSelected: false }));
  (from.columns ?? []).forEach((col, i) => {
    const target = to.getColumn(i + 1);
    if (col.width !== undefined) target.width = col.width;
    if (col.hidden) target.hidden = true;
    if (col.outlineLevel) target.outlineLevel = col.outlineLevel;
    if (col.style && Object.keys(col.style).length > 0) target.style = clone(col.style);
  });
  from.eachRow({ includeEmpty: true }, (row, r) => {
    const target = to.getRow(r);
    if (row.height !== undefined) target.height = row.height;
    if (row.hidden) target.hidden = true;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const t = target.getCell(c);
      // Merged cells other than the top-left one repeat its value in ExcelJS; the merge restores them.
      if (!(cell.isMerged && cell.master !== cell)) t.value = copiedValue(cell);
      t.style = clone(cell.style);
      if (cell.note) t.note = clone(cell.note);
    });
  });
  for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCellsWithoutStyle(range);
  const [src, dst] = [from, to] as unknown as WorksheetExtras[];
  dst.dataValidations.model = clone(src.dataValidations.model);
  dst.conditionalFormattings = clone(src.conditionalFormattings);
  if (from.autoFilter) to.autoFilter = clone(from.autoFilter);
}
