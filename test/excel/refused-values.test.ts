/**
 * Issue 11 items 4–8 through the Excel adapter: values Excel hands over through `range.values` with their
 * number formats are refused or left out exactly as in the files, and the totals written into the open
 * workbook (the Tổng hợp step) say so.
 */
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { check, makeReport, writeTotals } from "../../src/taskpane/workflow";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { loadFake } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { FakeWorkbook } from "./fake/state";

const quiet = () => undefined;

async function openInExcel(edit: (book: SampleWorkbook) => void) {
  const book = await SampleWorkbook.city();
  edit(book);
  const wb = loadFake(new FakeWorkbook(), book.workbook);
  return { wb, host: createExcelHost(fakeEnv(wb)), book };
}

const A1 = /^([A-Z]+)(\d+)$/;
function colOf(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * What Excel computes for a cell the adapter wrote: the fake stores formulas, not results, so the totals'
 * `SUM(E9:K9)` over `='P. Lái Hiếu'!E10`-style unit cells is evaluated here, from the unit sheets' values.
 */
function excelValue(wb: FakeWorkbook, sheet: string, row: number, col: number): number {
  const cell = wb.sheet(sheet).cells.get(`${row},${col}`);
  const f = cell?.formula;
  if (!f) return typeof cell?.value === "number" ? cell.value : 0;
  const ref = /^='?([^'!]+)'?!([A-Z]+\d+)$/.exec(f);
  if (ref) {
    const [, letters, digits] = A1.exec(ref[2])!;
    return excelValue(wb, ref[1], Number(digits) - 1, colOf(letters));
  }
  const sum = /^=SUM\((.*)\)$/.exec(f);
  if (!sum) throw new Error(`formula not evaluated here: ${f}`);
  let total = 0;
  for (const range of sum[1].split(",")) {
    const [from, to = from] = range.split(":").map((x) => A1.exec(x)!);
    for (let r = Number(from[2]) - 1; r <= Number(to[2]) - 1; r++) {
      for (let c = colOf(from[1]); c <= colOf(to[1]); c++) total += excelValue(wb, sheet, r, c);
    }
  }
  return total;
}

/** The Tổng cộng of each summed indicator as Excel will compute it from what the Tổng hợp step wrote. */
function writtenTotals(wb: FakeWorkbook): Map<string, number> {
  const sheet = wb.sheet("Tổng hợp");
  const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number));
  const [, totalCol] = keys.find(([r, c]) => sheet.cells.get(`${r},${c}`)!.value === "Tổng cộng")!;
  const out = new Map<string, number>();
  for (const [r, c] of keys) {
    const code = sheet.cells.get(`${r},${c}`)!.value;
    const total = sheet.cells.get(`${r},${totalCol}`);
    if (c === 1 && typeof code === "string" && /^\d{2}$/.test(code) && total?.formula?.startsWith("=SUM(")) {
      out.set(code, excelValue(wb, "Tổng hợp", r, totalCol));
    }
  }
  return out;
}

let clean: Map<string, number>;
beforeAll(async () => {
  const { wb, host } = await openInExcel(() => undefined);
  await writeTotals(host, quiet);
  clean = writtenTotals(wb);
  expect(clean.get("02")).toBe(56182);
});

