/**
 * Issue 11 items 4–8 and 11 through the Excel adapter: the open workbook is read with Office.js (the fake),
 * checked, and the totals written into it by the pane's Tổng hợp step. The figures asserted are those
 * Excel shows in the written cells (their formulas evaluated over the workbook), not only finding codes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { a1 } from "../../src/core/address";
import { formatNumber } from "../../src/core/numbers";
import { phuLucPcmd } from "../../src/forms";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { EXPECTED_TOTALS, SampleWorkbook, SHEETS, UNIT_DIR } from "../helpers/sample-workbook";
import { evaluate, Shown } from "./fake/evaluate";
import { fakeCity } from "./fake/city";
import { loadFake } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { cellAt, FakeWorkbook } from "./fake/state";
import { importWardFiles as importWith } from "../../src/app/use-cases/import-ward-files";
import type { TotalsWritten } from "../../src/app/use-cases/write-totals";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { makeReport, writeTotals } = paneSteps(filePorts);
const importWardFiles = importWith.bind(null, filePorts);

const quiet = () => undefined;
const TOTALS = "Tổng hợp";
const FINDINGS = "Kết quả kiểm tra";
const GENERATED = new Set([TOTALS, FINDINGS]);

/** The edited sample as Excel opens it: written to .xlsx bytes, loaded back, put in the fake. */
async function openInExcel(book: SampleWorkbook): Promise<FakeWorkbook> {
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
  return loadFake(new FakeWorkbook(), loaded);
}

interface Written {
  wb: FakeWorkbook;
  written: TotalsWritten;
  /** Round trips of the Tổng hợp step. */
  syncs: number;
  /** What Excel shows in the Tổng cộng cell of an indicator. */
  total: (code: string) => Shown;
  /** What Excel shows in a unit's column of the totals sheet. */
  unitValue: (unit: string, code: string) => Shown;
  /** The note on an indicator's Tổng cộng cell, and its Ghi chú column. */
  totalNote: (code: string) => string;
  noteColumn: (code: string) => string;
  unitNote: (unit: string, code: string) => string;
  /** The units given a column, in order. */
  unitColumns: string[];
  /** Every value, formula and note written into the generated sheets. */
  writtenText: () => string[];
}

async function totalsIn(wb: FakeWorkbook): Promise<Written> {
  const host = createExcelHost(fakeEnv(wb));
  wb.resetCounters();
  const written = await writeTotals(host, quiet);
  const syncs = wb.syncs;
  const sheet = wb.sheet(TOTALS);
  const text = (r: number, c: number) => String(cellAt(sheet, r, c)?.value ?? "");
  const headerRow = [...Array(10).keys()].find((r) => text(r, 1) === "Mã số")!;
  const headers: string[] = [];
  for (let c = 0; text(headerRow, c) !== ""; c++) headers.push(text(headerRow, c));
  const totalCol = headers.indexOf("Tổng cộng");
  const rowOf = (code: string) => {
    for (let r = headerRow + 1; r < headerRow + 80; r++) if (text(r, 1) === code) return r;
    throw new Error(`no row ${code} on ${TOTALS}`);
  };
  const colOf = (unit: string) => {
    const c = headers.indexOf(unit);
    if (c < 4 || c >= totalCol) throw new Error(`no column for ${unit}`);
    return c;
  };
  const shown = (r: number, c: number) => evaluate(wb, TOTALS, a1(r, c), GENERATED);
  return {
    wb,
    written,
    syncs,
    total: (code) => shown(rowOf(code), totalCol),
    unitValue: (unit, code) => shown(rowOf(code), colOf(unit)),
    totalNote: (code) => sheet.notes.get(a1(rowOf(code), totalCol)) ?? "",
    noteColumn: (code) => text(rowOf(code), totalCol + 1),
    unitNote: (unit, code) => sheet.notes.get(a1(rowOf(code), colOf(unit))) ?? "",
    unitColumns: headers.slice(4, totalCol),
    writtenText: () =>
      [TOTALS, FINDINGS].flatMap((name) => {
        const s = wb.sheet(name);
        return [...[...s.cells.values()].flatMap((c) => [String(c.value), c.formula ?? ""]), ...s.notes.values()];
      }),
  };
}

