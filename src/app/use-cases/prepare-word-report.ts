/**
 * Prepare the Word report: the city workbook picked in the Word pane validated, totalled and written up
 * with the same engine and writer as `tonghop report`, with each control's contents for refreshing a
 * report already in the document.
 */
import { refreshEntries } from "../../core/report/refresh-plan";
import type { FilePorts } from "../file-ports";
import { Problem, problem } from "../problems";
import type { PreparedReport } from "../word-ports";
import { checkAppendices } from "./check-workbooks";
import { buildFormReport } from "./make-report";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function prepareWordReport(ports: FilePorts, fileName: string, bytes: Uint8Array, now: Date = new Date()): Promise<PreparedReport> {
  let snapshot;
  try {
    snapshot = await ports.readWorkbook(bytes, fileName);
  } catch (e) {
    if (e instanceof Problem) throw problem("report.unreadable-totals", { reason: e.message });
    throw e;
  }
  const result = checkAppendices([snapshot]);
  const model = buildFormReport(result, { now });
  const entries = refreshEntries(model);
  const docx = await ports.reportDocx(model);
  const groups = entries.filter((e) => e.group === null).map((e) => e.tag);
  return {
    workbook: fileName,
    formId: model.meta.formId,
    period: model.meta.period,
    findings: result.findings,
    summary: result.summary,
    wards: result.wards,
    entries,
    contents: await ports.controlContents(docx, groups),
    docx: toBase64(docx),
    generatedAt: model.meta.generatedAt,
  };
}
