/** Start-up inside Office: wait for Office.js, then hand the pane an Excel host, or say why there is none. */
import type { Startup } from "../../app/ports";
import { API, DocumentSettings, ExcelEnv, Platform } from "./env";
import { createExcelHost } from "./excel-host";

function platformOf(p: Office.PlatformType | null | undefined): Platform {
  switch (p) {
    case Office.PlatformType.OfficeOnline:
      return "web";
    case Office.PlatformType.PC:
      return "windows";
    case Office.PlatformType.Mac:
      return "mac";
    case Office.PlatformType.iOS:
      return "ios";
    case Office.PlatformType.Android:
      return "android";
    default:
      return "other";
  }
}

/** Office's settings of this add-in in this workbook, with saveAsync as a promise that fails with Office's error. */
function officeSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise((resolve, reject) =>
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
      ),
  };
}

function officeEnv(platform: Office.PlatformType | null | undefined): ExcelEnv {
  return {
    // Waits for the user to leave a cell being edited instead of failing the batch.
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    settings: officeSettings(),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    platform: platformOf(platform),
  };
}

/** Null outside Office (a plain browser: Office.onReady reports no host), where the pane runs as the preview. */
export async function startOffice(): Promise<Startup | null> {
  if (typeof Office === "undefined") return null;
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) {
    // The manifest cannot require ExcelApi without hiding the add-in from Word, so the set is checked here.
    const env = officeEnv(info.platform);
    return env.supports(API.base) ? { host: createExcelHost(env) } : { host: null, reason: "old-excel" };
  }
  return info.host ? { host: null, reason: "other-app" } : null;
}