const num = (book: SampleWorkbook, sheet: string, code: string) => Number(book.value(sheet, code));
const HL = "Phường Hiệp Lợi";
const LH = "Phường Lái Hiếu";

describe("4. a date in Dân số", () => {
  let t: Written;
  let population: number;

  beforeAll(async () => {
    const city = await SampleWorkbook.city();
    population = num(city, SHEETS.hiepLoi, "02");
    city.setValue(SHEETS.hiepLoi, "02", new Date(Date.UTC(2023, 3, 5)));
    const cell = city.valueCell(SHEETS.hiepLoi, "02");
    // Cells share style objects in ExcelJS: the date format goes on a copy.
    cell.style = { ...cell.style, numFmt: "dd/mm/yyyy" };
    t = await totalsIn(await openInExcel(city));
  });

  test("is value.date, and the Dân số total Excel shows leaves it out and is marked incomplete", () => {
    const dates = t.written.result.findings.filter((f) => f.code === "value.date");
    expect(dates.map((f) => [f.severity, f.unit, f.indicator])).toEqual([["error", HL, "02"]]);
    expect(t.total("02")).toBe(Number(EXPECTED_TOTALS["02"]) - population);
    expect(t.total("02")).not.toBe(Number(EXPECTED_TOTALS["02"]) - population + 45021);
    expect(t.totalNote("02")).toBe(`Chưa đủ số liệu: ${HL} (không hợp lệ).`);
    expect(t.noteColumn("02")).toBe(t.totalNote("02"));
    // The ward's own (wrong) content stays visible in its column, marked.
    expect(t.unitValue(HL, "02")).toBe(45021);
    expect(t.unitNote(HL, "02")).toContain("chưa được cộng vào tổng");
    // The other totals are the sample's.
    expect(t.total("09")).toBe(EXPECTED_TOTALS["09"]);
    expect(t.syncs).toBe(3);
  });
});

describe("5. values that cannot be trusted: a duplicated code in a hidden row, a shifted row", () => {
  let t: Written;
  let population: number;
  let radio: number;

  beforeAll(async () => {
    const city = await SampleWorkbook.city();
    population = num(city, SHEETS.hiepLoi, "02");
    city.rewriteSheet(SHEETS.hiepLoi, { blankRowsBetween: 1 });
    const ws = city.sheet(SHEETS.hiepLoi);
    const spare = ws.getRow(city.rowOf(SHEETS.hiepLoi, "02") + 1);
    spare.values = [null, "2", "02", "Dân số", "người", 9999];
    spare.hidden = true;

    radio = num(city, SHEETS.laiHieu, "20");
    const row = city.rowOf(SHEETS.laiHieu, "20");
    const { nameCol } = city.layout(SHEETS.laiHieu);
    // The code column slid against the names: row 20 carries the name of indicator 21.
    city.sheet(SHEETS.laiHieu).getCell(row, nameCol).value = phuLucPcmd.indicators.find((i) => i.code === "21")!.name;
    city.setValue(SHEETS.laiHieu, "20", 777);
    t = await totalsIn(await openInExcel(city));
  });

  test("neither value of the duplicate is in the Dân số total, which is marked incomplete", () => {
    const dup = t.written.result.findings.filter((f) => f.code === "structure.duplicate-row");
    expect(dup.map((f) => [f.severity, f.unit, f.indicator])).toEqual([["error", HL, "02"]]);
    expect(t.total("02")).toBe(Number(EXPECTED_TOTALS["02"]) - population);
    expect(t.totalNote("02")).toBe(`Chưa đủ số liệu: ${HL} (dòng trùng mã hoặc bị lệch).`);
    expect(t.unitNote(HL, "02")).toContain("Số liệu này chưa được cộng vào tổng.");
  });

  test("the shifted row's value is not in its total, which is marked incomplete", () => {
    const shifted = t.written.result.findings.filter((f) => f.code === "structure.shifted-row");
    expect(shifted.map((f) => [f.severity, f.unit, f.indicator])).toEqual([["error", LH, "20"]]);
    expect(t.total("20")).toBe(Number(EXPECTED_TOTALS["20"]) - radio);
    expect(t.totalNote("20")).toBe(`Chưa đủ số liệu: ${LH} (dòng trùng mã hoặc bị lệch).`);
    expect(t.total("21")).toBe(EXPECTED_TOTALS["21"]);
    expect(t.syncs).toBe(3);
  });
});

