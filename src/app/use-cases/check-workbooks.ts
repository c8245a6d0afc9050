/**
 * Check workbooks: the snapshots validated against the forms in use, with the units a city workbook's info
 * sheet lists (the CLI's `--units`). Each form the sheets hold is checked on its own; a step that needs
 * figures refuses workbooks without an appendix sheet of any form.
 */
import { formsIn } from "../../core/form-match";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { validateWorkbooks, type ValidationResult } from "../../core/validate";
import { builtInRegistry, findForm, type FormRegistry } from "../forms";
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

/**
 * One result per form the workbooks hold, in the registry's order. Workbooks holding none get the
 * registry's first form, whose result says what was found instead (sheets without a header, of an unknown form).
 */
export function checkEachForm(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null, registry: FormRegistry = builtInRegistry): ValidationResult[] {
  if (snapshots.length === 0) throw problem("workbook.no-files");
  const present = formsIn(registry.forms, snapshots);
  const forms = present.length > 0 ? present : [findForm(registry)!];
  return forms.map((form) => validateWorkbooks(form, snapshots, { unitList, forms: registry.forms }));
}

/** checkEachForm, refusing workbooks of which no sheet is an appendix. */
export function checkEachAppendix(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null, registry: FormRegistry = builtInRegistry): ValidationResult[] {
  const results = checkEachForm(snapshots, unitList, registry);
  if (results.every((r) => r.units.length === 0)) {
    // A sheet that looks like an appendix but lost its header, or is of a form not given, says so.
    const unread = results[0].findings
      .filter((f) => f.code === "structure.no-header" || f.code === "structure.unknown-form")
      .map((f) => (snapshots.length > 1 && f.file ? `${f.file} › ${f.message}` : f.message));
    const files = snapshots.flatMap((s) => (s.file === null ? [] : [s.file]));
    throw problem("workbook.no-appendix", { files, unread });
  }
  return results;
}

/** The check of a front that shows one form: the first form the workbooks hold. */
export function checkWorkbooks(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null, registry: FormRegistry = builtInRegistry): ValidationResult {
  return checkEachForm(snapshots, unitList, registry)[0];
}

/** checkWorkbooks, refusing workbooks of which no sheet is an appendix. */
export function checkAppendices(snapshots: WorkbookSnapshot[], unitList: UnitList | null = null, registry: FormRegistry = builtInRegistry): ValidationResult {
  return checkEachAppendix(snapshots, unitList, registry)[0];
}

/** The pane's check of what it works on: Excel's open workbook, or the files open in the preview. */
export async function checkOpenWorkbooks(
  host: PaneHost,
  progress: Progress,
  needs: "any" | "appendix" = "any",
  registry: FormRegistry = builtInRegistry,
): Promise<Checked> {
  const snapshots = can(host, "writesInPlace") ? [await host.readWorkbook(progress)] : host.files().map((f) => f.snapshot);
  if (snapshots.length === 0) throw problem("workbook.no-files");
  progress("Đang kiểm tra số liệu…");
  return { snapshots, result: needs === "appendix" ? checkAppendices(snapshots, null, registry) : checkWorkbooks(snapshots, null, registry) };
}
