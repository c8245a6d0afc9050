/** Start-up inside Office: wait for Office.js, then hand the pane an Excel host, or say why there is none. */
import type { Startup } from "../../taskpane/host";
import { ExcelEnv, Platform } from "./env";
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

function officeEnv(platform: Office.PlatformType | null | undefined): ExcelEnv {
  return {
    // Waits for the user to leave a cell being edited instead of failing the batch.
    run: (batch) => Excel.run({ delayForCellEdit: true }, batch),
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    platform: platformOf(platform),
  };
}

export async function startOffice(): Promise<Startup> {
  if (typeof Office === "undefined") return { host: null, reason: "outside-office" };
  const info = await Office.onReady();
  if (info.host === Office.HostType.Excel) return { host: createExcelHost(officeEnv(info.platform)) };
  return { host: null, reason: info.host ? "other-app" : "outside-office" };
}
