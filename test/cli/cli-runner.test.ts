/** The shared test runner proves every command leaves its inputs' bytes as they were. */
import { appendFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commands } from "../../src/cli/commands";
import { Command } from "../../src/cli/commands/command";
import { cli, inputFiles, keepingBytes, sha256Of } from "../helpers/cli";

let dir: string;
let a: string;
let b: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-cli-runner-"));
  a = join(dir, "a.xlsx");
  b = join(dir, "b.xlsx");
  writeFileSync(a, "nội dung a");
  writeFileSync(b, "nội dung b");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the input files of a command line: existing files, --units' included, --out's excluded", () => {
  const out = join(dir, "out.xlsx");
  writeFileSync(out, "kết quả cũ");
  expect(inputFiles(["totals", a, "--units", b, "--out", out, join(dir, "khong-co.xlsx"), dir])).toEqual([a, b]);
});

test("sha256 of a file's bytes (the FIPS 180-2 “abc” vector)", () => {
  const abc = join(dir, "abc.txt");
  writeFileSync(abc, "abc");
  expect(sha256Of([abc]).get(abc)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

test("an action that changes, or removes, an input fails the test", async () => {
  await expect(keepingBytes([a, b], async () => appendFileSync(b, "!"))).rejects.toThrow(`the run changed its input files: ${b}`);
  await expect(keepingBytes([a], async () => unlinkSync(a))).rejects.toThrow(`the run changed its input files: ${a}`);
  writeFileSync(a, "nội dung a");
  await expect(keepingBytes([a, b], async () => 7)).resolves.toBe(7);
});

test("cli() catches a command that writes into its input", async () => {
  const rogue: Command = {
    name: "rogue",
    usage: "",
    async run(args) {
      appendFileSync(args[0], "x");
      return 0;
    },
  };
  commands.push(rogue);
  try {
    await expect(cli("rogue", a)).rejects.toThrow(`the run changed its input files: ${a}`);
  } finally {
    commands.splice(commands.indexOf(rogue), 1);
  }
});
