/** Reading what the pane downloads, and what `tonghop totals` / `tonghop report` write for the same files. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeReportFile, writeTotalsWorkbook } from "../helpers/cli";
import { readXlsx, sheetPicture, tempDir } from "../totals/helpers";

export async function loadXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every sheet, in order, as a user sees it. */
export function workbookPicture(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => ({ name: ws.name, ...sheetPicture(ws) }));
}

export async function documentXml(docx: Buffer): Promise<string> {
  return (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
}

/** The document's text, a line per paragraph (a figure is a run of its own, so runs are joined). */
export function documentText(xml: string): string {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** What the CLI writes for the same input files. */
export async function cliOutputs(files: string[]): Promise<{ totals: ExcelJS.Workbook; reportXml: string }> {
  const dir = tempDir();
  try {
    const totalsPath = join(dir.path, "tong-hop.xlsx");
    const reportPath = join(dir.path, "bao-cao.docx");
    await writeTotalsWorkbook(files, totalsPath);
    await writeReportFile(files, reportPath);
    return { totals: await readXlsx(totalsPath), reportXml: await documentXml(readFileSync(reportPath)) };
  } finally {
    dir.remove();
  }
}
