/** What reaches the terminal: no raw error codes, no control characters from cells, places that name their file. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { fileErrorMessage } from "../../src/cli/fs-errors";
import { terminalSafe } from "../../src/cli/output";
import { cli } from "../helpers/cli";
import { SampleWorkbook, UNIT_FILES } from "../helpers/sample-workbook";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tonghop-cli-terminal-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const NGA_BAY = UNIT_FILES.find((f) => f.endsWith("phuong-nga-bay.xlsx"))!;
const RAW_CODE = /\bE[A-Z]{3,}\b|ERR_/;
const errnoError = (code: string) => Object.assign(new Error(`${code}: system message`), { code });

describe("file system errors are told in Vietnamese, never by their code", () => {
  const CODES = ["EISDIR", "EACCES", "EPERM", "EBUSY", "ENOSPC", "EROFS", "ENAMETOOLONG", "ENOTDIR", "EMFILE", "ENFILE", "EEXIST",
    "EFBIG", "EDQUOT", "ELOOP", "EIO", "EINVAL", "ETXTBSY", "ESTALE", "ERR_FS_FILE_TOO_LARGE", "EWHATEVER"];

  test.each(CODES)("%s, reading and writing", (code) => {
    for (const action of ["read", "write"] as const) {
      const message = fileErrorMessage(errnoError(code), "a.xlsx", action, "Word");
      expect(message).not.toMatch(RAW_CODE);
      expect(message).toMatch(action === "read" && code === "EISDIR" ? /^"a\.xlsx" là thư mục/ : action === "read" ? /^Không đọc được "a\.xlsx": / : /^Không ghi được "a\.xlsx": /);
    }
  });

  test("the messages a clerk meets most", () => {
    expect(fileErrorMessage(errnoError("EBUSY"), "bao-cao.docx", "write", "Word")).toBe(
      'Không ghi được "bao-cao.docx": file đang mở trong Word; hãy đóng file rồi chạy lại.',
    );
    expect(fileErrorMessage(errnoError("EACCES"), "a.xlsx", "read")).toBe('Không đọc được "a.xlsx": không có quyền đọc file.');
    expect(fileErrorMessage(errnoError("ENOSPC"), "t.xlsx", "write")).toBe('Không ghi được "t.xlsx": ổ đĩa đã hết chỗ trống.');
    expect(fileErrorMessage(errnoError("EWHATEVER"), "t.xlsx", "write")).toBe('Không ghi được "t.xlsx": lỗi hệ thống không rõ nguyên nhân.');
  });

  test.each([
    ["ENOTDIR: a file used as a folder", () => join(NGA_BAY, "x.xlsx"), "một phần của đường dẫn là file chứ không phải thư mục"],
    ["ENAMETOOLONG", () => join(dir, "a".repeat(300) + ".xlsx"), "đường dẫn quá dài; hãy đặt file vào thư mục có đường dẫn ngắn hơn"],
    ["ELOOP: a symbolic link to itself", () => {
      const loop = join(dir, "vong.xlsx");
      symlinkSync(loop, loop);
      return loop;
    }, "đường dẫn có liên kết (symlink) trỏ vòng"],
  ])("reading an input: %s", async (_, path, reason) => {
    const input = path();
    const r = await cli("validate", input);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: Không đọc được "${input}": ${reason}.\n`);
  });

  test("reading an input the user may not read (EACCES)", async () => {
    jest.spyOn(fsPromises, "readFile").mockRejectedValue(errnoError("EACCES"));
    const r = await cli("validate", NGA_BAY);
    expect(r.err).toBe(`Lỗi: Không đọc được "${NGA_BAY}": không có quyền đọc file.\n`);
  });

  test("writing where a file stands in for a folder", async () => {
    const out = join(NGA_BAY, "tong-hop.xlsx");
    const r = await cli("totals", NGA_BAY, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: Không ghi được "${out}": đã có một file trùng tên với thư mục cần tạo.\n`);
  });

  test("the output is open in Word (EBUSY on the final rename)", async () => {
    jest.spyOn(fsPromises, "rename").mockRejectedValue(errnoError("EBUSY"));
    const out = join(dir, "dang-mo.docx");
    const r = await cli("report", NGA_BAY, "--out", out);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Lỗi: Không ghi được "${out}": file đang mở trong Word; hãy đóng file rồi chạy lại.\n`);
  });
});

describe("control characters from cells never reach the terminal", () => {
  test("terminalSafe shows each as a visible \\u escape and keeps Vietnamese, newlines and tabs", () => {
    expect(terminalSafe("Phường \u001b[31mNgã Bảy\u001b[0m")).toBe("Phường \\u001b[31mNgã Bảy\\u001b[0m");
    expect(terminalSafe("a\u0000b\u0007c\rd\u007fe\u0085f\u009b2Jg")).toBe("a\\u0000b\\u0007c\\u000dd\\u007fe\\u0085f\\u009b2Jg");
    expect(terminalSafe("\u202aA\u202bB\u202cC\u202dD\u202eE\u2066F\u2067G\u2068H\u2069I\u200e\u200f\u061c\u2028\u2029")).toBe(
      "\\u202aA\\u202bB\\u202cC\\u202dD\\u202eE\\u2066F\\u2067G\\u2068H\\u2069I\\u200e\\u200f\\u061c\\u2028\\u2029",
    );
    expect(terminalSafe("Dân số:\t1.234\nXã Tân Thành")).toBe("Dân số:\t1.234\nXã Tân Thành");
  });

  /** A ward file whose unit and sheet names carry C1 and bidi characters, and a value ANSI sequences (OOXML's _x001B_ is ESC). */
  async function hostileWard(): Promise<string> {
    const book = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", "Phường Lái\u202e Hiếu\u009b2J");
    book.setValue(undefined, "20", "ESC_MARK");
    book.sheet().name = "Phụ\u2067 lục";
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const name = zip.file("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace("ESC_MARK", "_x001B_[2J_x001B_[31m1"));
    const path = join(dir, "lai-hieu-ky-tu-la.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer" }));
    return path;
  }

  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  test("text output: findings, unit and sheet names come out escaped", async () => {
    const r = await cli("validate", await hostileWard());
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(UNSAFE);
    expect(r.out).toContain('Phường Lái\\u202e Hiếu\\u009b2J (trang "Phụ\\u2067 lục", lai-hieu-ky-tu-la.xlsx)');
    expect(r.out).toContain('Phụ\\u2067 lục!E31  value.text  Tin, bài phát thanh (mã 20) ghi "\\u001b[2J\\u001b[31m1", không phải là số.');
  });

  test("--json output: still the exact strings once parsed, with no raw control character printed", async () => {
    const r = await cli("validate", await hostileWard(), "--json");
    expect(r.out).not.toMatch(UNSAFE);
    const json = JSON.parse(r.out);
    expect(json.units[0]).toMatchObject({ name: "Phường Lái\u202e Hiếu\u009b2J", sheet: "Phụ\u2067 lục" });
    expect(json.findings[0]).toMatchObject({ code: "value.text", cell: "E31" });
    expect(json.findings[0].message).toContain('"\u001b[2J\u001b[31m1"');
  });

  test("totals: the copied sheet's name is printed escaped", async () => {
    const r = await cli("totals", await hostileWard(), NGA_BAY, "--out", join(dir, "tong-hop.xlsx"));
    expect(r.out).not.toMatch(UNSAFE);
    expect(r.out).toContain('chép từ trang "Phụ\\u2067 lục" của lai-hieu-ky-tu-la.xlsx');
  });
});

