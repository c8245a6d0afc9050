/** Showing a finding: activate its sheet and select its cell. */
import { ExcelEnv } from "./env";

export async function goTo(env: ExcelEnv, sheet: string, cell: string | null): Promise<void> {
  await env.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    if (cell) ws.getRange(cell).select();
    await context.sync();
  });
}
