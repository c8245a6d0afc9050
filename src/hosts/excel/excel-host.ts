/** The task pane's host contract implemented over Office.js; every Office failure becomes a catalogue Problem. */
import { offerDownload } from "../browser/download";
import { problem } from "../../app/problems";
import type { Delivery, ExcelPaneHost } from "../../app/ports";
import { ExcelEnv, Platform } from "./env";
import { toProblem } from "./errors";
import { storedForm, storeForm } from "./form-setting";
import { applyMarks } from "./highlight";
import { insertSheets } from "./import-sheets";
import { writeInfoSheet } from "./info-sheet";
import { goTo } from "./navigate";
import { readWorkbook } from "./read-workbook";
import { writeWorkbookPlan } from "./write-plan";

/** Task panes on these platforms run in webviews that drop downloads without a word. */
const NO_DOWNLOADS: Platform[] = ["mac", "ios", "android"];

async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    throw toProblem(e);
  }
}

export function createExcelHost(env: ExcelEnv): ExcelPaneHost {
  const deliversFiles = !NO_DOWNLOADS.includes(env.platform);
  return {
    kind: "excel",
    can: { mark: true, navigate: true, writesInPlace: true, opensFiles: false, deliversFiles, remembersForm: true },
    readWorkbook: (progress) => guarded(() => readWorkbook(env, progress)),
    highlight: (findings) => guarded(() => applyMarks(env, findings)),
    clearHighlights: () => guarded(() => applyMarks(env, [])),
    goTo: (sheet, cell) => guarded(() => goTo(env, sheet, cell)),
    writePlan: (plan, current) => guarded(() => writeWorkbookPlan(env, plan, current.sheets.map((s) => s.name))),
    insertSheets: (imports) => guarded(() => insertSheets(env, imports)),
    writeInfo: (write) => guarded(() => writeInfoSheet(env, write)),
    storedForm: async () => storedForm(env.settings),
    storeForm: (form) => guarded(() => storeForm(env.settings, form)),
    deliverFile: async (bytes, fileName, mimeType): Promise<Delivery> =>
      deliversFiles ? offerDownload(bytes, fileName, mimeType) : { delivered: false, message: problem("excel.download-blocked").message },
  };
}
