/**
 * The pane's steps over a host: check, write the generated sheets, produce the report. Loaded lazily (it
 * pulls in the engine and the form definition), so the pane starts without them.
 */
import { phuLucPcmd } from "../forms";
import { classifySheet, isInfoSheet } from "../core/reader";
import type { WorkbookSnapshot } from "../core/snapshot";
import { validateWorkbooks, ValidationResult } from "../core/validate";
import { ExistingSheet, SheetPlacement } from "../core/workbook-plan/names";
import { planTotalsWorkbook } from "../core/workbook-plan/totals-workbook";
import { BrowserPaneHost, Delivery, ExcelPaneHost, HostError, InfoSheetWrite, PaneHost, Progress } from "./host";
import { infoSheetWrite, InfoValues } from "./info-write";

export interface Checked {
  /** Excel's open workbook, or each file open in the preview. */
  snapshots: WorkbookSnapshot[];
  result: ValidationResult;
}

export const NO_APPENDIX = new HostError(
  "Sổ tính chưa có trang phụ lục nào",
  'Không tìm thấy trang nào có dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu". Hãy nhập file của các đơn vị (nút Nhập file đơn vị) rồi kiểm tra lại.',
);

export const NO_FILES = new HostError("Chưa mở file nào", "Bấm Mở file Excel… và chọn file tổng hợp của thành phố hoặc các file .xlsx của xã, phường.");

export async function check(host: PaneHost, progress: Progress): Promise<Checked> {
  const snapshots = host.kind === "excel" ? [await host.readWorkbook(progress)] : host.files().map((f) => f.snapshot);
  if (snapshots.length === 0) throw NO_FILES;
  progress("Đang kiểm tra số liệu…");
  return { snapshots, result: validateWorkbooks(phuLucPcmd, snapshots) };
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
export async function writeTotals(host: ExcelPaneHost, progress: Progress): Promise<TotalsWritten> {
  const checked = await check(host, progress);
  if (checked.result.units.length === 0) throw NO_APPENDIX;
  const [snapshot] = checked.snapshots;
  const planned = planTotalsWorkbook(checked.result, existingSheets(snapshot));
  progress(`Đang ghi trang "${planned.placements.totals.name}" và "${planned.placements.findings.name}"…`);
  await host.writePlan(planned.plan, snapshot);
  return { ...checked, ...planned.placements };
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function outputFileName(title: string, period: string | null, extension: string): string {
  const name = period ? `${title} ${period}` : title;
  return `${name.replace(/[\\/:*?"<>|]/g, "-")}.${extension}`;
}

export function reportFileName(period: string | null): string {
  return outputFileName("Báo cáo phòng, chống mại dâm", period, "docx");
}

export interface TotalsDownloaded extends TotalsWritten {
  fileName: string;
  delivery: Delivery;
}

/** The preview's Tổng hợp: the open files through the xlsx totals writer, as `tonghop totals` writes them, offered as a download. */
export async function downloadTotals(host: BrowserPaneHost, progress: Progress): Promise<TotalsDownloaded> {
  const files = host.files();
  if (files.length === 0) throw NO_FILES;
  progress("Đang đọc các file đang mở…");
  const { buildTotalsWorkbook, loadWorkbooks } = await import("../hosts/xlsx/totals-workbook");
  const loaded = await loadWorkbooks(files.map((f) => ({ file: f.name, bytes: f.bytes })));
  const snapshots = loaded.map((l) => l.snapshot);
  const result = validateWorkbooks(phuLucPcmd, snapshots);
  if (result.units.length === 0) throw NO_APPENDIX;
  progress("Đang tạo file tổng hợp…");
  const totals = buildTotalsWorkbook(loaded, result);
  const bytes = new Uint8Array(await totals.workbook.xlsx.writeBuffer());
  const fileName = outputFileName("Tổng hợp phòng, chống mại dâm", result.period, "xlsx");
  const delivery = await host.deliverFile(bytes, fileName, XLSX_MIME);
  return { snapshots, result, ...totals.plan.placements, fileName, delivery };
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
  const snapshot = checked.snapshots.find((s) => s.sheets.some(isInfoSheet)) ?? checked.snapshots[0];
  const write = infoSheetWrite(snapshot, checked.result, values);
  progress(`Đang ghi trang "${write.sheet}"…`);
  await host.writeInfo(write);
  return write;
}
