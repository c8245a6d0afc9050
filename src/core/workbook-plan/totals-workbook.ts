/** The plan of the two generated sheets for a validation result, placed among a workbook's existing sheets. */
import { Finding } from "../findings";
import { buildTotalsTable, TotalsTable } from "../totals-table";
import { ValidationResult } from "../validate";
import { FindingLocation, buildFindingsSheet } from "./findings-sheet";
import { ExistingSheet, GENERATED_SHEET_NAMES, placeGeneratedSheet, SheetPlacement } from "./names";
import { buildTotalsSheet } from "./totals-sheet";
import { SheetPlan, SheetRole, WorkbookPlan } from "./types";

/** Where a sheet the engine read (file, sheet) is in the workbook being written; null when it is not there. */
export type OutputSheetOf = (source: { file: string | null; sheet: string }) => string | null;

export interface TotalsWorkbookPlan {
  plan: WorkbookPlan;
  table: TotalsTable;
  placements: Record<SheetRole, SheetPlacement>;
}

function locator(sheetOf: OutputSheetOf, totalsSheet: string, totalAddress: Map<string, string>) {
  return (f: Finding): FindingLocation => {
    if (f.sheet === null) {
      const address = f.indicator ? totalAddress.get(f.indicator) : undefined;
      return address
        ? { sheetLabel: totalsSheet, cell: address, link: { sheet: totalsSheet, address } }
        : { sheetLabel: "", cell: "", link: null };
    }
    const out = sheetOf({ file: f.file, sheet: f.sheet });
    const sheetLabel = out === f.sheet || !f.file ? f.sheet : `${f.sheet} (${f.file})`;
    return { sheetLabel, cell: f.cell ?? "", link: out && f.cell ? { sheet: out, address: f.cell } : null };
  };
}

/** Excel keeps at most 32.767 characters in a cell (and a note); a longer text is cut and says so. */
export const MAX_CELL_TEXT = 32767;
const CUT = "… (đã cắt bớt)";

function fit(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : text.slice(0, MAX_CELL_TEXT - CUT.length) + CUT;
}

function fitCells(plan: SheetPlan): SheetPlan {
  const cells = plan.cells.map((c) => {
    const long = (typeof c.value === "string" && c.value.length > MAX_CELL_TEXT) || (c.note !== undefined && c.note.length > MAX_CELL_TEXT);
    return long ? { ...c, value: typeof c.value === "string" ? fit(c.value) : c.value, note: c.note && fit(c.note) } : c;
  });
  return { ...plan, cells };
}

/**
 * `existing` are the sheets the workbook holds before the generated ones are added (the product's earlier
 * sheets marked `generated`); `sheetOf` maps the sheets the result was read from to their names there.
 */
export function planTotalsWorkbook(
  result: ValidationResult,
  existing: ExistingSheet[],
  sheetOf: OutputSheetOf = (s) => s.sheet,
): TotalsWorkbookPlan {
  const totalsPlace = placeGeneratedSheet(GENERATED_SHEET_NAMES.totals, existing);
  const findingsPlace = placeGeneratedSheet(GENERATED_SHEET_NAMES.findings, existing, [totalsPlace.name]);
  const table = buildTotalsTable(result);
  const unitSheets = table.units.map((u) => sheetOf({ file: u.file, sheet: u.sheet }) ?? u.sheet);
  const totals = buildTotalsSheet(result, table, { name: totalsPlace.name, unitSheets });
  const findings = buildFindingsSheet(result, {
    name: findingsPlace.name,
    locate: locator(sheetOf, totalsPlace.name, totals.totalAddress),
  });
  return {
    plan: {
      sheets: [
        { ...fitCells(totals.plan), replaces: totalsPlace.replaces },
        { ...fitCells(findings), replaces: findingsPlace.replaces },
      ],
    },
    table,
    placements: { totals: totalsPlace, findings: findingsPlace },
  };
}
