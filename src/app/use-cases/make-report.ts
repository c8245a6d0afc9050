/** Make the report .docx: the narrative report of a check's result — `tonghop report`, and the pane's Báo cáo. */
import { buildReport, ReportOptions } from "../../core/report/build-report";
import type { ReportModel } from "../../core/report/model";
import type { ValidationResult } from "../../core/validate";
import { DOCX_MIME, outputFileName, type FilePorts } from "../file-ports";
import type { Delivery, PaneHost, Progress } from "../ports";
import { checkOpenWorkbooks, Checked } from "./check-workbooks";

export interface ReportFile {
  model: ReportModel;
  bytes: Uint8Array;
}

export async function makeReportFile(ports: FilePorts, result: ValidationResult, options: ReportOptions = {}): Promise<ReportFile> {
  const model = buildReport(result, options);
  return { model, bytes: await ports.reportDocx(model) };
}

export function reportFileName(period: string | null): string {
  return outputFileName("Báo cáo phòng, chống mại dâm", period, "docx");
}

export interface ReportMade extends Checked {
  delivery: Delivery;
}

/** The report from what the pane works on, offered as a download. */
export async function downloadReport(ports: FilePorts, host: PaneHost, progress: Progress): Promise<ReportMade> {
  const checked = await checkOpenWorkbooks(host, progress, "appendix");
  progress("Đang viết báo cáo…");
  const { bytes } = await makeReportFile(ports, checked.result);
  const delivery = await host.deliverFile(bytes, reportFileName(checked.result.period), DOCX_MIME);
  return { ...checked, delivery };
}
