/**
 * Issue 13, first proof: a form written here — three indicators with 3-digit codes, none of the built-in's
 * names, titles or rules — runs through validate, totals and report by `--form`, on two wards' workbooks
 * made from its own templates. Nothing in the engine may be shaped like the first form.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Finding } from "../../src/core/findings";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFormFile } from "../../src/app/forms";
import type { FormDef } from "../../src/core/form";
import { cli } from "../helpers/cli";
import { valueCells, writeUnitFiles, writeUnitList, type UnitFigures } from "../helpers/form-wards";
import { blockText, child, docxParts, parseXml } from "../report/docx-reader";
import { formulaOf, headerColumn, readXlsx, resultOf, textOf, TOTALS_SHEET } from "../totals/helpers";

const FORM_JSON = {
  id: "giai-ngan-von",
  title: "SỐ LIỆU GIẢI NGÂN VỐN CHƯƠNG TRÌNH MỤC TIÊU",
  subject: "công tác giải ngân vốn chương trình mục tiêu",
  indicators: [
    { code: "101", section: "I. PHÂN BỔ VỐN", name: "Kinh phí được phân bổ", unit: "triệu đồng", type: "integer", scope: "all-units", total: "sum", year: "last" },
    { code: "102", section: "II. GIẢI NGÂN", name: "Kinh phí đã giải ngân", unit: "triệu đồng", type: "decimal", decimals: 2, scope: "all-units", total: "sum", year: "sum" },
    { code: "103", section: "II. GIẢI NGÂN", name: "Tỷ lệ giải ngân", unit: "%", type: "percent", decimals: 1, scope: "all-units", total: "[102] / [101] * 100", year: "last" },
  ],
  rules: [
    { id: "R01", check: "[102] <= [101]", severity: "error", applies: ["unit", "city"], instruction: "Số đã giải ngân không thể vượt số được phân bổ." },
  ],
};

const PERIOD = "9 tháng đầu năm 2024";
const AN_HOA = "Phường An Hòa";
const TAN_PHU = "Xã Tân Phú";

/** 850,1 + 615,2 is 1.465,3 — not the 1465.3000000000002 of a float sum; the rate of the totals is 73,265%. */
const WARDS: UnitFigures[] = [
  { name: AN_HOA, type: "Phường", figures: { "101": 1200, "102": 850.1, "103": 70.8 } },
  { name: TAN_PHU, type: "Xã", figures: { "101": 800, "102": 615.2, "103": 76.9 } },
];

/** A finding as `--json` prints it: the engine's own. */
type JsonFinding = Finding;

interface ValidateJson {
  units: { name: string; kind: string; sheet: string; file: string | null; period: string | null }[];
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos: number; wards: { reported: number; expected: number | null } };
}

/** The document's paragraphs and table rows as lines (cells joined by tabs), NFC. */
async function docxLines(path: string): Promise<string[]> {
  const document = parseXml((await docxParts(readFileSync(path))).get("word/document.xml")!);
  return blockText(child(document, "w:body")!.children).normalize("NFC").split("\n");
}

