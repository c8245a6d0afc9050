/** The task pane's host contract implemented over Office.js; every Office failure becomes a HostError. */
import { offerDownload } from "../../taskpane/download";
import type { Delivery, ExcelPaneHost } from "../../taskpane/host";
import { ExcelEnv, Platform } from "./env";
import { toHostError } from "./errors";
import { applyMarks } from "./highlight";
import { insertSheets } from "./import-sheets";
import { writeInfoSheet } from "./info-sheet";
import { goTo } from "./navigate";
import { readWorkbook } from "./read-workbook";
import { writeWorkbookPlan } from "./write-plan";

/** Task panes on these platforms run in webviews that drop downloads without a word. */
const NO_DOWNLOADS: Platform[] = ["mac", "ios", "android"];

export const DOWNLOAD_BLOCKED =
  "Excel không cho phép tải file từ ngăn tác vụ trên nền tảng này — hãy dùng Tổng hợp trong Word (nút Cập nhật số liệu).";

async function guarded<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    throw toHostError(e);
  }
}

function deliver(platform: Platform, bytes: Uint8Array, fileName: string, mimeType: string): Delivery {
  if (NO_DOWNLOADS.includes(platform)) return { delivered: false, message: DOWNLOAD_BLOCKED };
  return offerDownload(bytes, fileName, mimeType);
}

export function createExcelHost(env: ExcelEnv): ExcelPaneHost {
  return {
    kind: "excel",
    readWorkbook: (progress) => guarded(() => readWorkbook(env, progress)),
    highlight: (findings) => guarded(() => applyMarks(env, findings)),
    clearHighlights: () => guarded(() => applyMarks(env, [])),
    goTo: (sheet, cell) => guarded(() => goTo(env, sheet, cell)),
    writePlan: (plan, current) => guarded(() => writeWorkbookPlan(env, plan, current.sheets.map((s) => s.name))),
    insertSheets: (imports) => guarded(() => insertSheets(env, imports)),
    writeInfo: (write) => guarded(() => writeInfoSheet(env, write)),
    deliverFile: async (bytes, fileName, mimeType) => deliver(env.platform, bytes, fileName, mimeType),
  };
}
