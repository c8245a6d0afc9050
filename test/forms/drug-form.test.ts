/**
 * Issue 13, second proof: the drug-prevention form (examples/forms/phu-luc-ma-tuy.form.json) end to end on
 * workbooks made from its own templates — five wards and the city police — through `--form`: validate silent
 * on clean figures and each of R01–R07 firing on a fault made for it, totals with the ratio of the totals
 * (also after LibreOffice recalculates), and the general report, rendered to PDF and PNG.
 *
 * TONGHOP_RENDER_DIR=<folder> keeps the rendered report (PDF, PNG pages) there to be looked at.
 */
import { execFileSync, spawnSync } from "node:child_process";
import type { Finding } from "../../src/core/findings";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { loadFormFile } from "../../src/app/forms";
import type { FormDef } from "../../src/core/form";
import { isInfoSheet } from "../../src/core/reader";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks } from "../../src/core/validate";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { cli } from "../helpers/cli";
import { valueCells, writeUnitFiles, writeUnitList, type Figures, type UnitFigures } from "../helpers/form-wards";
import { blockText, child, docxParts, parseXml } from "../report/docx-reader";
import { formulaOf, headerColumn, readXlsx, resultOf, shownTotal, textOf, TOTALS_SHEET } from "../totals/helpers";
import { recalculate, testWithSoffice } from "../totals/recalc";

const FORM_FILE = join(__dirname, "..", "..", "examples", "forms", "phu-luc-ma-tuy.form.json");
const form: FormDef = loadFormFile(readFileSync(FORM_FILE, "utf8"), "phu-luc-ma-tuy.form.json");

const PERIOD = "6 tháng đầu năm 2024";
const PREVIOUS_PERIOD = "6 tháng cuối năm 2023";
const POLICE = "Công an thành phố";

/**
 * Figures that satisfy every rule. 08 is each ward's (05 + 06) / 01 × 100; Xã Tân Thành writes its flag
 * "Có"; the city police report only what all units report (its ward-only cells are locked). 11 and 14 are
 * chosen so a float sum would not give their exact totals.
 */
const CLEAN: UnitFigures[] = [
  { name: "Phường Ngã Bảy", type: "Phường", figures: { "01": 40, "02": 3, "03": 12, "04": 0, "05": 10, "06": 6, "07": 8, "08": 40, "09": 3, "10": 5, "11": 1.1, "12": 6, "13": 420, "14": 0.1 } },
  { name: "Phường Lái Hiếu", type: "Phường", figures: { "01": 25, "02": 1, "03": 7, "04": 0, "05": 4, "06": 3, "07": 5, "08": 28, "09": 2, "10": 2, "11": 2.2, "12": 4, "13": 300, "14": 0.2 } },
  { name: "Phường Hiệp Thành", type: "Phường", figures: { "01": 8, "02": 0, "03": 2, "04": 0, "05": 2, "06": 1, "07": 3, "08": 37.5, "09": 1, "10": 1, "11": 0.3, "12": 3, "13": 150, "14": 0.305 } },
  { name: "Xã Đại Thành", type: "Xã", figures: { "01": 0, "02": 0, "03": 0, "04": 1, "05": 0, "06": 0, "07": 1, "08": 0, "09": 0, "10": 0, "11": 0, "12": 2, "13": 90, "14": 0.4 } },
  { name: "Xã Tân Thành", type: "Xã", figures: { "01": 0, "02": 0, "03": 0, "04": "Có", "05": 0, "06": 0, "07": 2, "08": 0, "09": 0, "10": 0, "11": 0, "12": 1, "13": 60, "14": 0.015 } },
  { name: POLICE, type: "Công an", figures: { "05": 0, "06": 5, "07": 0, "09": 6, "10": 9, "11": 150.7, "12": 2, "13": 200, "14": 2.5 } },
];
const WARDS = CLEAN.filter((u) => u.type !== "Công an");

/** The city totals of CLEAN; 04 is a count of wards (2 of 5), 08 the ratio of the totals (16 + 15) / 73 × 100. */
const TOTALS: Record<string, number> = { "01": 73, "02": 4, "03": 21, "05": 16, "06": 15, "07": 19, "09": 12, "10": 17, "11": 154.3, "12": 18, "13": 1220, "14": 3.52 };
const RATIO = 3100 / 73;

