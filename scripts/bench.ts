/**
 * `npm run bench`: figures, not a timed test. For open workbooks of 7, 100 and 700 unit sheets (the
 * sample's ward cloned) run through the Excel adapter against office-addin-mock: round trips per Kiểm tra
 * and per Tổng hợp, the bytes Excel returns, and the engine's time; then the pane's start-up JavaScript
 * and lazy chunks from dist/, and its time to first render in headless Chromium (dist-preview/).
 */
import { performance } from "node:perf_hooks";
import { validateWorkbooks } from "../src/core/validate";
import { planTotalsWorkbook } from "../src/core/workbook-plan/totals-workbook";
import { phuLucPcmd } from "../src/forms";
import { readWorkbook } from "../src/hosts/excel/read-workbook";
import { writeWorkbookPlan } from "../src/hosts/excel/write-plan";
import { existingSheets } from "../src/app/use-cases/write-totals";
import { fakeUnits } from "../test/excel/fake/city";
import { fakeEnv } from "../test/excel/fake/office";
import { bundleSizes, formatBundleSizes } from "./bundle-size";
import { firstRenderTimes, median, officeJsOnlyPage, RenderTarget } from "./first-render";
import { ensurePreviewBuild, PREVIEW_DIST } from "./preview";

/** Excel on the web refuses requests and responses above 5 MB. */
const WEB_LIMIT = 5 * 1024 * 1024;
const quiet = () => undefined;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

interface Row {
  sheets: number;
  validateSyncs: number;
  bytes: number;
  validateMs: number;
  totalsSyncs: number;
  written: number;
  planMs: number;
  webSyncs: number | null;
}

async function measure(n: number): Promise<Row> {
  const wb = await fakeUnits(n);
  const env = fakeEnv(wb);

  const snapshot = await readWorkbook(env, quiet);
  const validateSyncs = wb.syncs;
  const bytes = wb.bytesRead;
  const [result, validateMs] = timed(() => validateWorkbooks(phuLucPcmd, [snapshot]));

  wb.resetCounters();
  const again = await readWorkbook(env, quiet);
  const [planned, planMs] = timed(() => planTotalsWorkbook(validateWorkbooks(phuLucPcmd, [again]), existingSheets(again)));
  await writeWorkbookPlan(env, planned.plan, again.sheets.map((s) => s.name));
  const totalsSyncs = wb.syncs;
  const written = wb.bytesWritten;
  if (result.units.length !== n) throw new Error(`expected ${n} units, read ${result.units.length}`);

  let webSyncs: number | null = null;
  if (bytes > WEB_LIMIT) {
    const web = await fakeUnits(n, { payloadLimit: WEB_LIMIT });
    await readWorkbook(fakeEnv(web), quiet);
    webSyncs = web.syncs;
  }
  return { sheets: n, validateSyncs, bytes, validateMs, totalsSyncs, written, planMs, webSyncs };
}

function table(rows: Row[]): string {
  const head = ["trang / sheets", "Kiểm tra syncs", "đọc / read", "engine", "Tổng hợp syncs", "ghi / written", "engine+plan"];
  const lines = rows.map((r) => [
    String(r.sheets),
    String(r.validateSyncs),
    mb(r.bytes),
    ms(r.validateMs),
    String(r.totalsSyncs),
    mb(r.written),
    ms(r.validateMs + r.planMs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cells: string[]) => "  " + cells.map((c, i) => c.padStart(widths[i])).join("  ");
  const notes = rows
    .filter((r) => r.bytes > WEB_LIMIT)
    .map(
      (r) =>
        `  ${r.sheets} trang: ${mb(r.bytes)} > 5 MB — Excel trên web từ chối một lượt đọc lớn như vậy; bộ đọc tự chia nhỏ: ` +
        `${r.webSyncs} lượt / round trips (Excel trên máy tính: ${r.validateSyncs}).`,
    );
  return [fmt(head), ...lines.map(fmt), ...notes].join("\n");
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const n of [7, 100, 700]) rows.push(await measure(n));
  console.log("Bộ chuyển Excel (office-addin-mock) / Excel adapter");
  console.log("  Kiểm tra = tên trang + mọi vùng đã dùng; Tổng hợp = Kiểm tra + một lượt ghi (tạm dừng tính toán).");
  console.log("  đọc = JSON của mọi thuộc tính Excel trả về (values, formulas, numberFormat, valueTypes, address, merges);");
  console.log("  ghi = JSON của mọi giá trị gán trong lượt ghi Tổng hợp. Excel trên web giới hạn mỗi lượt 5 MB.");
  console.log(table(rows));
  console.log("");
  try {
    console.log(formatBundleSizes(bundleSizes()));
  } catch {
    console.log("Kích thước gói / bundle sizes: chưa có dist/ — chạy `npm run build` trước / run `npm run build` first.");
  }
  console.log("");
  await firstRender();
}

const RENDER_RUNS = 5;

/** `--compare <dir>`: another built task pane (office.js served from its own office-js/ folder), e.g. Microsoft's React template. */
function compareArg(args: string[]): RenderTarget | null {
  const i = args.indexOf("--compare");
  if (i < 0) return null;
  if (!args[i + 1]) throw new Error("--compare cần thư mục của một ngăn đã dựng / needs the folder of a built task pane");
  return { label: `--compare ${args[i + 1]}`, dist: args[i + 1] };
}

async function firstRender(): Promise<void> {
  console.log(`Hiển thị lần đầu trong Chromium headless / first render in headless Chromium (office.js tại chỗ / local; trung vị của ${RENDER_RUNS} trình duyệt mới / median of ${RENDER_RUNS} fresh browsers)`);
  const floor = officeJsOnlyPage(PREVIEW_DIST);
  try {
    ensurePreviewBuild();
    const compare = compareArg(process.argv.slice(2));
    const targets: RenderTarget[] = [
      { label: "chỉ office.js (mức sàn) / office.js alone (floor)", dist: floor.dist },
      { label: "ngăn Tổng hợp / Tổng hợp pane (dist-preview/)", dist: PREVIEW_DIST },
      ...(compare ? [compare] : []),
    ];
    const results = await firstRenderTimes(targets, RENDER_RUNS);
    const width = Math.max(...results.map((r) => r.label.length));
    for (const { label, times } of results) console.log(`  ${label.padEnd(width)}  ${ms(median(times)).padStart(7)}   (${times.map(ms).join(", ")})`);
    const initial = bundleSizes(PREVIEW_DIST).initialTotal;
    console.log(`  JS + CSS tải ngay / initial JS + CSS: ${(initial.raw / 1024).toFixed(1)} KB, gzip ${(initial.gzip / 1024).toFixed(1)} KB`);
    if (!compare) console.log("  So sánh với ngăn khác (vd. mẫu React của Microsoft) / compare with another pane: npm run bench -- --compare <dist>");
  } catch (e) {
    console.log(`  ${(e as Error).message}`);
  } finally {
    floor.remove();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
