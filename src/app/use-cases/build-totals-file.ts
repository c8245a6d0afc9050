/** Build the totals file (.xlsx): the inputs' unit sheets, "Tổng hợp" and "Kết quả kiểm tra" — `tonghop totals`, and the preview's Tổng hợp. */
import { outputFileName, TotalsFile, XLSX_MIME, type FilePorts } from "../file-ports";
import type { BrowserPaneHost, Delivery, Progress } from "../ports";
import { problem } from "../problems";
import { checkAppendices, Checked, UnitList } from "./check-workbooks";
import type { TotalsWritten } from "./write-totals";

export interface TotalsBuilt extends Checked {
  totals: TotalsFile;
}

/** `inputs` are told apart by `file`, which findings and the copied sheets give as their source. */
export async function buildTotalsFile(
  ports: FilePorts,
  inputs: { file: string; bytes: Uint8Array }[],
  options: { unitList?: UnitList | null; progress?: Progress } = {},
): Promise<TotalsBuilt> {
  const loaded = await ports.loadWorkbooks(inputs);
  const snapshots = loaded.map((l) => l.snapshot);
  const result = checkAppendices(snapshots, options.unitList ?? null);
  options.progress?.("Đang tạo file tổng hợp…");
  return { snapshots, result, totals: await ports.totalsWorkbook(loaded, result) };
}

export interface TotalsDownloaded extends TotalsWritten {
  fileName: string;
  delivery: Delivery;
}

/** The preview's Tổng hợp: the open files' totals file, as `tonghop totals` writes it, offered as a download. */
export async function downloadTotalsFile(ports: FilePorts, host: BrowserPaneHost, progress: Progress): Promise<TotalsDownloaded> {
  const files = host.files();
  if (files.length === 0) throw problem("workbook.no-files");
  progress("Đang đọc các file đang mở…");
  const built = await buildTotalsFile(ports, files.map((f) => ({ file: f.name, bytes: f.bytes })), { progress });
  const fileName = outputFileName("Tổng hợp phòng, chống mại dâm", built.result.period, "xlsx");
  const delivery = await host.deliverFile(built.totals.bytes, fileName, XLSX_MIME);
  return { snapshots: built.snapshots, result: built.result, ...built.totals.plan.placements, fileName, delivery };
}
