/** Reading the CLI's input files and arguments; every user mistake becomes a UsageError in Vietnamese. */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { phuLucPcmd } from "../forms";
import { WorkbookSnapshot } from "../core/snapshot";
import { validateWorkbooks, ValidationResult } from "../core/validate";
import { readWorkbookSnapshot } from "../hosts/xlsx/read-workbook";

export class UsageError extends Error {}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ParsedArgs {
  files: string[];
  flags: Set<string>;
  out: string | null;
}

export function parseArgs(args: string[], allowedFlags: string[], allowOut: boolean): ParsedArgs {
  const parsed: ParsedArgs = { files: [], flags: new Set(), out: null };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--out" && allowOut) {
      const v = args[++i];
      if (!v || v.startsWith("--")) throw new UsageError("Thiếu đường dẫn file sau --out.");
      parsed.out = v;
    } else if (a.startsWith("-")) {
      if (!a.startsWith("--") || !allowedFlags.includes(a.slice(2))) throw new UsageError(`Không có tùy chọn ${a}.`);
      parsed.flags.add(a.slice(2));
    } else parsed.files.push(a);
  }
  return parsed;
}

export interface Input {
  path: string;
  bytes: Buffer;
}

export async function readFiles(files: string[]): Promise<Input[]> {
  if (files.length === 0) throw new UsageError("Chưa chỉ ra file .xlsx nào.");
  const inputs: Input[] = [];
  for (const path of files) {
    try {
      inputs.push({ path, bytes: await readFile(path) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === "ENOENT"
          ? `Không tìm thấy file "${path}".`
          : code === "EISDIR"
            ? `"${path}" là thư mục, không phải file .xlsx.`
            : `Không mở được file "${path}" (${code}).`,
      );
    }
  }
  return inputs;
}

export async function snapshotsOf(inputs: Input[]): Promise<WorkbookSnapshot[]> {
  const out: WorkbookSnapshot[] = [];
  for (const input of inputs) out.push(await readWorkbookSnapshot(input.bytes, basename(input.path)));
  return out;
}

export function validateSnapshots(snapshots: WorkbookSnapshot[], files: string[]): ValidationResult {
  const result = validateWorkbooks(phuLucPcmd, snapshots);
  if (result.units.length === 0) {
    // A sheet that looks like an appendix but lost its header says so.
    const noHeader = result.findings.filter((f) => f.code === "structure.no-header").map((f) => f.message);
    throw new UsageError(
      [
        `Không tìm thấy trang phụ lục nào (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") trong ${files.map((f) => `"${basename(f)}"`).join(", ")}.`,
        ...noHeader,
      ].join("\n"),
    );
  }
  return result;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export function exitCodeOf(result: ValidationResult): number {
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** Writes an output file, creating its folder; `app` names the program that may hold it open ("Excel", "Word"). */
export async function writeOutputFile(out: string, bytes: Uint8Array, app: string): Promise<void> {
  try {
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, bytes);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "EBUSY" || code === "EPERM" || code === "EACCES"
        ? `Không ghi được "${out}": file đang mở trong ${app} hoặc không có quyền ghi (${code}).`
        : `Không ghi được "${out}" (${code ?? (e as Error).message}).`,
    );
  }
}
