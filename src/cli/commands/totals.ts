import { basename, extname } from "node:path";
import { problem } from "../../app/problems";
import type { FilePorts, TotalsFile } from "../../app/file-ports";
import { buildTotalsFiles } from "../../app/use-cases/build-totals-file";
import type { ValidationResult } from "../../app/use-cases/check-workbooks";
import { Command } from "./command";
import { formHeading, outForForm, registryOf } from "../form-files";
import {
  checkOutputTarget,
  exitCodeOf,
  Io,
  parseArgs,
  readFiles,
  readUnitList,
  UsageError,
  writeOutputFile,
} from "../inputs";
import { summaryLine } from "../output";

export interface TotalsRun {
  /** The written file, as given. */
  out: string;
  result: ValidationResult;
  totals: TotalsFile;
}

/**
 * Validates the inputs (against the unit list of the `units` workbook, if given, and with the forms of
 * `formFiles` besides the built-in ones) and writes the city totals workbook to `out`, creating its folder.
 * Inputs holding several forms get one workbook per form, `out` named with `-<form id>` before the extension.
 */
export async function writeTotalsWorkbooks(
  ports: FilePorts,
  files: string[],
  out: string,
  units: string | null = null,
  formFiles: string[] = [],
): Promise<TotalsRun[]> {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(problem("cli.out-extension", { kind: "totals", out }));
  const read = [...files, ...(units === null ? [] : [units]), ...formFiles];
  await checkOutputTarget(out, read);
  const registry = await registryOf(formFiles);
  const inputs = await readFiles(files);
  const unitList = await readUnitList(ports, units);
  const names = inputs.map((i) => basename(i.path));
  // Files are told apart by name; two of the same name from different folders keep their paths.
  const label = (i: number) => (names.filter((n) => n === names[i]).length > 1 ? inputs[i].path : names[i]);
  const built = await buildTotalsFiles(ports, inputs.map((input, i) => ({ file: label(i), bytes: input.bytes })), { unitList, registry });
  const runs = built.map(({ result, totals }) => ({ out: outForForm(out, result.form, built.length > 1), result, totals }));
  // Every target checked before the first write.
  if (runs.length > 1) for (const run of runs) await checkOutputTarget(run.out, read);
  for (const run of runs) await writeOutputFile(run.out, run.totals.bytes, "Excel");
  return runs;
}

export function totalsText(run: TotalsRun): string {
  const { plan, copied } = run.totals;
  const { placements, table } = plan;
  const indicators = table.rows.filter((r) => r.type === "indicator").length;
  const lines = [`Đã ghi ${run.out}`];
  for (const c of copied) lines.push(`  Trang "${c.name}": chép từ trang "${c.from.sheet}" của ${c.from.file}.`);
  lines.push(`  Trang "${placements.totals.name}": ${indicators} chỉ tiêu × ${table.units.length} đơn vị, cột Tổng cộng.`);
  lines.push(`  Trang "${placements.findings.name}": ${run.result.findings.length} kết quả kiểm tra.`);
  for (const p of [placements.totals, placements.findings]) {
    if (p.userSheet) {
      lines.push(`  Trang "${p.userSheet}" có sẵn là trang của người dùng nên được giữ nguyên; kết quả ghi vào trang "${p.name}".`);
    }
    const earlier = p.replaces.filter((name) => name !== p.name);
    if (earlier.length > 0) lines.push(`  Đã bỏ trang cũ do Tổng hợp tạo: ${earlier.map((n) => `"${n}"`).join(", ")}.`);
  }
  if (table.incompleteCount > 0) {
    const codes = table.rows.flatMap((r) => (r.type === "indicator" && r.total.incomplete ? [r.indicator.code] : []));
    lines.push(`  ${table.incompleteCount} chỉ tiêu chưa đủ số liệu (mã ${codes.join(", ")}): tổng cộng chưa tính các ô để trống hoặc không hợp lệ.`);
  }
  lines.push(summaryLine(run.result));
  return lines.join("\n");
}

export const totalsCommand: Command = {
  name: "totals",
  usage: `tonghop totals <file.xlsx>… --out <file.xlsx> [--units <file.xlsx>] [--form <file.form.json>]…
      Tổng hợp số liệu các đơn vị vào một file .xlsx: các trang của đơn vị, trang "Tổng hợp" và trang "Kết quả kiểm tra".
      Khi các file có phụ lục của nhiều biểu mẫu: mỗi biểu mẫu một file, tên là tên --out thêm "-<mã biểu mẫu>" trước đuôi .xlsx.`,
  async run(args: string[], io: Io, ports: FilePorts): Promise<number> {
    const { files, out, units, forms } = parseArgs(args, [], true);
    if (!out) throw new UsageError(problem("cli.out-missing", { kind: "totals" }));
    const runs = await writeTotalsWorkbooks(ports, files, out, units, forms);
    io.out(runs.length === 1 ? totalsText(runs[0]) : runs.map((run) => `${formHeading(run.result.form)}\n${totalsText(run)}`).join("\n\n"));
    return Math.max(...runs.map((run) => exitCodeOf(run.result)));
  },
};
