import { extname } from "node:path";
import { problem } from "../../app/problems";
import type { FilePorts } from "../../app/file-ports";
import { checkEachAppendix, type ValidationResult } from "../../app/use-cases/check-workbooks";
import { makeReportFile } from "../../app/use-cases/make-report";
import type { ReportOptions } from "../../core/report/build-report";
import { FigureRun, ReportModel, Run } from "../../core/report/model";
import {
  checkOutputTarget,
  exitCodeOf,
  Io,
  parseArgs,
  readFiles,
  readUnitList,
  snapshotsOf,
  UsageError,
  writeOutputFile,
} from "../inputs";
import { summaryLine } from "../output";
import { Command } from "./command";
import { formHeading, outForForm, registryOf } from "../form-files";

export interface ReportRun {
  /** The written file, as given. */
  out: string;
  result: ValidationResult;
  model: ReportModel;
}

/**
 * Validates the inputs (against the unit list of the `units` workbook, if given, and with the forms of
 * `formFiles` besides the built-in ones) and writes the narrative report (.docx) to `out`, creating its
 * folder. Inputs holding several forms get one report per form, `out` named with `-<form id>` before the extension.
 */
export async function writeReportFiles(
  ports: FilePorts,
  files: string[],
  out: string,
  options: ReportOptions = {},
  units: string | null = null,
  formFiles: string[] = [],
): Promise<ReportRun[]> {
  if (extname(out).toLowerCase() !== ".docx") throw new UsageError(problem("cli.out-extension", { kind: "report", out }));
  const read = [...files, ...(units === null ? [] : [units]), ...formFiles];
  await checkOutputTarget(out, read);
  const registry = await registryOf(formFiles);
  const inputs = await readFiles(files);
  const unitList = await readUnitList(ports, units);
  const results = checkEachAppendix(await snapshotsOf(ports, inputs), unitList, registry);
  const runs: (ReportRun & { bytes: Uint8Array })[] = [];
  for (const result of results) {
    const { model, bytes } = await makeReportFile(ports, result, options);
    runs.push({ out: outForForm(out, result.form, results.length > 1), result, model, bytes });
  }
  // Every target checked before the first write.
  if (runs.length > 1) for (const run of runs) await checkOutputTarget(run.out, read);
  for (const run of runs) await writeOutputFile(run.out, run.bytes, "Word");
  return runs.map(({ out, result, model }) => ({ out, result, model }));
}

function allRuns(model: ReportModel): Run[] {
  return [
    ...model.header.agency.flat(),
    ...model.header.placeDate,
    ...model.summary.flat(),
    ...model.recipients.flat(),
    ...model.body.flatMap((b) => (b.type === "heading" ? [] : b.type === "paragraph" ? b.paragraph.runs : b.paragraphs.flatMap((p) => p.runs))),
    ...model.signature.authority.flat(),
    ...model.signature.signer,
  ];
}

export function reportSummaryText(run: ReportRun): string {
  const runs = allRuns(run.model);
  const codes = (marked: (r: FigureRun) => boolean) =>
    [...new Set(runs.flatMap((r) => (r.type === "figure" && marked(r) && r.code ? [r.code] : [])))].sort();
  const incomplete = codes((r) => r.incomplete);
  const questioned = codes((r) => r.questioned);
  const placeholders = runs.filter((r) => r.type === "placeholder").length;
  const lines = [`Đã ghi báo cáo: ${run.out}`];
  if (run.result.summary.errors > 0) {
    lines.push("  Số liệu còn lỗi (xem lệnh validate): báo cáo vẫn được ghi nhưng cần sửa số liệu và tạo lại trước khi trình ký.");
  }
  if (incomplete.length > 0) {
    lines.push(`  ${incomplete.length} số liệu chưa đủ (mã ${incomplete.join(", ")}): được đánh dấu (*) trong báo cáo, kèm ghi chú đơn vị còn thiếu.`);
  }
  if (questioned.length > 0) {
    lines.push(`  ${questioned.length} số liệu không khớp quy tắc kiểm tra (mã ${questioned.join(", ")}): được đánh dấu (*) trong báo cáo, kèm ghi chú quy tắc chưa đạt.`);
  }
  if (placeholders > 0) lines.push(`  ${placeholders} chỗ cần cán bộ bổ sung (tô vàng trong báo cáo).`);
  lines.push(summaryLine(run.result));
  return lines.join("\n");
}

export const reportCommand: Command = {
  name: "report",
  usage: `tonghop report <file.xlsx>… --out <file.docx> [--units <file.xlsx>] [--form <file.form.json>]…
      Viết báo cáo kết quả (.docx, thể thức Nghị định 30/2020) từ số liệu tổng hợp và trang "Thông tin báo cáo".
      Khi các file có phụ lục của nhiều biểu mẫu: mỗi biểu mẫu một báo cáo, tên là tên --out thêm "-<mã biểu mẫu>" trước đuôi .docx.`,
  async run(args: string[], io: Io, ports: FilePorts): Promise<number> {
    const { files, out, units, forms } = parseArgs(args, [], true);
    if (!out) throw new UsageError(problem("cli.out-missing", { kind: "report" }));
    const runs = await writeReportFiles(ports, files, out, {}, units, forms);
    io.out(runs.length === 1 ? reportSummaryText(runs[0]) : runs.map((run) => `${formHeading(run.result.form)}\n${reportSummaryText(run)}`).join("\n\n"));
    return Math.max(...runs.map((run) => exitCodeOf(run.result)));
  },
};