describe("6. an absurd number: 1e308 in Số tiền xử phạt", () => {
  test("is value.too-large, left out of the total; no Infinity or ∞ is written anywhere", async () => {
    const city = await SampleWorkbook.city();
    city.setValue(SHEETS.hiepLoi, "33", 1e308);
    const t = await totalsIn(await openInExcel(city));
    const large = t.written.result.findings.filter((f) => f.code === "value.too-large");
    expect(large.map((f) => [f.severity, f.unit, f.indicator])).toEqual([["error", HL, "33"]]);
    expect(t.total("33")).toBe(EXPECTED_TOTALS["33"]);
    expect(t.totalNote("33")).toBe(`Chưa đủ số liệu: ${HL} (không hợp lệ).`);
    expect(t.writtenText().filter((s) => /Infinity|∞|NaN/.test(s))).toEqual([]);
    expect(t.written.result.findings.map((f) => f.message).filter((m) => /Infinity|∞|NaN/.test(m))).toEqual([]);
  });
});

/** Each paragraph's text of a .docx. */
async function paragraphs(bytes: Uint8Array): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  return xml.split("</w:p>").map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
}

describe("7. a rule failing (R03: 11 ≤ 10)", () => {
  test("the pane's report marks both figures and names the rule in the note", async () => {
    const city = await SampleWorkbook.city();
    const laborers = num(city, SHEETS.hiepLoi, "10");
    city.setValue(SHEETS.hiepLoi, "11", laborers + 4);
    const wb = await openInExcel(city);
    const host = createExcelHost(fakeEnv(wb));
    let docx: Uint8Array | null = null;
    jest.spyOn(host, "deliverFile").mockImplementation(async (bytes) => {
      docx = bytes;
      return { delivered: true, message: "" };
    });
    const made = await makeReport(host, quiet);
    expect(made.result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.unit])).toEqual([["R03", HL]]);
    const [t10, t11] = ["10", "11"].map((c) => made.result.totals.get(c)!.value);
    expect(t11 - t10).toBe(4);
    const text = await paragraphs(docx!);
    const sentence = text.find((p) => p.includes(`${formatNumber(t10)}*`) && p.includes(`${formatNumber(t11)}*`));
    expect(sentence).toBeDefined();
    expect(text.some((p) => p.startsWith("(*) Số liệu không khớp quy tắc kiểm tra: R03 (Phường Hiệp Lợi)"))).toBe(true);
    // A figure of a passing rule stays plain.
    expect(text.join("\n")).not.toContain(`${formatNumber(made.result.totals.get("02")!.value)}*`);
  });
});

