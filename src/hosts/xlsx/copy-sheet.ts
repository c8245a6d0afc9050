/**
 * Copying a worksheet between ExcelJS workbooks: values, formulas, styles, notes, merges, sizes, page setup.
 * Away from its workbook, a formula reading other sheets, workbooks or names is written as its cached value.
 */
import type ExcelJS from "exceljs";
import { SheetSnapshot } from "../../core/snapshot";
import { placedCell, snapshotCell } from "./frozen-formulas";

/** Worksheet members ExcelJS has at runtime but leaves out of its typings. */
interface WorksheetExtras {
  dataValidations: { model: unknown };
  conditionalFormattings: unknown[];
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}

/** `snapshot` is the engine's reading of `from`, which tells a formula's "" result from a missing one. */
export function copyWorksheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet, snapshot?: SheetSnapshot): void {
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
      const slave = cell.isMerged && cell.master !== cell;
      const placed = slave ? null : placedCell(cell, "unit", () => true, snapshotCell(snapshot, cell));
      if (!slave) t.value = placed ? placed.value : clone(cell.value);
      t.style = clone(cell.style);
      const note = placed?.note ?? cell.note;
      if (note) t.note = clone(note);
    });
  });
  for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCellsWithoutStyle(range);
  const [src, dst] = [from, to] as unknown as WorksheetExtras[];
  dst.dataValidations.model = clone(src.dataValidations.model);
  dst.conditionalFormattings = clone(src.conditionalFormattings);
  if (from.autoFilter) to.autoFilter = clone(from.autoFilter);
}
