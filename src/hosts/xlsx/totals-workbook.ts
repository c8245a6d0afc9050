/**
 * The city totals workbook with ExcelJS: the inputs' sheets unchanged plus the generated `Tổng hợp` and
 * `Kết quả kiểm tra` sheets, laid out by the core plan.
 */
import ExcelJS from "exceljs";
import type { CopiedSheet } from "../../app/file-ports";
import { isInfoSheet } from "../../core/reader";
import { WorkbookSnapshot } from "../../core/snapshot";
import { ValidationResult } from "../../core/validate";
import { ExistingSheet, unitSheetName } from "../../core/workbook-plan/names";
import { planTotalsWorkbook, TotalsWorkbookPlan } from "../../core/workbook-plan/totals-workbook";
import { copyWorksheet } from "./copy-sheet";
import { freezeWorkbookLinks } from "./frozen-formulas";
import { loadWorkbook } from "./read-workbook";
import { workbookSnapshot } from "./snapshot-from-exceljs";
import { writeSheetPlan } from "./write-plan";

export interface LoadedWorkbook {
  /** The file name the engine reports (base name). */
  file: string;
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

export interface TotalsWorkbook {
  workbook: ExcelJS.Workbook;
  plan: TotalsWorkbookPlan;
  /** The input file whose workbook the output extends, or null when it was assembled from ward files. */
  base: string | null;
  /** Unit sheets copied in from the other input files, under their new names. */
  copied: CopiedSheet[];
}

export async function loadWorkbooks(inputs: { file: string; bytes: Uint8Array }[]): Promise<LoadedWorkbook[]> {
  const out: LoadedWorkbook[] = [];
  for (const { file, bytes } of inputs) {
    const workbook = await loadWorkbook(bytes, file);
    out.push({ file, workbook, snapshot: workbookSnapshot(workbook, file) });
  }
  return out;
}

/** The city's workbook (the one holding the info sheet), or the only input; other inputs' units are copied in. */
function baseOf(loaded: LoadedWorkbook[]): LoadedWorkbook | null {
  return loaded.find((l) => l.snapshot.sheets.some(isInfoSheet)) ?? (loaded.length === 1 ? loaded[0] : null);
}

/** ExcelJS orders sheets by this runtime member, absent from its typings. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

const sourceKey = (file: string | null, sheet: string) => `${file ?? ""}\u0000${sheet}`;

const sheetOf = (loaded: LoadedWorkbook, name: string) => loaded.snapshot.sheets.find((s) => s.name === name);

export function buildTotalsWorkbook(loaded: LoadedWorkbook[], result: ValidationResult): TotalsWorkbook {
  const base = baseOf(loaded);
  const workbook = base?.workbook ?? new ExcelJS.Workbook();
  if (base) for (const ws of workbook.worksheets) freezeWorkbookLinks(ws, sheetOf(base, ws.name));
  const generated = new Set(
    result.ignored.filter((i) => i.reason === "generated" && i.file === base?.file).map((i) => i.sheet),
  );
  const existing: ExistingSheet[] = workbook.worksheets.map((ws) => ({ name: ws.name, generated: generated.has(ws.name) }));

  const copied: CopiedSheet[] = [];
  const copiedNames = new Map<string, string>();
  for (const unit of result.units) {
    if (base && unit.file === base.file) continue;
    const source = loaded.find((l) => l.file === unit.file);
    const from = source?.workbook.getWorksheet(unit.sheet);
    if (!source || !from || !unit.file) continue;
    const name = unitSheetName(unit.name, workbook.worksheets.map((ws) => ws.name));
    copyWorksheet(from, workbook.addWorksheet(name), sheetOf(source, unit.sheet));
    existing.push({ name, generated: false });
    copiedNames.set(sourceKey(unit.file, unit.sheet), name);
    copied.push({ unit: unit.name, from: { file: unit.file, sheet: unit.sheet }, name });
  }

  const plan = planTotalsWorkbook(result, existing, ({ file, sheet }) => {
    if (base && (file === base.file || file === null) && base.workbook.getWorksheet(sheet)) return sheet;
    return copiedNames.get(sourceKey(file, sheet)) ?? null;
  });

  for (const sheetPlan of plan.plan.sheets) {
    const replaced = (sheetPlan.replaces ?? []).map((name) => workbook.getWorksheet(name) as Ordered).filter(Boolean);
    // The regenerated sheet takes the place of the one it replaces, wherever the user moved it.
    const orderNo = replaced.length > 0 ? Math.min(...replaced.map((ws) => ws.orderNo)) : null;
    for (const ws of replaced) workbook.removeWorksheet(ws.id);
    const ws = workbook.addWorksheet(sheetPlan.name) as Ordered;
    if (orderNo !== null) ws.orderNo = orderNo;
    writeSheetPlan(ws, sheetPlan);
  }
  return { workbook, plan, base: base?.file ?? null, copied };
}
