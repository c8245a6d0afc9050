/** Write totals into the open workbook (Excel): "Tổng hợp" and "Kết quả kiểm tra" built or updated from the same plan as the CLI's file. */
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { ExistingSheet, SheetPlacement } from "../../core/workbook-plan/names";
import { planTotalsWorkbook } from "../../core/workbook-plan/totals-workbook";
import { classify } from "../form";
import { builtInRegistry, type FormRegistry } from "../forms";
import type { ExcelPaneHost, Progress } from "../ports";
import { checkAppendices, Checked } from "./check-workbooks";

export interface TotalsWritten extends Checked {
  totals: SheetPlacement;
  findings: SheetPlacement;
}

/** The workbook's sheets as the name planner sees them: the product's own ones carry its marker. */
export function existingSheets(snapshot: WorkbookSnapshot): ExistingSheet[] {
  return snapshot.sheets.map((s) => ({ name: s.name, generated: classify(s).kind === "generated" }));
}

/** The totals of the first form the workbook holds: the sheets' names leave room for one form per workbook. */
export async function writeTotalsIntoWorkbook(host: ExcelPaneHost, progress: Progress, registry: FormRegistry = builtInRegistry): Promise<TotalsWritten> {
  const snapshot = await host.readWorkbook(progress);
  progress("Đang kiểm tra số liệu…");
  const result = checkAppendices([snapshot], null, registry);
  const planned = planTotalsWorkbook(result, existingSheets(snapshot));
  progress(`Đang ghi trang "${planned.placements.totals.name}" và "${planned.placements.findings.name}"…`);
  await host.writePlan(planned.plan, snapshot);
  return { snapshots: [snapshot], result, ...planned.placements };
}