describe("a finding's place names its file when the run reads several files", () => {
  test("two files both with a sheet “Phụ lục” for the same ward: the duplicate line says which file", async () => {
    mkdirSync(join(dir, "dup"), { recursive: true });
    const second = join(dir, "dup", "nga-bay-ban-2.xlsx");
    copyFileSync(NGA_BAY, second);
    const r = await cli("validate", NGA_BAY, second);
    expect(r.code).toBe(1);
    expect(r.out.split("\n").slice(0, 3)).toEqual([
      'Phường Ngã Bảy (trang "Phụ lục", phuong-nga-bay.xlsx)',
      "  Lỗi (1):",
      '    nga-bay-ban-2.xlsx › Phụ lục!C3  unit.duplicate  Đơn vị "Phường Ngã Bảy" đã có số liệu ở trang "Phụ lục" (phuong-nga-bay.xlsx); số liệu trang này không được tổng hợp.',
    ]);
  });

  test("a single file's places stay short", async () => {
    const book = await SampleWorkbook.unit("phuong-nga-bay.xlsx");
    book.setValue(undefined, "19", -1);
    const path = join(dir, "mot-file.xlsx");
    writeFileSync(path, await book.toBuffer());
    const r = await cli("validate", path);
    expect(r.out).toContain("    Phụ lục!E30  value.negative  ");
    expect(r.out).not.toContain("›");
  });
});