const LIST_FIELDS = {
  agency: "Ủy ban nhân dân thành phố Ngã Bảy",
  parentAgency: "Ủy ban nhân dân tỉnh Hậu Giang",
  symbol: "BC-UBND",
  place: "Ngã Bảy",
  recipient: "Công an tỉnh Hậu Giang",
  basis: "Công văn số 1234/CAT-PC04 ngày 05 tháng 6 năm 2024 của Công an tỉnh Hậu Giang về việc báo cáo công tác phòng, chống ma túy 6 tháng đầu năm 2024",
  signAuthority: "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
  signer: "Nguyễn Văn An",
  distribution: "Như trên;\nLưu: VT.",
};

/** A finding as `--json` prints it: the engine's own. */
type JsonFinding = Finding;

interface ValidateJson {
  units: { name: string; kind: string; period: string | null }[];
  findings: JsonFinding[];
  summary: { errors: number; warnings: number; infos: number; wards: { reported: number; expected: number | null } };
}

function changed(units: UnitFigures[], unit: string, figures: Figures): UnitFigures[] {
  if (!units.some((u) => u.name === unit)) throw new Error(`no unit ${unit}`);
  return units.map((u) => (u.name === unit ? { ...u, figures: { ...u.figures, ...figures } } : u));
}

let root: string;
let list: string;
let cleanFiles: string[];
/** Where each code's value cell is: the same on every unit's template. */
let cells: Map<string, string>;
let runs = 0;

/** The units' workbooks written into a folder of their own. */
async function unitFiles(units: UnitFigures[], period = PERIOD): Promise<string[]> {
  const dir = join(root, `run-${++runs}`);
  mkdirSync(dir);
  return writeUnitFiles(dir, form, units, period);
}

