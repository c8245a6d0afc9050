/** The CLI run in-process, and a temp folder, for the reader's tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Io } from "../../src/cli/inputs";
import { run } from "../../src/cli/main";
import { filePorts } from "../../src/hosts/files";

export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (s) => (out += s + "\n"), err: (s) => (err += s + "\n") };
  const code = await run(args, io, filePorts);
  return { code, out, err };
}

export function tempDir(): { path: string; file: (name: string) => string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "tonghop-xlsx-"));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
}