describe("a three-indicator form given with --form", () => {
  let dir: string;
  let formFile: string;
  let wards: string[];
  let list: string;
  let form: FormDef;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tonghop-three-"));
    formFile = join(dir, "giai-ngan-von.form.json");
    writeFileSync(formFile, JSON.stringify(FORM_JSON, null, 2));
    form = loadFormFile(readFileSync(formFile, "utf8"), "giai-ngan-von.form.json");
    wards = await writeUnitFiles(dir, form, WARDS, PERIOD);
    list = await writeUnitList(join(dir, "danh-sach.xlsx"), WARDS, PERIOD, {
      agency: "Ủy ban nhân dân huyện Châu Thành",
      place: "Châu Thành",
      symbol: "BC-UBND",
    });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function validate(...args: string[]): Promise<{ code: number; json: ValidateJson }> {
    const c = await cli("validate", ...args, "--form", formFile, "--json");
    expect(c.err).toBe("");
    return { code: c.code, json: JSON.parse(c.out) as ValidateJson };
  }

  test("validate: the two wards are read by the form; only the missing unit list is said without one", async () => {
    const { code, json } = await validate(...wards);
    expect(code).toBe(0);
    expect(json.units.map((u) => [u.name, u.kind, u.period])).toEqual([
      [AN_HOA, "ward", PERIOD],
      [TAN_PHU, "ward", PERIOD],
    ]);
    expect(json.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
  });

  test("validate: nothing at all with the unit list", async () => {
    const { code, json } = await validate(...wards, "--units", list);
    expect(code).toBe(0);
    expect(json.findings).toEqual([]);
    expect(json.summary).toEqual({ errors: 0, warnings: 0, infos: 0, wards: { reported: 2, expected: 2 } });
  });

  test("totals: exact sums, and the rate of the totals written as a formula over the total cells", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const c = await cli("totals", ...wards, "--form", formFile, "--units", list, "--out", out);
    expect(c.err).toBe("");
    expect(c.code).toBe(0);
    const ws = (await readXlsx(out)).getWorksheet(TOTALS_SHEET)!;
    const total = headerColumn(ws, "Tổng cộng");
    expect([headerColumn(ws, AN_HOA), headerColumn(ws, TAN_PHU)]).toEqual([total - 2, total - 1]);
    const rows = new Map<string, number>();
    ws.eachRow((row, r) => {
      if (["101", "102", "103"].includes(textOf(row.getCell(2)))) rows.set(textOf(row.getCell(2)), r);
    });
    const cell = (code: string) => ws.getCell(rows.get(code)!, total);
    expect(textOf(ws.getCell(rows.get("102")!, 3))).toBe("Kinh phí đã giải ngân");
    expect(resultOf(cell("101"))).toBe(2000);
    expect(resultOf(cell("102"))).toBe(1465.3);
    // (850,1 + 615,2) / 2000 × 100 — not the wards' 70,8 + 76,9 nor their mean 73,85.
    expect(resultOf(cell("103"))).toBeCloseTo(73.265, 9);
    const refs = formulaOf(cell("103"))!.match(/\$?[A-Z]{1,3}\$?\d+/g)!.map((r) => r.replace(/\$/g, ""));
    expect(new Set(refs)).toEqual(new Set([cell("102").address, cell("101").address]));
  });

  test("report: a .docx with the form's sections and its figures in sentences from names and units", async () => {
    const out = join(dir, "bao-cao.docx");
    const c = await cli("report", ...wards, "--form", formFile, "--units", list, "--out", out);
    expect(c.err).toBe("");
    expect(c.code).toBe(0);
    const lines = await docxLines(out);
    const text = lines.join("\n");
    expect(text).toContain("báo cáo kết quả thực hiện công tác giải ngân vốn chương trình mục tiêu 9 tháng đầu năm 2024");
    const body = ["II. PHÂN BỔ VỐN", "- Kinh phí được phân bổ: 2.000 triệu đồng.", "III. GIẢI NGÂN", "- Kinh phí đã giải ngân: 1.465,3 triệu đồng.", "- Tỷ lệ giải ngân: 73,3%."];
    const first = lines.indexOf(body[0]);
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first, first + body.length)).toEqual(body);
    expect(lines).toContain("- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu không có lỗi, không có cảnh báo.");
    // The appendix table: a row per indicator, the wards' figures, the total last.
    expect(lines).toContainEqual(expect.stringMatching(/^STT\tMã số\tChỉ tiêu\tĐơn vị tính\tPhường An Hòa\tXã Tân Phú\tTổng cộng$/));
    expect(lines).toContainEqual(expect.stringMatching(/^2\t102\tKinh phí đã giải ngân\ttriệu đồng\t850,1\t615,2\t1\.465,3$/));
    expect(lines).toContainEqual(expect.stringMatching(/^3\t103\tTỷ lệ giải ngân\t%\t70,8\t76,9\t73,3$/));
    expect(text).toMatch(/^Trên đây là báo cáo kết quả thực hiện công tác giải ngân vốn chương trình mục tiêu 9 tháng đầu năm 2024 /m);
    expect(text).not.toMatch(/mại dâm/);
  });

  test("a ward disbursing more than it was given: the finding names both indicators with their values and the difference", async () => {
    const faulty = mkdtempSync(join(dir, "loi-"));
    const files = await writeUnitFiles(faulty, form, [WARDS[0], { ...WARDS[1], figures: { ...WARDS[1].figures, "102": 815.5 } }], PERIOD);
    const { code, json } = await validate(...files, "--units", list);
    expect(code).toBe(1);
    const cells = await valueCells(readFileSync(files[1]), form);
    expect(json.findings.map((f) => [f.code, f.severity, f.unit, f.cell, f.indicator])).toEqual([["R01", "error", TAN_PHU, cells.get("102"), "102"]]);
    const { message, instruction } = json.findings[0];
    expect(message).toMatch(/Kinh phí đã giải ngân \(mã 102\) = 815,5/);
    expect(message).toMatch(/Kinh phí được phân bổ \(mã 101\) = 800\b/);
    expect(message).toContain("chênh lệch 15,5");
    expect(instruction).toBe("Số đã giải ngân không thể vượt số được phân bổ.");
  });
});
