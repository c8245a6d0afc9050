/** Build the totals file (.xlsx): the inputs' unit sheets, "Tổng hợp" and "Kết quả kiểm tra" — `tonghop totals`, and the preview's Tổng hợp. */
import { outputFileName, TotalsFile, XLSX_MIME, type FilePorts } from "../file-ports";
import { builtInRegistry, type FormRegistry } from "../forms";
import type { BrowserPaneHost, Delivery, Progress } from "../ports";
import { problem } from "../problems";
import { checkEachAppendix, Checked, UnitList } from "./check-workbooks";
import type { TotalsWritten } from "./write-totals";

export interface TotalsBuilt extends Checked {
  totals: TotalsFile;
}

export interface TotalsOptions {
  unitList?: UnitList | null;
  registry?: FormRegistry;
  progress?: Progress;
}

async function build(ports: FilePorts, inputs: { file: string; bytes: Uint8Array }[], options: TotalsOptions, each: boolean): Promise<TotalsBuilt[]> {
  const loaded = await ports.loadWorkbooks(inputs);
  const snapshots = loaded.map((l) => l.snapshot);
  const results = checkEachAppendix(snapshots, options.unitList ?? null, options.registry ?? builtInRegistry);
  const built: TotalsBuilt[] = [];
  for (const [i, result] of (each ? results : results.slice(0, 1)).entries()) {
    options.progress?.(results.length > 1 ? `Đang tạo file tổng hợp ${result.form.subject}…` : "Đang tạo file tổng hợp…");
    // The totals file is built into the city workbook's own model: each further form needs a fresh one.
    const workbooks = i === 0 ? loaded : await ports.loadWorkbooks(inputs);
    built.push({ snapshots, result, totals: await ports.totalsWorkbook(workbooks, result) });
  }
  return built;
}

/**
 * One totals file per form the inputs hold, in the registry's order. `inputs` are told apart by `file`,
 * which findings and the copied sheets give as their source.
 */
export function buildTotalsFiles(ports: FilePorts, inputs: { file: string; bytes: Uint8Array }[], options: TotalsOptions = {}): Promise<TotalsBuilt[]> {
  return build(ports, inputs, options, true);
}

/** The totals file of the first form the inputs hold. */
export async function buildTotalsFile(ports: FilePorts, inputs: { file: string; bytes: Uint8Array }[], options: TotalsOptions = {}): Promise<TotalsBuilt> {
  return (await build(ports, inputs, options, false))[0];
}

/** "Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023.xlsx": the form's subject and the period. */
export function totalsFileName(result: { form: { subject: string }; period: string | null }): string {
  return outputFileName(`Tổng hợp ${result.form.subject}`, result.period, "xlsx");
}

export interface TotalsDownloaded extends TotalsWritten {
  fileName: string;
  delivery: Delivery;
}

/** The preview's Tổng hợp: the open files' totals file, as `tonghop totals` writes it, offered as a download. */
export async function downloadTotalsFile(
  ports: FilePorts,
  host: BrowserPaneHost,
  progress: Progress,
  registry: FormRegistry = builtInRegistry,
): Promise<TotalsDownloaded> {
  const files = host.files();
  if (files.length === 0) throw problem("workbook.no-files");
  progress("Đang đọc các file đang mở…");
  const built = await buildTotalsFile(ports, files.map((f) => ({ file: f.name, bytes: f.bytes })), { progress, registry });
  const fileName = totalsFileName(built.result);
  const delivery = await host.deliverFile(built.totals.bytes, fileName, XLSX_MIME);
  return { snapshots: built.snapshots, result: built.result, ...built.totals.plan.placements, fileName, delivery };
}
