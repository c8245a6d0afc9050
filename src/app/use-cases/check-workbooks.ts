/**
 * Check workbooks: the snapshots validated against the form, with the units a city workbook's info sheet
 * lists (the CLI's `--units`). A step that needs figures refuses workbooks without an appendix sheet.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { validateWorkbooks, type ValidationResult } from "../../core/validate";
import { form } from "../form";
import { can, type PaneHost, type Progress } from "../ports";
import { problem } from "../problems";

export type { ValidationResult };

/** The units to expect: the info sheet of the workbook `file`. */
export interface UnitList {
  file: string;
  sheet: SheetSnapshot;
}

export interface Checked {
  /** Excel's open workbook, or each file open in the preview. */
  snapshots: WorkbookSnapshot[];
  result: ValidationResult;
}

export function checkWorkbooks(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null): ValidationResult {
  if (snapshots.length === 0) throw problem("workbook.no-files");
  return validateWorkbooks(form, snapshots, { unitList });
}

/** checkWorkbooks, refusing workbooks of which no sheet is an appendix. */
export function checkAppendices(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null): ValidationResult {
  const result = checkWorkbooks(snapshots, unitList);
  if (result.units.length === 0) {
    // A sheet that looks like an appendix but lost its header says so.
    const noHeader = result.findings.filter((f) => f.code === "structure.no-header").map((f) => f.message);
    const files = snapshots.flatMap((s) => (s.file === null ? [] : [s.file]));
    throw problem("workbook.no-appendix", { files, noHeader });
  }
  return result;
}

/** The pane's check of what it works on: Excel's open workbook, or the files open in the preview. */
export async function checkOpenWorkbooks(host: PaneHost, progress: Progress, needs: "any" | "appendix" = "any"): Promise<Checked> {
  const snapshots = can(host, "writesInPlace") ? [await host.readWorkbook(progress)] : host.files().map((f) => f.snapshot);
  if (snapshots.length === 0) throw problem("workbook.no-files");
  progress("Đang kiểm tra số liệu…");
  return { snapshots, result: needs === "appendix" ? checkAppendices(snapshots) : checkWorkbooks(snapshots) };
}
