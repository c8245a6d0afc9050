/** Reading the CLI's input files and arguments; every user mistake becomes a UsageError carrying a catalogue problem. */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { FilePorts } from "../app/file-ports";
import type { UnitList, ValidationResult } from "../app/use-cases/check-workbooks";
import { INFO_SHEET_NAME, isInfoSheet } from "../core/reader";
import type { WorkbookSnapshot } from "../core/snapshot";
import { Problem, problem } from "../app/problems";
import { fileProblem } from "./fs-errors";

/** A problem that stops a command before it runs (exit code 2); its message comes from the catalogue. */
export class UsageError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = "UsageError";
  }
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export interface ParsedArgs {
  files: string[];
  flags: Set<string>;
  out: string | null;
  /** `--units <file.xlsx>`: the workbook whose "Thông tin báo cáo" sheet lists the units to expect. */
  units: string | null;
  /** Every `--form <file.form.json>`, in order (`template` also takes a form's id). */
  forms: string[];
}

export function parseArgs(args: string[], allowedFlags: string[], allowOut: boolean): ParsedArgs {
  const parsed: ParsedArgs = { files: [], flags: new Set(), out: null, units: null, forms: [] };
  const valueOf = (i: number, option: string): string => {
    const v = args[i];
    if (!v || v.startsWith("--")) throw new UsageError(problem("cli.missing-path", { option }));
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--out" && allowOut) parsed.out = valueOf(++i, a);
    else if (a === "--units") parsed.units = valueOf(++i, a);
    else if (a === "--form") parsed.forms.push(valueOf(++i, a));
    else if (a.startsWith("-")) {
      if (!a.startsWith("--") || !allowedFlags.includes(a.slice(2))) throw new UsageError(problem("cli.unknown-option", { option: a }));
      parsed.flags.add(a.slice(2));
    } else parsed.files.push(a);
  }
  return parsed;
}

export interface Input {
  path: string;
  bytes: Buffer;
}

/** `form`: a form file, named so in the message when it cannot be read. */
export async function readInput(path: string, form = false): Promise<Input> {
  try {
    return { path, bytes: await readFile(path) };
  } catch (e) {
    throw new UsageError(fileProblem(e, path, "read", "Excel", form));
  }
}

export async function readFiles(files: string[]): Promise<Input[]> {
  if (files.length === 0) throw new UsageError(problem("cli.no-inputs"));
  const inputs: Input[] = [];
  for (const path of files) inputs.push(await readInput(path));
  return inputs;
}

export async function snapshotsOf(ports: FilePorts, inputs: Input[]): Promise<WorkbookSnapshot[]> {
  const out: WorkbookSnapshot[] = [];
  for (const input of inputs) out.push(await ports.readWorkbook(input.bytes, basename(input.path)));
  return out;
}

/** The unit list given with `--units`: the "Thông tin báo cáo" sheet of that workbook. */
export async function readUnitList(ports: FilePorts, path: string | null): Promise<UnitList | null> {
  if (path === null) return null;
  const input = await readInput(path);
  const sheet = (await ports.readWorkbook(input.bytes, basename(path))).sheets.find(isInfoSheet);
  if (!sheet) {
    throw new UsageError(problem("cli.no-unit-list", { path, sheet: INFO_SHEET_NAME }));
  }
  return { file: basename(path), sheet };
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_RUN = 2;

export function exitCodeOf(result: ValidationResult): number {
  return result.summary.errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** What makes two paths the same file: device and inode when it exists, else the resolved path. */
async function fileIdentity(path: string): Promise<{ id: string; directory: boolean }> {
  try {
    const s = await stat(path, { bigint: true });
    // Some file systems (FAT, some network shares) report no inode; fall back to the path there.
    if (s.ino !== 0n) return { id: `${s.dev}:${s.ino}`, directory: s.isDirectory() };
  } catch {
    // A file that does not exist yet is identified by where it would be.
  }
  const full = resolve(path);
  const folder = await realpath(dirname(full)).catch(() => dirname(full));
  return { id: join(folder, basename(full)), directory: false };
}

/**
 * Refuses an `--out` that is one of the inputs under any name — the same path spelled differently,
 * a symbolic link or a hard link — so a run can never overwrite the figures it reads.
 */
export async function checkOutputTarget(out: string, inputs: string[]): Promise<void> {
  const target = await fileIdentity(out);
  if (target.directory) throw new UsageError(problem("cli.out-is-folder", { out }));
  for (const input of inputs) {
    if ((await fileIdentity(input)).id === target.id) {
      throw new UsageError(problem("cli.out-is-input", { out, input }));
    }
  }
}

/**
 * Writes an output file, creating its folder, through a temporary file in the same folder renamed over
 * the target: a run that fails leaves the previous file as it was. `app` names the program that may hold it open.
 */
export async function writeOutputFile(out: string, bytes: Uint8Array, app: string): Promise<void> {
  const target = resolve(out);
  const temp = join(dirname(target), `.tonghop-${randomBytes(6).toString("hex")}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
  } catch (e) {
    // Cleaning up must not hide why the write failed.
    await rm(temp, { force: true }).catch(() => undefined);
    throw new UsageError(fileProblem(e, out, "write", app));
  }
}
