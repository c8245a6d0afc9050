/**
 * The file adapters the use cases need (app/file-ports.ts) over ExcelJS, docx and JSZip. Each library loads
 * on a method's first call, so a pane given this module still starts without them.
 */
import type { FilePorts } from "../app/file-ports";
import type { LoadedWorkbook } from "./xlsx/totals-workbook";

/** The reader's refusal as the catalogue problem it carries. */
async function reading<T>(read: () => Promise<T>): Promise<T> {
  const { UnreadableWorkbookError } = await import("./xlsx/read-workbook");
  try {
    return await read();
  } catch (e) {
    throw e instanceof UnreadableWorkbookError ? e.problem : e;
  }
}

export const filePorts: FilePorts = {
  async readWorkbook(bytes, file) {
    const { readWorkbookSnapshot } = await import("./xlsx/read-workbook");
    return reading(() => readWorkbookSnapshot(bytes, file));
  },
  async loadWorkbooks(inputs) {
    const { loadWorkbooks } = await import("./xlsx/totals-workbook");
    return reading(() => loadWorkbooks(inputs));
  },
  /** `loaded` are this adapter's own, from loadWorkbooks, with their ExcelJS workbooks. */
  async totalsWorkbook(loaded: LoadedWorkbook[], result) {
    const { buildTotalsWorkbook } = await import("./xlsx/totals-workbook");
    const { workbook, ...totals } = buildTotalsWorkbook(loaded, result);
    return { ...totals, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
  },
  async reportDocx(model) {
    return (await import("./docx/write-report-docx")).writeReportDocx(model);
  },
  async templateWorkbook(sheet) {
    return (await import("./xlsx/template-workbook")).templateWorkbook(sheet);
  },
  async unitSheetFile(bytes, file, sheet) {
    return (await import("./xlsx/unit-sheet-file")).unitSheetFile(bytes, file, sheet);
  },
  async controlContents(docx, tags) {
    const [{ default: JSZip }, { contentPackages }] = await Promise.all([import("jszip"), import("./word/ooxml")]);
    const documentXml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    return contentPackages(documentXml, tags);
  },
};
