/** Outputs never replace an input, under any name, and a failed write leaves the previous output as it was. */
import { spawnSync } from "node:child_process";
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as docx from "../../src/hosts/docx/write-report-docx";
import { cli } from "../helpers/cli";
import { CITY_FILE, UNIT_FILES } from "../helpers/sample-workbook";

const ROOT = join(__dirname, "..", "..");
let dir: string;
let input: string;
let inputBytes: Buffer;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tonghop-cli-outputs-"));
  input = join(dir, "tong-hop.xlsx");
  writeFileSync(input, readFileSync(CITY_FILE));
  inputBytes = readFileSync(input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** A fresh folder holding `name` as a second name of the input: "hard" link, "symbolic" link. */
function aliasOfInput(kind: "hard" | "symbolic", name: string): string {
  const folder = mkdtempSync(join(dir, "alias-"));
  const alias = join(folder, name);
  (kind === "hard" ? linkSync : symlinkSync)(input, alias);
  return alias;
}

describe("--out may not be an input under another name: exit 2, the input's bytes untouched", () => {
  test.each([
    ["totals", "hard", "ban-sao.xlsx"],
    ["totals", "symbolic", "ban-sao.xlsx"],
    ["report", "hard", "bao-cao.docx"],
    ["report", "symbolic", "bao-cao.docx"],
  ] as const)("%s --out onto a %s link of the input", async (command, kind, name) => {
    const out = aliasOfInput(kind, name);
    const r = await cli(command, input, "--out", out);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(`Lỗi: --out "${out}" trùng với file đầu vào "${input}"; hãy ghi ra một file khác để không mất số liệu gốc.\n`);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  test("totals --out spelled differently (…/sub/../tong-hop.xlsx)", async () => {
    mkdirSync(join(dir, "sub"), { recursive: true });
    const out = join(dir, "sub", "..", "tong-hop.xlsx");
    const r = await cli("totals", input, "--out", `${dir}/sub/../tong-hop.xlsx`);
    expect(r.code).toBe(2);
    expect(r.err).toContain("trùng với file đầu vào");
    expect(readFileSync(out).equals(inputBytes)).toBe(true);
  });

  test("totals --out onto a hard link of the --units file", async () => {
    const out = aliasOfInput("hard", "danh-sach.xlsx");
    const r = await cli("totals", ...UNIT_FILES, "--units", input, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`trùng với file đầu vào "${input}"`);
    expect(readFileSync(input).equals(inputBytes)).toBe(true);
  });

  test("--out naming a folder is refused before any work, in Vietnamese", async () => {
    const folder = join(dir, "thu-muc.xlsx");
    mkdirSync(folder, { recursive: true });
    const r = await cli("totals", input, "--out", folder);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: --out "${folder}" là một thư mục; hãy chỉ ra tên file cần ghi trong thư mục đó.\n`);
  });
});

describe("outputs are written to a temporary file and renamed over the target", () => {
  const OLD = Buffer.from("báo cáo kỳ trước");

  function previousOutput(name: string): { folder: string; out: string } {
    const folder = mkdtempSync(join(dir, "out-"));
    const out = join(folder, name);
    writeFileSync(out, OLD);
    return { folder, out };
  }

  test("a successful run replaces the previous output and leaves no temporary file", async () => {
    const { folder, out } = previousOutput("tong-hop-moi.xlsx");
    const r = await cli("totals", input, "--out", out);
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(folder)).toEqual(["tong-hop-moi.xlsx"]);
  });

  test("the disk fills up half way through the write: old bytes kept, no temporary file, no ENOSPC shown", async () => {
    const { folder, out } = previousOutput("tong-hop-moi.xlsx");
    const real = fsPromises.writeFile;
    jest.spyOn(fsPromises, "writeFile").mockImplementation(async (path, data, options) => {
      await real(path, (data as Uint8Array).subarray(0, 1000), options);
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    const r = await cli("totals", input, "--out", out);
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(readdirSync(folder)).toEqual(["tong-hop-moi.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: Không ghi được "${out}": ổ đĩa đã hết chỗ trống.\n`);
  });

  test("the report's generation throws: the previous report is kept", async () => {
    const { folder, out } = previousOutput("bao-cao.docx");
    jest.spyOn(docx, "writeReportDocx").mockRejectedValue(new Error("hết bộ nhớ"));
    const r = await cli("report", input, "--out", out);
    expect(r.code).toBe(2);
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(readdirSync(folder)).toEqual(["bao-cao.docx"]);
  });

  test("a real process whose write stops half way (file-size limit, ulimit -f): old bytes kept, Vietnamese message", () => {
    const { folder, out } = previousOutput("tong-hop-moi.xlsx");
    const bin = join(ROOT, "bin", "tonghop.js");
    // 16 KiB: the inputs are read whole, the output (~100 KiB) cannot be written whole.
    const r = spawnSync("bash", ["-c", 'ulimit -f 16 && exec "$0" "$@"', process.execPath, bin, "totals", input, "--out", out], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(readdirSync(folder)).toEqual(["tong-hop-moi.xlsx"]);
    expect(r.stderr).toBe(`Lỗi: Không ghi được "${out}": file vượt quá kích thước máy cho phép ghi.\n`);
    expect(r.status).toBe(2);
  });
});