async function validate(files: string[], withList = true): Promise<{ code: number; json: ValidateJson }> {
  const c = await cli("validate", ...files, ...(withList ? ["--units", list] : []), "--form", FORM_FILE, "--json");
  expect(c.err).toBe("");
  return { code: c.code, json: JSON.parse(c.out) as ValidateJson };
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "tonghop-drug-"));
  list = await writeUnitList(join(root, "danh-sach-don-vi.xlsx"), CLEAN, PERIOD, LIST_FIELDS);
  cleanFiles = await unitFiles(CLEAN);
  cells = await valueCells(readFileSync(cleanFiles[0]), form);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("validate", () => {
  test("clean figures from the templates: no finding, five wards and the city police read as such", async () => {
    const { code, json } = await validate(cleanFiles);
    expect(code).toBe(0);
    expect(json.findings).toEqual([]);
    expect(json.units.map((u) => [u.name, u.kind, u.period])).toEqual(CLEAN.map((u) => [u.name, u.type === "Công an" ? "city-level" : "ward", PERIOD]));
    expect(json.summary.wards).toEqual({ reported: 5, expected: 5 });
  });

  test("without the list only the missing list is said", async () => {
    const { json } = await validate(cleanFiles, false);
    expect(json.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
  });

  /** Each rule broken by one unit's figures; the messages as the engine words each rule's shape. */
  const faults: { rule: string; severity: string; unit: string; figures: Figures; at: string; named: RegExp[] }[] = [
    {
      rule: "R01", severity: "error", unit: "Phường Lái Hiếu", figures: { "02": 30 }, at: "02",
      named: [/Trong đó: người nghiện dưới 18 tuổi \(mã 02\) = 30 lớn hơn Người nghiện ma túy có hồ sơ quản lý \(mã 01\) = 25 \(chênh lệch 5\)/],
    },
    {
      rule: "R02", severity: "error", unit: "Xã Đại Thành", figures: { "01": 3 }, at: "01",
      named: [/^Vì Xã, phường không ma túy \(mã 04\) = 1, Người nghiện ma túy có hồ sơ quản lý \(mã 01\) phải bằng 0 nhưng đang là 3\.$/],
    },
    {
      // 40,6 against (10 + 6) / 40 × 100 = 40: 0,6 off, above the tolerance of 0,5.
      rule: "R03", severity: "warning", unit: "Phường Ngã Bảy", figures: { "08": 40.6 }, at: "08",
      named: [/= 0,6 lớn hơn 0,5/, /mã 08 = 40,6/, /mã 05 = 10\b/, /mã 06 = 6\b/, /mã 01 = 40\b/],
    },
    {
      // A unit rule on the city police too: arrests without a case.
      rule: "R04", severity: "error", unit: POLICE, figures: { "09": 0 }, at: "09",
      named: [/Đối tượng bị bắt giữ \(mã 10\) = 9 nhưng Vụ phạm tội về ma túy được phát hiện \(mã 09\) = 0/],
    },
    {
      rule: "R05", severity: "warning", unit: "Phường Hiệp Thành", figures: { "13": 0 }, at: "13",
      named: [/Buổi tuyên truyền phòng, chống ma túy \(mã 12\) = 3 nhưng Lượt người tham dự \(mã 13\) = 0/],
    },
    {
      rule: "R06", severity: "warning", unit: "Phường Ngã Bảy", figures: { "13": 3100 }, at: "13",
      named: [/Lượt người tham dự \(mã 13\) = 3\.100 lớn hơn .*= 3\.000 \(chênh lệch 100\)/, /mã 12 = 6\b/],
    },
  ];

  test.each(faults)("$rule fires on $unit's fault, pointing at its cell and naming the indicators with their values", async (fault) => {
    const files = await unitFiles(changed(CLEAN, fault.unit, fault.figures));
    const { code, json } = await validate(files);
    expect(code).toBe(fault.severity === "error" ? 1 : 0);
    expect(json.findings.map((f) => [f.code, f.severity, f.unit, f.sheet, f.cell, f.indicator])).toEqual([
      [fault.rule, fault.severity, fault.unit, "Phụ lục", cells.get(fault.at), fault.at],
    ]);
    for (const pattern of fault.named) expect(json.findings[0].message).toMatch(pattern);
    expect(json.findings[0].instruction).toBe(form.rules.find((r) => r.id === fault.rule)!.instruction);
  });

  test("R03 allows 0,5: a rate written 40,5 for 40 is no finding", async () => {
    const { json } = await validate(await unitFiles(changed(CLEAN, "Phường Ngã Bảy", { "08": 40.5 })));
    expect(json.findings).toEqual([]);
  });

  test("a rate above 100 is value.percent-range on its cell, and R03 does not judge it", async () => {
    const { code, json } = await validate(await unitFiles(changed(CLEAN, "Phường Lái Hiếu", { "08": 140 })));
    expect(code).toBe(1);
    expect(json.findings.map((f) => [f.code, f.unit, f.cell])).toEqual([["value.percent-range", "Phường Lái Hiếu", cells.get("08")]]);
    expect(json.findings[0].message).toBe("Tỷ lệ người nghiện được cai nghiện (mã 08) = 140%: tỷ lệ phải từ 0 đến 100.");
  });

  test('a flag written "Có" is accepted as 1: silent on clean figures, and R02 reads it', async () => {
    // CLEAN has Xã Tân Thành's 04 as "Có" and gives no finding (above); with addicts on file R02 holds it to 1.
    const { json } = await validate(await unitFiles(changed(CLEAN, "Xã Tân Thành", { "03": 2 })));
    expect(json.findings.map((f) => [f.code, f.unit, f.cell])).toEqual([["R02", "Xã Tân Thành", cells.get("03")]]);
    expect(json.findings[0].message).toMatch(/^Vì Xã, phường không ma túy \(mã 04\) = 1, .*\(mã 03\) phải bằng 0 nhưng đang là 2\.$/);
  });

  describe("R07, on the previous period (engine level: the CLI takes no previous period)", () => {
    const snapshots = (files: string[]) => Promise.all(files.map((f) => readWorkbookSnapshot(readFileSync(f), basename(f))));
    let current: WorkbookSnapshot[];
    let unitList: { sheet: SheetSnapshot; file: string };

    beforeAll(async () => {
      current = await snapshots(cleanFiles);
      const sheet = (await readWorkbookSnapshot(readFileSync(list), "danh-sach-don-vi.xlsx")).sheets.find(isInfoSheet)!;
      unitList = { sheet, file: "danh-sach-don-vi.xlsx" };
    });

    test("skipped without a previous period; silent when the addicts did not more than double", async () => {
      expect(validateWorkbooks(form, current, { unitList }).findings).toEqual([]);
      const before = await snapshots(await unitFiles(changed(CLEAN, "Phường Ngã Bảy", { "01": 15 }), PREVIOUS_PERIOD));
      // 40 ≤ 15 × 2 + 10.
      expect(validateWorkbooks(form, current, { unitList, previous: before }).findings).toEqual([]);
    });

    test("fires when a ward's addicts grew beyond twice the previous figure plus 10", async () => {
      const before = await snapshots(await unitFiles(changed(CLEAN, "Phường Ngã Bảy", { "01": 14 }), PREVIOUS_PERIOD));
      const { findings } = validateWorkbooks(form, current, { unitList, previous: before });
      expect(findings.map((f) => [f.code, f.severity, f.unit, f.cell, f.indicator])).toEqual([["R07", "warning", "Phường Ngã Bảy", cells.get("01"), "01"]]);
      expect(findings[0].message).toMatch(/Người nghiện ma túy có hồ sơ quản lý \(mã 01\) = 40 lớn hơn .*= 38 \(chênh lệch 2\)/);
      expect(findings[0].message).toMatch(/mã 01 kỳ trước = 14\b/);
      expect(findings[0].instruction).toBe("Số người nghiện tăng gấp đôi so với kỳ trước: đề nghị xã, phường xác minh.");
    });
  });
});

/** Row of each of the form's codes on the totals sheet (column B), and its Tổng cộng cell. */
function totalCells(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
  const column = headerColumn(ws, "Tổng cộng");
  const codes = new Set(form.indicators.map((i) => i.code));
  const out = new Map<string, ExcelJS.Cell>();
  ws.eachRow((row, r) => {
    const code = textOf(row.getCell(2));
    if (codes.has(code)) out.set(code, ws.getCell(r, column));
  });
  return out;
}

/** Digits after the decimal point a number format shows ("#,##0.00#" → 3). */
function fractionDigits(numFmt: string): number {
  return /\.([0#]+)/.exec(numFmt)?.[1].length ?? 0;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("totals", () => {
  let out: string;
  let totals: Map<string, ExcelJS.Cell>;

  beforeAll(async () => {
    out = join(root, "tong-hop-ma-tuy.xlsx");
    const c = await cli("totals", ...cleanFiles, "--units", list, "--form", FORM_FILE, "--out", out);
    expect([c.code, c.err]).toEqual([0, ""]);
    totals = totalCells((await readXlsx(out)).getWorksheet(TOTALS_SHEET)!);
  });

  test("sums exact, the flag counted k/n, one column per unit", async () => {
    const ws = (await readXlsx(out)).getWorksheet(TOTALS_SHEET)!;
    for (const u of CLEAN) expect(headerColumn(ws, u.name)).toBeLessThan(headerColumn(ws, "Tổng cộng"));
    for (const [code, value] of Object.entries(TOTALS)) expect([code, resultOf(totals.get(code)!)]).toEqual([code, value]);
    expect(shownTotal(totals.get("04")!)).toBe("2/5");
  });

  test("11 and 14 exact to their 2 and 3 decimals, where a float sum is not", () => {
    const figures = (code: string) => CLEAN.map((u) => u.figures[code]).filter((v): v is number => typeof v === "number");
    expect(sum(figures("11"))).not.toBe(154.3);
    expect(sum(figures("14"))).not.toBe(3.52);
    expect([resultOf(totals.get("11")!), fractionDigits(totals.get("11")!.numFmt)]).toEqual([154.3, 2]);
    expect([resultOf(totals.get("14")!), fractionDigits(totals.get("14")!.numFmt)]).toEqual([3.52, 3]);
  });

  test("08 is (Σ05 + Σ06) / Σ01 × 100 — not the wards' mean rate — as a formula over those total cells", () => {
    const rates = WARDS.map((u) => u.figures["08"] as number);
    const total = resultOf(totals.get("08")!) as number;
    expect(total).toBeCloseTo(RATIO, 9);
    expect(total).not.toBeCloseTo(sum(rates) / rates.length, 1);
    expect(total).not.toBeCloseTo(sum(rates), 1);
    const refs = formulaOf(totals.get("08")!)!.match(/\$?[A-Z]{1,3}\$?\d+/g)!.map((r) => r.replace(/\$/g, ""));
    expect(new Set(refs)).toEqual(new Set(["05", "06", "01"].map((c) => totals.get(c)!.address)));
    expect(fractionDigits(totals.get("08")!.numFmt)).toBe(1);
  });

  testWithSoffice(
    "LibreOffice, recalculating everything, gets every total cell the same — the 08 ratio too, even from a wrong cached value",
    async () => {
      // A control only a real recalculation passes: 08's cached result replaced by 0.
      const tampered = join(root, "tampered.xlsx");
      const wb = await readXlsx(out);
      const cell = totalCells(wb.getWorksheet(TOTALS_SHEET)!).get("08")!;
      cell.value = { formula: formulaOf(cell)!, result: 0 } as ExcelJS.CellFormulaValue;
      await wb.xlsx.writeFile(tampered);
      const dir = recalculate([out, tampered], join(root, "lo"));
      const [recalculated, fixed] = await Promise.all(["tong-hop-ma-tuy.xlsx", "tampered.xlsx"].map((f) => readXlsx(join(dir, f))));
      const after = totalCells(recalculated.getWorksheet(TOTALS_SHEET)!);
      for (const ind of form.indicators) {
        const [written, calc] = [resultOf(totals.get(ind.code)!), resultOf(after.get(ind.code)!)];
        if (typeof written === "number") expect([ind.code, calc]).toEqual([ind.code, expect.closeTo(written, 9)]);
        else expect([ind.code, calc]).toEqual([ind.code, written]);
      }
      expect(resultOf(totalCells(fixed.getWorksheet(TOTALS_SHEET)!).get("08")!)).toBeCloseTo(RATIO, 9);
    },
    180_000,
  );
});

const hasRenderer = spawnSync("sh", ["-c", "command -v soffice && command -v pdftoppm && command -v pdftotext"]).status === 0;
if (!hasRenderer) console.warn("Bỏ qua phần dựng báo cáo ra PDF/PNG: chưa cài LibreOffice (soffice) hoặc poppler-utils.");

describe("the general report", () => {
  let docx: string;
  let lines: string[];

  /** The report of `files` written to `out`; its paragraphs and table rows (cells joined by tabs) as lines. */
  async function report(files: string[], out: string, exitCode = 0): Promise<string[]> {
    const c = await cli("report", ...files, "--units", list, "--form", FORM_FILE, "--out", out);
    expect([c.code, c.err]).toEqual([exitCode, ""]);
    const document = parseXml((await docxParts(readFileSync(out))).get("word/document.xml")!);
    return blockText(child(document, "w:body")!.children).normalize("NFC").split("\n");
  }

  beforeAll(async () => {
    docx = join(root, "bao-cao-ma-tuy.docx");
    lines = await report(cleanFiles, docx);
  });

  const lineOf = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));

  test("opens and closes on the form's subject, in the decree's layout", () => {
    expect(lines.join("\n")).toContain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(lines).toEqual(expect.arrayContaining(["BÁO CÁO", "Kết quả thực hiện công tác phòng, chống ma túy", "Kính gửi: Công an tỉnh Hậu Giang."]));
    const opening = lineOf(/^Thực hiện Công văn số 1234\/CAT-PC04 /);
    expect(lines[opening]).toContain("báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2024");
    const closing = lineOf(/^Trên đây là báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2024 trên địa bàn thành phố Ngã Bảy\.\/\.$/);
    expect(closing).toBeGreaterThan(opening);
    expect(lines.join("\n")).not.toMatch(/mại dâm/);
  });

  test("one section per form section, in its order, each indicator's figure in a sentence of its name and unit", () => {
    // Section I of the report is the staff's "Công tác chỉ đạo"; the form's sections follow from II.
    const body = [
      "II. TÌNH HÌNH",
      "- Người nghiện ma túy có hồ sơ quản lý: 73 người, trong đó người nghiện dưới 18 tuổi: 04 người.",
      "- Người sử dụng trái phép chất ma túy có hồ sơ quản lý: 21 người.",
      "- Xã, phường không ma túy: 02/05 xã, phường.",
      "III. CAI NGHIỆN, QUẢN LÝ SAU CAI",
      "- Người cai nghiện tự nguyện tại gia đình, cộng đồng: 16 người.",
      "- Người được đưa vào cơ sở cai nghiện: 15 người.",
      "- Người được quản lý sau cai nghiện: 19 người.",
      "- Tỷ lệ người nghiện được cai nghiện: 42,5%.",
      "IV. ĐẤU TRANH, XỬ LÝ",
      "- Vụ phạm tội về ma túy được phát hiện: 12 vụ.",
      "- Đối tượng bị bắt giữ: 17 người.",
      "- Ma túy thu giữ: 154,3 gam.",
      "V. TUYÊN TRUYỀN",
      "- Buổi tuyên truyền phòng, chống ma túy: 18 cuộc.",
      "- Lượt người tham dự: 1.220 lượt người.",
      "VI. KINH PHÍ",
      "- Kinh phí thực hiện: 3,52 triệu đồng.",
    ];
    const first = lines.indexOf(body[0]);
    expect(first).toBeGreaterThan(lineOf(/^I\. CÔNG TÁC CHỈ ĐẠO/));
    expect(lines.slice(first, first + body.length)).toEqual(body);
  });

  test("the findings summary: where the figures come from and what the check found", () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        "- Số liệu được tổng hợp từ báo cáo của 05/05 xã, phường.",
        "- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu không có lỗi, không có cảnh báo.",
      ]),
    );
  });

  test("with a rule broken the summary counts it, the figures it compares are marked, and the note names the ward and values", async () => {
    const faulty = await unitFiles(changed(CLEAN, "Phường Lái Hiếu", { "02": 30 }));
    const marked = await report(faulty, join(root, "bao-cao-co-loi.docx"), 1);
    expect(marked).toContain("- Người nghiện ma túy có hồ sơ quản lý: 73* người, trong đó người nghiện dưới 18 tuổi: 33* người.");
    expect(marked).toContain(
      "(*) Số liệu không khớp quy tắc kiểm tra: R01 (Phường Lái Hiếu): Trong đó: người nghiện dưới 18 tuổi (mã 02) = 30 lớn hơn Người nghiện ma túy có hồ sơ quản lý (mã 01) = 25 (chênh lệch 5).",
    );
    expect(marked).toEqual(
      expect.arrayContaining([
        "- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu còn 01 lỗi.",
        "- Số liệu chưa đủ hoặc không khớp quy tắc kiểm tra được đánh dấu (*), kèm ghi chú.",
      ]),
    );
  });

  test("the appendix table: a row per indicator, a column per unit, the totals last", () => {
    expect(lines).toContain("Phụ lục");
    expect(lines).toContain(form.title);
    expect(lines).toContainEqual(`STT\tMã số\tChỉ tiêu\tĐơn vị tính\t${CLEAN.map((u) => u.name).join("\t")}\tTổng cộng`);
    expect(lines).toContainEqual(expect.stringMatching(/^1\t01\tNgười nghiện ma túy có hồ sơ quản lý\tngười\t40\t25\t8\t0\t0\t\t73$/));
    expect(lines).toContainEqual(expect.stringMatching(/^8\t08\tTỷ lệ người nghiện được cai nghiện\t%\t40(,0)?\t28(,0)?\t37,5\t0(,0)?\t0(,0)?\t\t42,5$/));
    expect(lines).toContainEqual(expect.stringMatching(/^14\t14\tKinh phí thực hiện\ttriệu đồng\t.*\t3,52$/));
  });

  (hasRenderer ? test : test.skip)(
    "renders to PDF and PNG pages through LibreOffice and poppler",
    () => {
      const kept = process.env.TONGHOP_RENDER_DIR;
      const dir = kept ?? join(root, "render");
      mkdirSync(dir, { recursive: true });
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${join(root, "render-profile")}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, docx],
        { stdio: "pipe", timeout: 120_000 },
      );
      const pdf = join(dir, "bao-cao-ma-tuy.pdf");
      const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
      expect(text).toContain("Người nghiện ma túy có hồ sơ quản lý: 73 người");
      expect(text).toContain("SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MA TÚY");
      execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(dir, "trang")], { timeout: 120_000 });
      const pages = readdirSync(dir).filter((f) => /^trang-\d+\.png$/.test(f));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      if (kept) console.log(`Báo cáo đã dựng: ${pdf}, ${pages.length} trang PNG trong ${dir}`);
    },
    180_000,
  );
});
