/**
 * The pane's steps over a host: check, write the generated sheets, produce the report. Loaded lazily (it
 * pulls in the engine and the form definition), so the pane starts without them.
 */
import { phuLucPcmd } from "../forms";
import { classifySheet } from "../core/reader";
import type { WorkbookSnapshot } from "../core/snapshot";
import { validateWorkbooks, ValidationResult } from "../core/validate";
import { ExistingSheet, SheetPlacement } from "../core/workbook-plan/names";
import { planTotalsWorkbook } from "../core/workbook-plan/totals-workbook";
import { Delivery, HostError, InfoSheetWrite, PaneHost, Progress } from "./host";
import { infoSheetWrite, InfoValues } from "./info-write";

export interface Checked {
  snapshot: WorkbookSnapshot;
  result: ValidationResult;
}

export const NO_APPENDIX = new HostError(
  "Sổ tính chưa có trang phụ lục nào",
  'Không tìm thấy trang nào có dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu". Hãy nhập file của các đơn vị (nút Nhập file đơn vị) rồi kiểm tra lại.',
);

export async function check(host: PaneHost, progress: Progress): Promise<Checked> {
  const snapshot = await host.readWorkbook(progress);
  progress("Đang kiểm tra số liệu…");
  return { snapshot, result: validateWorkbooks(phuLucPcmd, [snapshot]) };
}

/** The workbook's sheets as the name planner sees them: the product's own ones carry its marker. */
export function existingSheets(snapshot: WorkbookSnapshot): ExistingSheet[] {
  const codes = new Set(phuLucPcmd.indicators.map((i) => i.code));
  return snapshot.sheets.map((s) => ({ name: s.name, generated: classifySheet(s, codes).kind === "generated" }));
}

export interface TotalsWritten extends Checked {
  totals: SheetPlacement;
  findings: SheetPlacement;
}

/** Reads, checks, then builds or updates "Tổng hợp" and "Kết quả kiểm tra" from the same plan as the CLI. */
export async function writeTotals(host: PaneHost, progress: Progress): Promise<TotalsWritten> {
  const checked = await check(host, progress);
  if (checked.result.units.length === 0) throw NO_APPENDIX;
  const planned = planTotalsWorkbook(checked.result, existingSheets(checked.snapshot));
  progress(`Đang ghi trang "${planned.placements.totals.name}" và "${planned.placements.findings.name}"…`);
  await host.writePlan(planned.plan, checked.snapshot);
  return { ...checked, ...planned.placements };
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function reportFileName(period: string | null): string {
  const name = `Báo cáo phòng, chống mại dâm${period ? ` ${period}` : ""}`.replace(/[\\/:*?"<>|]/g, "-");
  return `${name}.docx`;
}

export interface ReportMade extends Checked {
  delivery: Delivery;
}

/** The narrative report from the open workbook, with the CLI's generator, offered as a download. */
export async function makeReport(host: PaneHost, progress: Progress): Promise<ReportMade> {
  const checked = await check(host, progress);
  if (checked.result.units.length === 0) throw NO_APPENDIX;
  progress("Đang viết báo cáo…");
  const [{ buildReport }, { writeReportDocx }] = await Promise.all([
    import("../core/report/build-report"),
    import("../hosts/docx/write-report-docx"),
  ]);
  const bytes = await writeReportDocx(buildReport(checked.result));
  const delivery = await host.deliverFile(bytes, reportFileName(checked.result.period), DOCX_MIME);
  return { ...checked, delivery };
}

/** Writes the edited report fields into "Thông tin báo cáo", creating the sheet (with the unit list) if missing. */
export async function saveInfo(host: PaneHost, values: InfoValues, progress: Progress): Promise<InfoSheetWrite> {
  const checked = await check(host, progress);
  const write = infoSheetWrite(checked.snapshot, checked.result, values);
  progress(`Đang ghi trang "${write.sheet}"…`);
  await host.writeInfo(write);
  return write;
}
