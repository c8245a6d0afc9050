/**
 * The pane's steps: the application's use cases bound to the file adapters and the forms in use, and the
 * report fields saved. Loaded lazily (it pulls in the engine and the form definitions), so the pane starts without them.
 */
import type { FilePorts } from "../app/file-ports";
import type { BrowserPaneHost, ExcelPaneHost, InfoSheetWrite, PaneHost, Progress } from "../app/ports";
import { downloadTotalsFile } from "../app/use-cases/build-totals-file";
import { checkOpenWorkbooks } from "../app/use-cases/check-workbooks";
import { downloadReport } from "../app/use-cases/make-report";
import { deliverTemplate, paneTemplates } from "../app/use-cases/make-template";
import { writeTotalsIntoWorkbook } from "../app/use-cases/write-totals";
import type { FormRegistry } from "../app/forms";
import { isInfoSheet } from "../core/reader";
import { formsInUse, type FormsInUse } from "./form-choice";
import { infoSheetWrite, InfoValues } from "./info-write";

/** Writes the edited report fields into "Thông tin báo cáo", creating the sheet (with the unit list) if missing. */
async function saveInfo(host: PaneHost, registry: FormRegistry, values: InfoValues, progress: Progress): Promise<InfoSheetWrite> {
  const checked = await checkOpenWorkbooks(host, progress, "any", registry);
  const snapshot = checked.snapshots.find((s) => s.sheets.some(isInfoSheet)) ?? checked.snapshots[0];
  const write = infoSheetWrite(snapshot, checked.result, values);
  progress(`Đang ghi trang "${write.sheet}"…`);
  await host.writeInfo(write);
  return write;
}

export function paneSteps(ports: FilePorts, forms: FormsInUse = formsInUse(null)) {
  const { registry } = forms;
  return {
    check: (host: PaneHost, progress: Progress) => checkOpenWorkbooks(host, progress, "any", registry),
    writeTotals: (host: ExcelPaneHost, progress: Progress) => writeTotalsIntoWorkbook(host, progress, registry),
    downloadTotals: (host: BrowserPaneHost, progress: Progress) => downloadTotalsFile(ports, host, progress, registry),
    makeReport: (host: PaneHost, progress: Progress) => downloadReport(ports, host, progress, registry),
    saveInfo: (host: PaneHost, values: InfoValues, progress: Progress) => saveInfo(host, registry, values, progress),
    templates: (host: PaneHost, typed: { unit: string; period: string }, progress: Progress) => paneTemplates(ports, host, forms.form, typed, progress),
    deliverTemplate,
  };
}
