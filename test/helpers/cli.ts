/**
 * The one way tests run `tonghop`: in process, capturing what it prints, and proving that no input
 * file (any existing file named on the command line but --out's) has a byte changed by the run.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import type { ReportOptions } from "../../src/core/report/build-report";
import { writeReportFiles } from "../../src/cli/commands/report";
import { writeTotalsWorkbooks } from "../../src/cli/commands/totals";
import { Io } from "../../src/cli/inputs";
import { run } from "../../src/cli/main";
import { filePorts } from "../../src/hosts/files";

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** The arguments that name existing files the command reads: every one but the value of --out. */
export function inputFiles(args: string[]): string[] {
  return args.filter((a, i) => args[i - 1] !== "--out" && !a.startsWith("--") && isFile(a));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function sha256Of(paths: string[]): Map<string, string> {
  return new Map(paths.map((p) => [p, createHash("sha256").update(readFileSync(p)).digest("hex")]));
}

/** Runs `action` and fails if any of `files` no longer has the bytes it had before. */
export async function keepingBytes<T>(files: string[], action: () => Promise<T>): Promise<T> {
  const before = sha256Of(files);
  const result = await action();
  const changed = files.filter((f) => !isFile(f) || sha256Of([f]).get(f) !== before.get(f));
  if (changed.length > 0) throw new Error(`the run changed its input files: ${changed.join(", ")}`);
  return result;
}

export async function cli(...args: string[]): Promise<CliResult> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") };
  const code = await keepingBytes(inputFiles(args), () => run(args, io, filePorts));
  return { code, out, err };
}

/** `tonghop totals` and `tonghop report` as functions, with the file adapters bin/tonghop.js gives them, for inputs of one form. */
export const writeTotalsWorkbook = async (files: string[], out: string, units: string | null = null) =>
  (await writeTotalsWorkbooks(filePorts, files, out, units))[0];
export const writeReportFile = async (files: string[], out: string, options: ReportOptions = {}, units: string | null = null) =>
  (await writeReportFiles(filePorts, files, out, options, units))[0];
