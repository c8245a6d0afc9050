/**
 * Issue 11 item 9 (memory): a ward file whose formatting runs down a million empty rows is read with memory
 * bounded by its data. `validate` and `totals` run in a child Node limited to a 1 GB heap; exceeding it kills
 * the child (exit 134), which is how the current ExcelJS path died.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { cli, tempDir } from "./cli";
import { text, writeZip, zipEntries } from "./raw-zip";

const ROOT = join(__dirname, "..", "..");
const EMPTY_ROWS = 1_000_000;

/** The ward's sheet XML with EMPTY_ROWS bordered, empty rows (A–F) appended after its data, as Excel writes them. */
function withFormattedRows(xml: string): Buffer {
  const lastRow = Math.max(...[...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1])));
  const style = /<c r="[A-Z]+\d+" s="(\d+)"/.exec(xml)![1];
  const cut = xml.lastIndexOf("</sheetData>");
  const head = Buffer.from(xml.slice(0, cut), "utf8");
  const tail = Buffer.from(xml.slice(cut), "utf8");
  const rowBytes = 200;
  const body = Buffer.alloc(EMPTY_ROWS * rowBytes);
  let at = 0;
  for (let r = lastRow + 1; r <= lastRow + EMPTY_ROWS; r++) {
    at += body.write(
      `<row r="${r}" s="${style}" customFormat="1" ht="15" customHeight="1"><c r="A${r}" s="${style}"/><c r="B${r}" s="${style}"/><c r="C${r}" s="${style}"/><c r="D${r}" s="${style}"/><c r="E${r}" s="${style}"/><c r="F${r}" s="${style}"/></row>`,
      at,
      "latin1",
    );
  }
  return Buffer.concat([head, body.subarray(0, at), tail]);
}

interface ChildRun {
  code: number | null;
  out: string;
  err: string;
  seconds: number;
  maxRssMb: number;
}

function runLimited(args: string[]): ChildRun {
  // Wired as bin/tonghop.js wires it: tsx's require and import hooks, and the file adapters passed in.
  const script = `require("tsx/cjs");
import("tsx/esm/api").then(({ register }) => {
  register();
  const { run } = require(${JSON.stringify(join(ROOT, "src/cli/main.ts"))});
  const { filePorts } = require(${JSON.stringify(join(ROOT, "src/hosts/files.ts"))});
  let out = "";
  return run(process.argv.slice(1), { out: (s) => (out += s + "\\n"), err: (s) => process.stderr.write(s + "\\n") }, filePorts).then((code) => {
    process.stdout.write(JSON.stringify({ out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    process.exitCode = code;
  });
});`;
  const started = Date.now();
  const child = spawnSync(process.execPath, ["--max-old-space-size=1024", "-e", script, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = (Date.now() - started) / 1000;
  const parsed = child.status !== null && child.stdout ? JSON.parse(child.stdout) : { out: "", maxRssMb: NaN };
  return { code: child.status, out: parsed.out, err: child.stderr, seconds, maxRssMb: parsed.maxRssMb };
}

async function totalsValues(path: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Tổng hợp")!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).map((v) => (v && typeof v === "object" && "result" in v ? v.result : v))));
  return rows;
}

describe("a ward file formatted down a million empty rows", () => {
  const dir = tempDir();
  const plain = join(dir.path, "plain", "phuong-hiep-loi.xlsx");
  const huge = join(dir.path, "huge", "phuong-hiep-loi.xlsx");

  beforeAll(async () => {
    const bytes = await (await SampleWorkbook.unit("phuong-hiep-loi.xlsx")).toBuffer();
    mkdirSync(join(dir.path, "plain"));
    mkdirSync(join(dir.path, "huge"));
    writeFileSync(plain, bytes);
    const entries = await zipEntries(bytes);
    const part = [...entries.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const started = Date.now();
    entries.set(part, withFormattedRows(text(entries, part)));
    writeFileSync(huge, writeZip(entries));
    console.log(`generated ${EMPTY_ROWS.toLocaleString()} formatted rows (${(entries.get(part)!.length / 2 ** 20).toFixed(0)} MB of XML) in ${(Date.now() - started) / 1000} s`);
  }, 120_000);
  afterAll(() => dir.remove());

  it("validates with the same findings as the same ward without the empty rows, under a 1 GB heap", async () => {
    const expected = await cli(["validate", plain, "--json"]);
    const run = runLimited(["validate", huge, "--json"]);
    console.log(`validate: ${run.seconds} s, peak RSS ${run.maxRssMb.toFixed(0)} MB`);
    expect(run.err).toBe(expected.err);
    expect(run.code).toBe(expected.code);
    expect(JSON.parse(run.out)).toEqual(JSON.parse(expected.out));
  }, 180_000);

  it("totals to the same figures, under a 1 GB heap", async () => {
    const expected = await cli(["totals", plain, "--out", join(dir.path, "plain-totals.xlsx")]);
    const run = runLimited(["totals", huge, "--out", join(dir.path, "huge-totals.xlsx")]);
    console.log(`totals: ${run.seconds} s, peak RSS ${run.maxRssMb.toFixed(0)} MB`);
    expect(run.err).toBe(expected.err);
    expect(run.code).toBe(expected.code);
    expect(run.out.replaceAll("huge-totals", "plain-totals")).toBe(expected.out);
    expect(await totalsValues(join(dir.path, "huge-totals.xlsx"))).toEqual(await totalsValues(join(dir.path, "plain-totals.xlsx")));
  }, 180_000);
});
