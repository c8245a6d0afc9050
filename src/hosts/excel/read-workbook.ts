/**
 * Reading the open workbook in two round trips whatever the number of sheets: the sheet names, then every
 * sheet's used range (values, formulas, number formats, value types) and merged areas in one batch.
 */
import { formatNumber } from "../../core/numbers";
import { WorkbookSnapshot } from "../../core/snapshot";
import type { Progress } from "../../app/ports";
import { areasOf, splitAddress } from "./addresses";
import { API, ExcelEnv } from "./env";
import { isPayloadTooLarge } from "./errors";
import { sheetFromGrid } from "./grid";

export const USED_RANGE_PROPERTIES = "address,values,formulas,numberFormat,valueTypes";

interface QueuedSheet {
  name: string;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

function queueSheet(ws: Excel.Worksheet, name: string, withMerges: boolean): QueuedSheet {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(USED_RANGE_PROPERTIES);
  const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return { name, used, merged };
}

function sheetOf(q: QueuedSheet) {
  const grid = q.used.isNullObject
    ? null
    : {
        address: splitAddress(q.used.address).local,
        values: q.used.values,
        formulas: q.used.formulas,
        numberFormat: q.used.numberFormat,
        valueTypes: q.used.valueTypes as string[][],
      };
  const merges = q.merged === null ? undefined : q.merged.isNullObject ? [] : areasOf(q.merged.address);
  return sheetFromGrid(q.name, grid, merges);
}

function readingMessage(n: number): string {
  return `Đang đọc ${formatNumber(n)} trang tính…`;
}

/** Fallback when one batch exceeds the request size limit (Excel on the web: 5 MB): halves until it fits. */
async function readInParts(env: ExcelEnv, names: string[], withMerges: boolean): Promise<WorkbookSnapshot["sheets"]> {
  try {
    return await env.run(async (ctx) => {
      const queued = names.map((name) => queueSheet(ctx.workbook.worksheets.getItem(name), name, withMerges));
      await ctx.sync();
      return queued.map(sheetOf);
    });
  } catch (e) {
    if (!isPayloadTooLarge(e) || names.length === 1) throw e;
    const half = Math.ceil(names.length / 2);
    return [
      ...(await readInParts(env, names.slice(0, half), withMerges)),
      ...(await readInParts(env, names.slice(half), withMerges)),
    ];
  }
}

export async function readWorkbook(env: ExcelEnv, progress: Progress): Promise<WorkbookSnapshot> {
  const withMerges = env.supports(API.merges);
  let names: string[] = [];
  progress("Đang đọc danh sách trang tính…");
  try {
    const sheets = await env.run(async (ctx) => {
      const collection = ctx.workbook.worksheets;
      collection.load("items/name");
      await ctx.sync();
      names = collection.items.map((ws) => ws.name);
      progress(readingMessage(names.length));
      const queued = collection.items.map((ws, i) => queueSheet(ws, names[i], withMerges));
      await ctx.sync();
      return queued.map(sheetOf);
    });
    return { file: null, sheets };
  } catch (e) {
    if (!isPayloadTooLarge(e) || names.length < 2) throw e;
    progress(`${readingMessage(names.length)} (chia nhỏ vì sổ tính lớn)`);
    return { file: null, sheets: await readInParts(env, names, withMerges) };
  }
}
