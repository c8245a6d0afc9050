/**
 * The city workbook to a report ready for Word, with the same engine and writer as the CLI's `report`
 * command: xlsx adapter → validate and total → report model → .docx. The pane loads this module on demand,
 * so ExcelJS and docx stay out of its startup bundle.
 */
import JSZip from "jszip";
import { buildReport } from "../../core/report/build-report";
import { refreshEntries } from "../../core/report/refresh-plan";
import { validateWorkbooks } from "../../core/validate";
import { phuLucPcmd } from "../../forms";
import { HostError } from "../../taskpane/host";
import type { PreparedReport } from "../../taskpane/word/host";
import { writeReportDocx } from "../docx/write-report-docx";
import { readWorkbookSnapshot, UnreadableWorkbookError } from "../xlsx/read-workbook";
import { contentPackages } from "./ooxml";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function prepareReport(fileName: string, bytes: Uint8Array, now: Date = new Date()): Promise<PreparedReport> {
  let snapshot;
  try {
    snapshot = await readWorkbookSnapshot(bytes, fileName);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw new HostError("Không đọc được file tổng hợp", e.message);
    throw e;
  }
  const result = validateWorkbooks(phuLucPcmd, [snapshot]);
  if (result.units.length === 0) {
    throw new HostError("Không có trang phụ lục", `Không tìm thấy trang phụ lục nào (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") trong "${fileName}".`);
  }
  const model = buildReport(result, { now });
  const entries = refreshEntries(model);
  const docx = await writeReportDocx(model);
  const documentXml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
  const groups = entries.filter((e) => e.group === null).map((e) => e.tag);
  return {
    workbook: fileName,
    formId: model.meta.formId,
    period: model.meta.period,
    findings: result.findings,
    summary: result.summary,
    wards: result.wards,
    entries,
    contents: contentPackages(documentXml, groups),
    docx: toBase64(docx),
    generatedAt: model.meta.generatedAt,
  };
}
