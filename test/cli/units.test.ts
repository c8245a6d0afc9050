/** `--units <file.xlsx>` on every command, and what every command says when there is no list at all. */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/cli";
import { CITY_FILE, SampleWorkbook, UNIT_FILES } from "../helpers/sample-workbook";
import { headerColumn, readXlsx, resultOf, TOTALS_SHEET, totalsRows } from "../totals/helpers";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tonghop-cli-units-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unitFile = (name: string) => UNIT_FILES.find((f) => f.endsWith(name))!;
/** Five of the six wards' files and the city-level one: Phường Hiệp Lợi has not sent its file. */
const withoutHiepLoi = () => UNIT_FILES.filter((f) => !f.endsWith("phuong-hiep-loi.xlsx"));
const lastLine = (s: string) => s.trimEnd().split("\n").pop();

async function save(book: SampleWorkbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await book.toBuffer());
  return path;
}

describe("without a unit list", () => {
  test("5 of 6 ward files are not called “5/5”: text says the count is unchecked, one unit.no-list info", async () => {
    const { out } = await cli("validate", ...withoutHiepLoi());
    expect(lastLine(out)).toMatch(/, 1 thông tin — đơn vị: 5 xã, phường \(chưa có danh sách để đối chiếu\)$/);
    expect(out).toContain("unit.no-list  Chưa có danh sách đơn vị");
    expect(out).not.toContain("5/5");
  });

  test("--json prints \"expected\": null", async () => {
    const { out } = await cli("validate", ...withoutHiepLoi(), "--json");
    expect(out).toContain('"expected": null');
    const json = JSON.parse(out);
    expect(json.summary.wards).toEqual({ reported: 5, expected: null });
    expect(json.findings.filter((f: { code: string }) => f.code === "unit.no-list")).toEqual([
      expect.objectContaining({ severity: "info", sheet: null, file: null }),
    ]);
  });
});

