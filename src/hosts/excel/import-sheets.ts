/** Copying ward sheets in with insertWorksheetsFromBase64 (ExcelApi 1.13): insert, then rename by id. */
import type { SheetImport } from "../../app/ports";
import { API, ExcelEnv } from "./env";
import { unsupported } from "./errors";

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Two round trips for any number of files: every insert, then every rename. */
export async function insertSheets(env: ExcelEnv, imports: SheetImport[]): Promise<string[]> {
  if (!env.supports(API.insertSheets)) throw unsupported("import-sheets", API.insertSheets);
  return env.run(async (context) => {
    const ids = imports.map((item) =>
      context.workbook.insertWorksheetsFromBase64(toBase64(item.bytes), {
        sheetNamesToInsert: [item.sourceSheet],
        positionType: "End",
      }),
    );
    await context.sync();
    imports.forEach((item, i) => (context.workbook.worksheets.getItem(ids[i].value[0]).name = item.name));
    await context.sync();
    return imports.map((item) => item.name);
  });
}
