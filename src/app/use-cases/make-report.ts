/** Make the report .docx: the narrative report of a check's result — `tonghop report`, and the pane's Báo cáo. */
import { buildReport, ReportOptions } from "../../core/report/build-report";
import type { ReportModel } from "../../core/report/model";
import type { ValidationResult } from "../../core/validate";
import { DOCX_MIME, outputFileName, type FilePorts } from "../file-ports";
import { narrativeOf } from "../form";
import { builtInRegistry, type FormRegistry } from "../forms";
import type { Delivery, PaneHost, Progress } from "../ports";
import { checkOpenWorkbooks, Checked } from "./check-workbooks";

export interface ReportFile {
  model: ReportModel;
  bytes: Uint8Array;
}

/** The report in the wording of the result's form: its own (src/forms/narratives.ts), else the general one. */
export function buildFormReport(result: ValidationResult, options: ReportOptions = {}): ReportModel {
  return buildReport(result, { ...options, narrative: options.narrative ?? narrativeOf(result.form) });
}

export async function makeReportFile(ports: FilePorts, result: ValidationResult, options: ReportOptions = {}): Promise<ReportFile> {
  const model = buildFormReport(result, options);
  return { model, bytes: await ports.reportDocx(model) };
}

/** "Báo cáo công tác phòng, chống mại dâm 6 tháng đầu năm 2023.docx": the form's subject and the period. */
export function reportFileName(result: { form: { subject: string }; period: string | null }): string {
  return outputFileName(`Báo cáo ${result.form.subject}`, result.period, "docx");
}

export interface ReportMade extends Checked {
  delivery: Delivery;
}

/** The report from what the pane works on, offered as a download. */
export async function downloadReport(ports: FilePorts, host: PaneHost, progress: Progress, registry: FormRegistry = builtInRegistry): Promise<ReportMade> {
  const checked = await checkOpenWorkbooks(host, progress, "appendix", registry);
  progress("Đang viết báo cáo…");
  const { bytes } = await makeReportFile(ports, checked.result);
  const delivery = await host.deliverFile(bytes, reportFileName(checked.result), DOCX_MIME);
  return { ...checked, delivery };
}