describe("--units <file.xlsx>: the list the wards are checked against", () => {
  test("validate: the missing ward is named, 5/6, the list's place names the --units file", async () => {
    const { code, out } = await cli("validate", ...withoutHiepLoi(), "--units", CITY_FILE);
    expect(code).toBe(0);
    expect(out.trimEnd().split("\n").slice(-5)).toEqual([
      "Phường Hiệp Lợi",
      "  Cảnh báo (1):",
      "    tong-hop-ngabay.xlsx › Thông tin báo cáo!B26  unit.missing  Chưa có số liệu của Phường Hiệp Lợi (đã nhận 5/6 xã, phường).",
      "",
      "0 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 5/6",
    ]);
    const json = JSON.parse((await cli("validate", ...withoutHiepLoi(), "--units", CITY_FILE, "--json")).out);
    expect(json.summary.wards).toEqual({ reported: 5, expected: 6 });
    expect(json.findings).toEqual([expect.objectContaining({ code: "unit.missing", file: "tong-hop-ngabay.xlsx", sheet: "Thông tin báo cáo", cell: "B26" })]);
  });

  test("validate: a misspelt ward is refused against the list (exit 1), with the listed name suggested", async () => {
    const book = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", "Phường Lái Hiêu");
    const files = [...UNIT_FILES.filter((f) => !f.endsWith("phuong-lai-hieu.xlsx")), await save(book, "lai-hieu.xlsx")];
    const unchecked = await cli("validate", ...files);
    expect(unchecked.code).toBe(0);
    const { code, out } = await cli("validate", ...files, "--units", CITY_FILE);
    expect(code).toBe(1);
    expect(out).toContain(
      '    lai-hieu.xlsx › Phụ lục!C3  unit.unknown  Đơn vị "Phường Lái Hiêu" không có trong danh sách đơn vị của thành phố; có phải là "Phường Lái Hiếu"?',
    );
    expect(lastLine(out)).toBe("1 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 5/6");
  });

  test("totals: ward files + --units give 6/6; a misspelt ward's figures are left out of the total, marked incomplete", async () => {
    const full = await cli("totals", ...UNIT_FILES, "--units", CITY_FILE, "--out", join(dir, "full.xlsx"));
    expect(full.code).toBe(0);
    expect(lastLine(full.out)).toBe("0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6");

    const book = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", "Phường Lái Hiêu");
    const files = [...UNIT_FILES.filter((f) => !f.endsWith("phuong-lai-hieu.xlsx")), await save(book, "lai-hieu.xlsx")];
    const out = join(dir, "misspelt.xlsx");
    const r = await cli("totals", ...files, "--units", CITY_FILE, "--out", out);
    expect(r.code).toBe(1);
    expect(lastLine(r.out)).toBe("1 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 5/6");
    expect(r.out).toMatch(/\d+ chỉ tiêu chưa đủ số liệu \(mã 01, 02,/);

    const population = async (path: string) => Number((await SampleWorkbook.load(path)).value(undefined, "02"));
    const counted = UNIT_FILES.filter((f) => /phuong-(nga-bay|hiep-thanh|hiep-loi)|xa-(dai|tan)-thanh/.test(f));
    let expected = 0;
    for (const f of counted) expected += await population(f);
    const ws = (await readXlsx(out)).getWorksheet(TOTALS_SHEET)!;
    const total = ws.getCell(totalsRows(ws).get("02")!, headerColumn(ws, "Tổng cộng"));
    expect(resultOf(total)).toBe(expected);
    expect(expected).toBeLessThan(expected + (await population(unitFile("phuong-lai-hieu.xlsx"))));
  });

  test("report: ward files + --units are checked against the list (6/6)", async () => {
    const r = await cli("report", ...UNIT_FILES, "--units", CITY_FILE, "--out", join(dir, "bao-cao.docx"));
    expect(r.code).toBe(0);
    expect(lastLine(r.out)).toBe("0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6");
    const unchecked = await cli("report", ...UNIT_FILES, "--out", join(dir, "bao-cao-2.docx"));
    expect(lastLine(unchecked.out)).toBe("0 lỗi, 0 cảnh báo, 1 thông tin — đơn vị: 6 xã, phường (chưa có danh sách để đối chiếu)");
  });

  test("--help mentions --units on every command", async () => {
    const { out } = await cli("--help");
    expect(out).toContain("tonghop validate <file.xlsx>… [--json] [--units <file.xlsx>]");
    expect(out).toContain("tonghop totals <file.xlsx>… --out <file.xlsx> [--units <file.xlsx>]");
    expect(out).toContain("tonghop report <file.xlsx>… --out <file.docx> [--units <file.xlsx>]");
  });
});

describe("a --units file that cannot serve as a list: exit 2, a Vietnamese message, nothing written", () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ["has no “Thông tin báo cáo” sheet", async () => unitFile("phuong-nga-bay.xlsx"),
      /^Lỗi: File ".*phuong-nga-bay\.xlsx" \(sau --units\) không có trang "Thông tin báo cáo" chứa danh sách đơn vị; hãy chỉ ra file tổng hợp của thành phố có trang này\.$/],
    ["is missing", async () => join(dir, "khong-co.xlsx"), /^Lỗi: Không tìm thấy file ".*khong-co\.xlsx"\.$/],
    ["is a folder", async () => dir, /^Lỗi: ".*" là thư mục, không phải file \.xlsx\.$/],
    ["is not a workbook", async () => {
      writeFileSync(join(dir, "danh-sach.xlsx"), "không phải Excel");
      return join(dir, "danh-sach.xlsx");
    }, /^Lỗi: "danh-sach\.xlsx" không phải là file Excel \.xlsx\.$/],
  ];

  test.each(cases)("validate: --units %s", async (_, units, message) => {
    const { code, out, err } = await cli("validate", unitFile("phuong-nga-bay.xlsx"), "--units", await units());
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trimEnd()).toMatch(message);
  });

  test.each([
    ["totals", "tong-hop.xlsx"],
    ["report", "bao-cao.docx"],
  ])("%s: --units without the sheet writes nothing", async (command, name) => {
    const out = join(dir, "refused", name);
    const { code, err } = await cli(command, ...UNIT_FILES, "--units", unitFile("phuong-nga-bay.xlsx"), "--out", out);
    expect(code).toBe(2);
    expect(err).toContain('(sau --units) không có trang "Thông tin báo cáo"');
    expect(existsSync(out)).toBe(false);
  });

  test("--units without a path", async () => {
    const { code, err } = await cli("validate", CITY_FILE, "--units");
    expect(code).toBe(2);
    expect(err).toBe("Lỗi: Thiếu đường dẫn file sau --units.\n");
  });
});