describe("values refused inside Excel too", () => {
  test("a date-formatted Dân số is value.date and stays out of the written total", async () => {
    let own = 0;
    const { wb, host } = await openInExcel((book) => {
      own = Number(book.value(SHEETS.laiHieu, "02"));
      const cell = book.valueCell(SHEETS.laiHieu, "02");
      cell.style = { ...cell.style, numFmt: "dd/mm/yyyy" };
      cell.value = new Date(Date.UTC(2023, 3, 5));
    });
    const { result } = await writeTotals(host, quiet);
    expect(result.findings.map((f) => [f.code, f.sheet, f.message])).toEqual([
      ["value.date", SHEETS.laiHieu, "Dân số (mã 02) là ngày tháng (05/04/2023), không phải là số; nhập lại số liệu và định dạng ô là số."],
    ]);
    expect(writtenTotals(wb).get("02")).toBe(clean.get("02")! - own);
    expect(result.totals.get("02")!.incomplete).toBe(true);
  });

  test("a duplicated code in a hidden row and a shifted row: neither value reaches the written totals", async () => {
    const own = { "05": 0, "09": 0, "10": 0 };
    const { wb, host } = await openInExcel((book) => {
      const ws = book.sheet(SHEETS.ngaBay);
      own["05"] = Number(book.value(SHEETS.ngaBay, "05"));
      const dup = book.rowOf(SHEETS.ngaBay, "06");
      ws.getCell(dup, 2).value = "05";
      ws.getCell(dup, 3).value = "Cơ sở xoa bóp, xông hơi, massage, tẩm quất";
      ws.getRow(dup).hidden = true;
      const [r9, r10] = [book.rowOf(SHEETS.daiThanh, "09"), book.rowOf(SHEETS.daiThanh, "10")];
      const dt = book.sheet(SHEETS.daiThanh);
      own["09"] = Number(book.value(SHEETS.daiThanh, "09"));
      own["10"] = Number(book.value(SHEETS.daiThanh, "10"));
      [dt.getCell(r9, 3).value, dt.getCell(r10, 3).value] = [dt.getCell(r10, 3).value, dt.getCell(r9, 3).value];
    });
    const { result } = await writeTotals(host, quiet);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => f.code).sort()).toEqual(
      ["structure.duplicate-row", "structure.missing-row", "structure.shifted-row", "structure.shifted-row"].sort(),
    );
    const written = writtenTotals(wb);
    for (const code of ["05", "09", "10"] as const) expect(written.get(code)).toBe(clean.get(code)! - own[code]);
  });

  test("1e308 is value.too-large; no Infinity or ∞ is written anywhere", async () => {
    const { wb, host } = await openInExcel((book) => book.setValue(SHEETS.city, "33", 1e308));
    const { result } = await writeTotals(host, quiet);
    expect(result.findings.map((f) => f.code)).toEqual(["value.too-large"]);
    expect(writtenTotals(wb).get("33")).toBe(clean.get("33"));
    const texts = wb.sheets.flatMap((s) => [...s.cells.values()].map((c) => String(c.value)));
    expect(texts.filter((t) => /Infinity|∞|NaN/.test(t))).toEqual([]);
  });

  test("a failing R03 marks both figures in the report made from the open workbook", async () => {
    const { host } = await openInExcel((book) => book.setValue(SHEETS.hiepLoi, "11", Number(book.value(SHEETS.hiepLoi, "10")) + 4));
    const delivered: Uint8Array[] = [];
    (host as { deliverFile: unknown }).deliverFile = async (bytes: Uint8Array) => {
      delivered.push(bytes);
      return { delivered: true as const, message: "" };
    };
    const { result } = await makeReport(host, quiet);
    expect(result.findings.map((f) => f.code)).toEqual(["R03"]);
    const { buildReport } = await import("../../src/core/report/build-report");
    const marked = buildReport(result)
      .body.flatMap((b) => (b.type === "generated" ? b.paragraphs.flatMap((p) => p.runs) : []))
      .filter((r) => r.type === "figure" && r.questioned)
      .map((r) => (r.type === "figure" ? r.code : null));
    expect(new Set(marked)).toEqual(new Set(["10", "11"]));
    expect(delivered).toHaveLength(1);
  });

  test("without Thông tin báo cáo: unit.no-list, and completeness is never 6/6", async () => {
    const { host } = await openInExcel((book) => book.removeSheet(SHEETS.info));
    const { result } = await check(host, quiet);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.wards).toEqual({ reported: 6, expected: null });
  });

  test("a misspelt ward: its figures are not in the written totals, which are marked incomplete", async () => {
    let own = 0;
    const { wb, host } = await openInExcel((book) => {
      own = Number(book.value(SHEETS.tanThanh, "02"));
      book.setLabel(SHEETS.tanThanh, "Đơn vị báo cáo", "Xã Tân Thạnh");
    });
    const { result } = await writeTotals(host, quiet);
    expect(result.findings.map((f) => [f.code, f.unit])).toEqual([
      ["unit.unknown", "Xã Tân Thạnh"],
      ["unit.missing", "Xã Tân Thành"],
    ]);
    expect(writtenTotals(wb).get("02")).toBe(clean.get("02")! - own);
    const note = [...wb.sheet("Tổng hợp").notes.values()].find((n) => n.includes("Xã Tân Thạnh"));
    expect(note).toContain("Xã Tân Thạnh (tên chưa khớp danh sách)");
  });
});