describe("8. completeness", () => {
  test("without a Thông tin báo cáo sheet: unit.no-list, and the totals sheet says there was no list to check against", async () => {
    const city = await SampleWorkbook.city();
    city.removeSheet(SHEETS.info);
    const t = await totalsIn(await openInExcel(city));
    const noList = t.written.result.findings.filter((f) => f.code === "unit.no-list");
    expect(noList.map((f) => f.severity)).toEqual(["info"]);
    expect(t.written.result.wards).toEqual({ reported: 6, expected: null });
    const source = String(cellAt(t.wb.sheet(TOTALS), 2, 0)?.value);
    expect(source).toContain("Số liệu tổng hợp từ 6 xã, phường (chưa có danh sách để đối chiếu)");
    expect(t.writtenText().join("\n")).not.toMatch(/\b6\/6 xã/);
    expect(t.total("02")).toBe(EXPECTED_TOTALS["02"]);
    expect(t.syncs).toBe(3);
  });

  test("a misspelt ward: its figures are not in the totals, every total is marked incomplete until the name is fixed", async () => {
    const city = await SampleWorkbook.city();
    const population = num(city, SHEETS.hiepLoi, "02");
    const area = num(city, SHEETS.hiepLoi, "01");
    city.setLabel(SHEETS.hiepLoi, "Đơn vị báo cáo", "Phường Hiệp Lọi");
    const t = await totalsIn(await openInExcel(city));
    const unknown = t.written.result.findings.filter((f) => f.code === "unit.unknown");
    expect(unknown.map((f) => [f.severity, f.sheet])).toEqual([["error", SHEETS.hiepLoi]]);
    expect(unknown[0].message).toContain(HL);
    expect(t.unitColumns).not.toContain("Phường Hiệp Lọi");
    expect(t.unitColumns).not.toContain(HL);
    expect(t.total("02")).toBe(Number(EXPECTED_TOTALS["02"]) - population);
    expect(Math.round(Number(t.total("01")) * 100)).toBe(Math.round((Number(EXPECTED_TOTALS["01"]) - area) * 100));
    const incomplete = [...t.written.result.totals.values()].filter((x) => x.incomplete).map((x) => x.code);
    expect(incomplete).toEqual(phuLucPcmd.indicators.map((i) => i.code));
    expect(t.totalNote("02")).toContain("Phường Hiệp Lọi (tên chưa khớp danh sách)");
    expect(String(cellAt(t.wb.sheet(TOTALS), 3, 0)?.value)).toContain("Chưa có số liệu của 1/6 xã, phường");
  });
});

describe("11. importing broken ward files", () => {
  test("a zip that is not a workbook, an .ods and a file missing its sheet's XML are each refused with their own message", async () => {
    const notWorkbook = new JSZip();
    notWorkbook.file("ghi-chu.txt", "số liệu gửi sau");
    const ods = new JSZip();
    ods.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    ods.file("content.xml", "<office:document-content/>");
    ods.file("META-INF/manifest.xml", "<manifest:manifest/>");
    const lost = await JSZip.loadAsync(readFileSync(join(UNIT_DIR, "phuong-lai-hieu.xlsx")));
    for (const name of Object.keys(lost.files)) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) lost.remove(name);
    const bytes = async (zip: JSZip) => zip.generateAsync({ type: "uint8array" });

    const wb = await fakeCity();
    wb.sheets = wb.sheets.filter((s) => s.name !== SHEETS.hiepLoi && s.name !== SHEETS.laiHieu);
    const host = createExcelHost(fakeEnv(wb));
    const insert = jest.spyOn(host, "insertSheets");
    const before = wb.sheets.map((s) => s.name);
    const outcomes = await importWardFiles(
      host,
      [
        { name: "phuong-lai-hieu.zip.xlsx", bytes: await bytes(notWorkbook) },
        { name: "phuong-lai-hieu.ods", bytes: await bytes(ods) },
        { name: "phuong-lai-hieu.xlsx", bytes: await bytes(lost) },
        { name: "phuong-hiep-loi.xlsx", bytes: new Uint8Array(readFileSync(join(UNIT_DIR, "phuong-hiep-loi.xlsx"))) },
      ],
      quiet,
    );
    expect(outcomes.map((o) => o.imported)).toEqual([false, false, false, true]);
    const refusals = outcomes.slice(0, 3).map((o) => o.message);
    expect(refusals[0]).toContain("file nén (.zip)");
    expect(refusals[1]).toContain("OpenDocument (.ods)");
    expect(refusals[2]).toContain('thiếu nội dung của trang "Phụ lục"');
    expect(new Set(refusals).size).toBe(3);
    for (const m of refusals) {
      expect(m).not.toMatch(/không (tìm thấy|có) trang phụ lục/i);
      expect(m).toMatch(/[ăâđêôơư]/);
    }
    // Only the good file reaches the workbook.
    expect(insert).toHaveBeenCalledTimes(1);
    expect(insert.mock.calls[0][0].map((i) => i.name)).toEqual([HL]);
    expect(wb.sheets.map((s) => s.name)).toEqual([...before, HL]);
  });
});
