/** A full recalculation by a real spreadsheet engine: headless LibreOffice, forced to recalculate on load. */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

export const hasSoffice = !spawnSync("soffice", ["--version"], { stdio: "ignore" }).error;
if (!hasSoffice) console.warn("soffice (LibreOffice) is not on PATH: the recalculation tests are skipped. CI installs it.");
export const testWithSoffice = hasSoffice ? test : test.skip;

/** Calc trusts cached results of .xlsx files unless told to always recalculate (OOXMLRecalcMode 0). */
const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Re-saves each file recalculated into `<root>/recalculated/` (same base names); returns that folder. */
export function recalculate(files: string[], root: string): string {
  const profile = join(root, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALC);
  const outDir = join(root, "recalculated");
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  return outDir;
}

export function same(a: ExcelJS.CellValue, b: ExcelJS.CellValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return (a ?? "") === (b ?? "");
}
