/**
 * Whatever the totals workbook holds gives the same figures after a full recalculation: ward sheets whose
 * formulas read helper sheets, other workbooks, names or volatile functions are frozen to the values the
 * engine read; formulas on their own sheet (shared ones too, zeros too) stay formulas with their results.
 */
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { validateWorkbooks, ValidationResult } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { outsideReference, slideFormula } from "../../src/hosts/xlsx/formula-refs";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { cli } from "../helpers/cli";
import { EXPECTED_TOTALS, SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { formulaOf, headerColumn, readXlsx, resultOf, saveBook, shownTotal, tempDir, TOTALS_SHEET, totalsRows } from "./helpers";
import { recalculate, same, testWithSoffice } from "./recalc";

const HELPER = "Dữ liệu";
const LAI_HIEU = "phuong-lai-hieu.xlsx";
const HIEP_LOI = "phuong-hiep-loi.xlsx";

const f = (formula: string, result: ExcelJS.CellFormulaValue["result"]) => ({ formula, result }) as ExcelJS.CellFormulaValue;
/** The first cell of a shared formula over `ref`, and each other cell of it (which names the first). */
const sharedMaster = (formula: string, result: number, ref: string) => ({ formula, result, shareType: "shared", ref }) as ExcelJS.CellValue;
const sharedCell = (master: string, result: number) => ({ sharedFormula: master, result }) as ExcelJS.CellValue;
const num = (book: SampleWorkbook, code: string, sheet?: string) => book.value(sheet, code) as number;

/** A helper sheet "Dữ liệu" whose column B holds `values` from B2 down. */
function addHelper(book: SampleWorkbook, values: number[]): void {
  const ws = book.workbook.addWorksheet(HELPER);
  ws.getCell("A1").value = "Số liệu gốc";
  values.forEach((v, i) => (ws.getCell(2 + i, 2).value = v));
}

/** Lái Hiếu's file with a helper sheet read by Dân số (which has a note), a defined name, INDIRECT and TODAY. */
async function laiHieuWithHelper(): Promise<SampleWorkbook> {
  const book = await SampleWorkbook.unit(LAI_HIEU);
  addHelper(book, [num(book, "02"), num(book, "09")]);
  book.valueCell(undefined, "02").note = "Số liệu của Công an phường";
  book.setValue(undefined, "02", f(`'${HELPER}'!B2`, num(book, "02")));
  book.workbook.definedNames.add(`'${HELPER}'!$B$3`, "SoCoSo");
  book.setValue(undefined, "09", f("SoCoSo", num(book, "09")));
  book.sheet().getCell("H9").value = num(book, "01");
  book.setValue(undefined, "01", f('INDIRECT("H9")', num(book, "01")));
  book.sheet().getCell("G3").value = f("TODAY()", 45000);
  return book;
}

/** Lái Hiếu's file with shared formulas: 03–07 read the helper sheet, 19–24 a hidden column H of the sheet. */
async function laiHieuShared(): Promise<SampleWorkbook> {
  const book = await SampleWorkbook.unit(LAI_HIEU);
  const ws = book.sheet();
  const helper = ["03", "04", "05", "06", "07"];
  addHelper(book, helper.map((c) => num(book, c)));
  helper.forEach((code, i) => {
    const result = num(book, code);
    book.setValue(undefined, code, i === 0 ? sharedMaster(`'${HELPER}'!B2`, result, "E12:E16") : sharedCell("E12", result));
  });
  const local = ["19", "20", "21", "22", "23", "24"];
  const first = book.rowOf(undefined, local[0]);
  local.forEach((code, i) => {
    const r = book.rowOf(undefined, code);
    const result = num(book, code);
    ws.getCell(r, 8).value = result;
    book.setValue(undefined, code, i === 0 ? sharedMaster(`H${r}`, result, `E${r}:E${r + local.length - 1}`) : sharedCell(`E${first}`, result));
  });
  ws.getColumn(8).hidden = true;
  return book;
}

/** Hiệp Lợi's file with its zeros as formulas: =0, =SUM() of empty cells, =IF(…,1,0); 17 as =IF(…,1,0) giving 1. */
async function hiepLoiZeros(): Promise<SampleWorkbook> {
  const book = await SampleWorkbook.unit(HIEP_LOI);
  const pop = book.address(undefined, "02");
  book.setValue(undefined, "08", f("0", 0));
  book.setValue(undefined, "12", f("SUM(J1:J3)", 0));
  book.setValue(undefined, "14", f(`IF(${pop}>1000000,1,0)`, 0));
  book.setValue(undefined, "17", f(`IF(${pop}>0,1,0)`, 1));
  return book;
}

async function hiepLoiWithHelper(): Promise<SampleWorkbook> {
  const book = await hiepLoiZeros();
  addHelper(book, [num(book, "02")]);
  book.setValue(undefined, "02", f(`'${HELPER}'!B2`, num(book, "02")));
  return book;
}

/** Lái Hiếu's file with formulas in the notes column: "" from the helper sheet, "" from its own sheet, one with no result. */
async function laiHieuTextResults(): Promise<SampleWorkbook> {
  const book = await SampleWorkbook.unit(LAI_HIEU);
  addHelper(book, [num(book, "02")]);
  const ws = book.sheet();
  ws.getCell("F10").value = f(`IF('${HELPER}'!B2>0,"","thiếu")`, "");
  ws.getCell("F12").value = f('IF(E12>0,"","thiếu")', "");
  ws.getCell("F13").value = { formula: `'${HELPER}'!C9` } as ExcelJS.CellFormulaValue;
  return book;
}

async function cityWithout(...sheets: string[]): Promise<SampleWorkbook> {
  const city = await SampleWorkbook.city();
  for (const s of sheets) city.removeSheet(s);
  return city;
}

/** A cell by its indicator's code (the value column) or by address. */
interface Where {
  sheet: string;
  code?: string;
  address?: string;
}

interface Frozen extends Where {
  formula: string;
  value: number | string;
  origin: "unit" | "base";
}

/** A formula kept, and its cached result as the engine reads it (null: the file stores none). */
interface Kept extends Where {
  formula: string;
  value: number | string | null;
}

interface Scenario {
  name: string;
  books: () => Promise<SampleWorkbook[]>;
  frozen: Frozen[];
  kept: Kept[];
}

const LH = "Phường Lái Hiếu";
const HL = "Phường Hiệp Lợi";

const SCENARIOS: Scenario[] = [
  {
    name: "a ward file with a helper sheet, a defined name, INDIRECT and TODAY",
    books: async () => [await cityWithout(SHEETS.laiHieu), await laiHieuWithHelper()],
    frozen: [
      { sheet: LH, code: "02", formula: `'${HELPER}'!B2`, value: 11236, origin: "unit" },
      { sheet: LH, code: "09", formula: "SoCoSo", value: 58, origin: "unit" },
      { sheet: LH, code: "01", formula: 'INDIRECT("H9")', value: 10.35, origin: "unit" },
      { sheet: LH, address: "G3", formula: "TODAY()", value: 45000, origin: "unit" },
    ],
    kept: [],
  },
  {
    name: "two wards, each with a helper sheet of the same name",
    books: async () => [await cityWithout(SHEETS.laiHieu, SHEETS.hiepLoi), await laiHieuWithHelper(), await hiepLoiWithHelper()],
    frozen: [
      { sheet: LH, code: "02", formula: `'${HELPER}'!B2`, value: 11236, origin: "unit" },
      { sheet: HL, code: "02", formula: `'${HELPER}'!B2`, value: 7412, origin: "unit" },
    ],
    kept: [{ sheet: HL, code: "14", formula: "IF(E10>1000000,1,0)", value: 0 }],
  },
  {
    name: "the city workbook has a sheet of that name too, read by its own unit sheet",
    books: async () => {
      const city = await cityWithout(SHEETS.laiHieu, SHEETS.hiepLoi);
      addHelper(city, [num(city, "02", SHEETS.ngaBay)]);
      city.setValue(SHEETS.ngaBay, "02", f(`'${HELPER}'!B2`, num(city, "02", SHEETS.ngaBay)));
      return [city, await laiHieuWithHelper(), await hiepLoiWithHelper()];
    },
    frozen: [
      { sheet: LH, code: "02", formula: `'${HELPER}'!B2`, value: 11236, origin: "unit" },
      { sheet: HL, code: "02", formula: `'${HELPER}'!B2`, value: 7412, origin: "unit" },
    ],
    kept: [{ sheet: SHEETS.ngaBay, code: "02", formula: `'${HELPER}'!B2`, value: 15874 }],
  },
  {
    name: "references to other workbooks, in a ward file and in the city workbook",
    books: async () => {
      const city = await cityWithout(SHEETS.hiepLoi);
      city.setValue(SHEETS.hiepThanh, "02", f("[1]Nguồn!B4", num(city, "02", SHEETS.hiepThanh)));
      const ward = await SampleWorkbook.unit(HIEP_LOI);
      ward.setValue(undefined, "02", f("[1]Nguồn!B2", num(ward, "02")));
      ward.setValue(undefined, "03", f("'C:\\Báo cáo\\[dan-so.xlsx]Nguồn'!B3", num(ward, "03")));
      return [city, ward];
    },
    frozen: [
      { sheet: HL, code: "02", formula: "[1]Nguồn!B2", value: 7412, origin: "unit" },
      { sheet: HL, code: "03", formula: "'C:\\Báo cáo\\[dan-so.xlsx]Nguồn'!B3", value: 28, origin: "unit" },
      { sheet: SHEETS.hiepThanh, code: "02", formula: "[1]Nguồn!B4", value: 8905, origin: "base" },
    ],
    kept: [],
  },
  {
    name: "shared formulas, on the helper sheet and on the sheet itself",
    books: async () => [await cityWithout(SHEETS.laiHieu), await laiHieuShared()],
    frozen: ["03", "04", "05", "06", "07"].map((code, i) => ({
      sheet: LH,
      code,
      formula: `'${HELPER}'!B${2 + i}`,
      value: [48, 31, 1, 14, 2][i],
      origin: "unit" as const,
    })),
    kept: ["19", "20", "21", "22", "23", "24"].map((code, i) => ({ sheet: LH, code, formula: `H${30 + i}`, value: [70, 0, 2, 28, 1, 75][i] })),
  },
  {
    name: "zeros as formulas: =0, =SUM() of empty cells, =IF(…,1,0)",
    books: async () => [await cityWithout(SHEETS.hiepLoi), await hiepLoiZeros()],
    frozen: [],
    kept: [
      { sheet: HL, code: "08", formula: "0", value: 0 },
      { sheet: HL, code: "12", formula: "SUM(J1:J3)", value: 0 },
      { sheet: HL, code: "14", formula: "IF(E10>1000000,1,0)", value: 0 },
      { sheet: HL, code: "17", formula: "IF(E10>0,1,0)", value: 1 },
    ],
  },
  {
    name: 'formulas whose result is "" or missing',
    books: async () => [await cityWithout(SHEETS.laiHieu), await laiHieuTextResults()],
    frozen: [{ sheet: LH, address: "F10", formula: `IF('${HELPER}'!B2>0,"","thiếu")`, value: "", origin: "unit" }],
    kept: [
      { sheet: LH, address: "F12", formula: 'IF(E12>0,"","thiếu")', value: "" },
      { sheet: LH, address: "F13", formula: `'${HELPER}'!C9`, value: null },
    ],
  },
];

interface Ran {
  out: string;
  code: number;
  result: ValidationResult;
}

const dir = tempDir();
afterAll(() => dir.remove());
const ran = new Map<Scenario, Ran>();

beforeAll(async () => {
  for (const [i, scenario] of SCENARIOS.entries()) {
    const folder = join(dir.path, `s${i}`);
    mkdirSync(folder);
    const books = await scenario.books();
    const inputs = await Promise.all(books.map((b) => saveBook(b, join(folder, b.file))));
    const out = join(dir.path, `tong-hop-${i}.xlsx`);
    const { code, err } = await cli("totals", ...inputs, "--out", out);
    if (err) throw new Error(err);
    const snapshots = await Promise.all(inputs.map((p) => readWorkbookSnapshot(readFileSync(p), basename(p))));
    ran.set(scenario, { out, code, result: validateWorkbooks(phuLucPcmd, snapshots) });
  }
}, 60_000);

/** Each indicator's total as a spreadsheet shows it ("k/n" for counts). */
function sheetTotals(wb: ExcelJS.Workbook): Record<string, number | string> {
  const ws = wb.getWorksheet(TOTALS_SHEET)!;
  const rows = totalsRows(ws);
  const col = headerColumn(ws, "Tổng cộng");
  return Object.fromEntries(phuLucPcmd.indicators.map((i) => [i.code, shownTotal(ws.getCell(rows.get(i.code)!, col))]));
}

function engineTotals(result: ValidationResult): Record<string, number | string> {
  return Object.fromEntries(
    [...result.totals.values()].map((t) => [t.code, t.count ? `${t.count.k}/${t.count.n}` : t.value]),
  );
}

/** The cell of an indicator's value on a unit sheet of the written workbook (columns as in the sample). */
function valueCell(wb: ExcelJS.Workbook, sheet: string, code: string): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  let row = 0;
  ws.eachRow((r, n) => {
    if (String(resultOf(r.getCell(2)) ?? "").trim() === code && n > 7) row = n;
  });
  if (!row) throw new Error(`no row ${code} on ${sheet}`);
  return ws.getCell(row, 5);
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return "";
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

describe.each(SCENARIOS)("$name", (scenario) => {
  test("the totals sheet's cached totals are the engine's figures; frozen cells hold the value with a note, others stay formulas", async () => {
    const { out, code, result } = ran.get(scenario)!;
    expect(code).toBe(0);
    const wb = await readXlsx(out);
    expect(engineTotals(result)).toEqual(EXPECTED_TOTALS);
    expect(sheetTotals(wb)).toEqual(EXPECTED_TOTALS);
    expect([...result.totals.values()].filter((t) => t.incomplete).map((t) => t.code)).toEqual([]);

    const cellOf = (w: Where) => (w.code ? valueCell(wb, w.sheet, w.code) : wb.getWorksheet(w.sheet)!.getCell(w.address!));
    for (const fz of scenario.frozen) {
      const cell = cellOf(fz);
      expect({ formula: formulaOf(cell), value: cell.value }).toEqual({ formula: null, value: fz.value });
      const where = fz.origin === "unit" ? "trong file của đơn vị" : "trong file gốc";
      expect(noteText(cell)).toContain(`Tổng hợp: ${where} ô này là công thức =${fz.formula} (`);
      expect(noteText(cell)).toContain("để số liệu không đổi khi Excel tính lại.");
    }
    const read = await readWorkbookSnapshot(readFileSync(out), basename(out));
    for (const k of scenario.kept) {
      const cell = cellOf(k);
      const snap = read.sheets.find((sh) => sh.name === k.sheet)!.rows[Number(cell.row) - 1][Number(cell.col) - 1];
      expect({ formula: snap.formula, value: snap.value, noResult: snap.noResult ?? false }).toEqual({
        formula: k.formula,
        value: k.value,
        noResult: k.value === null,
      });
    }
  });
});

describe("after LibreOffice recalculates everything", () => {
  let outDir: string;
  const recalculated = () => (outDir ??= recalculate(SCENARIOS.map((s) => ran.get(s)!.out), join(dir.path, "lo")));

  testWithSoffice.each(SCENARIOS)(
    "$name: every total and every copied or unit value cell is unchanged",
    async (scenario) => {
      const { out, result } = ran.get(scenario)!;
      const written = await readXlsx(out);
      const calc = await readXlsx(join(recalculated(), basename(out)));
      expect(sheetTotals(calc)).toEqual(EXPECTED_TOTALS);
      expect(sheetTotals(calc)["02"]).toBe(56182);

      const changed: string[] = [];
      let checked = 0;
      const unitSheets = new Set(result.units.map((u) => u.sheet));
      for (const ws of written.worksheets) {
        const isUnit = unitSheets.has(ws.name) || [LH, HL].includes(ws.name);
        if (!isUnit) continue;
        const other = calc.getWorksheet(ws.name)!;
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            const before = resultOf(cell);
            // A formula stored without a result has no value to keep: the engine refused it.
            if (typeof before !== "number" && (formulaOf(cell) === null || before === null)) return;
            checked++;
            const after = resultOf(other.getCell(cell.address));
            if (!same(before, after)) changed.push(`${ws.name}!${cell.address}: ${String(before)} → ${String(after)}`);
          }),
        );
      }
      // Texts too ("" results), as the engine reads them.
      const [snapBefore, snapAfter] = await Promise.all(
        [out, join(recalculated(), basename(out))].map((p) => readWorkbookSnapshot(readFileSync(p), basename(p))),
      );
      for (const w of [...scenario.frozen, ...scenario.kept.filter((k) => k.value !== null)]) {
        const cell = w.code ? valueCell(written, w.sheet, w.code) : written.getWorksheet(w.sheet)!.getCell(w.address!);
        const [a, b] = [snapBefore, snapAfter].map((snap) => {
          const c = snap.sheets.find((sh) => sh.name === w.sheet)!.rows[Number(cell.row) - 1]?.[Number(cell.col) - 1];
          return c?.value ?? "";
        });
        if (a !== b) changed.push(`${w.sheet}!${cell.address}: ${JSON.stringify(a)} → ${JSON.stringify(b)}`);
      }
      expect(changed).toEqual([]);
      // The numbers and formulas of seven unit sheets.
      expect(checked).toBeGreaterThan(150);
    },
    180_000,
  );
});

describe("reading formulas", () => {
  test("what a formula reaches outside its sheet", () => {
    expect(outsideReference("SUM(E10:E12)")).toBeNull();
    expect(outsideReference("IF(E10>0,1,0)")).toBeNull();
    expect(outsideReference('"Dân số!B2"&A1')).toBeNull();
    expect(outsideReference("SUM(A:A)+SUM(3:5)+LOG10(A1)+1E5+TRUE")).toBeNull();
    expect(outsideReference("#REF!+1")).toBeNull();
    expect(outsideReference("'Dữ liệu'!B2")).toEqual({ kind: "sheet" });
    expect(outsideReference("Sheet1!A1+1")).toEqual({ kind: "sheet" });
    expect(outsideReference("[1]Sheet1!A1")).toEqual({ kind: "workbook" });
    expect(outsideReference("'C:\\dir\\[x.xlsx]S'!A1")).toEqual({ kind: "workbook" });
    expect(outsideReference("[1]!Total")).toEqual({ kind: "workbook" });
    expect(outsideReference("DanSo*2")).toEqual({ kind: "name", name: "DanSo" });
    expect(outsideReference("Dân_số")).toEqual({ kind: "name", name: "Dân_số" });
    expect(outsideReference("SUM(Bang1[Số liệu])")).toEqual({ kind: "name", name: "Bang1" });
    expect(outsideReference('INDIRECT("A1")')).toEqual({ kind: "volatile", fn: "INDIRECT" });
    expect(outsideReference("_xlfn.RANDARRAY(2)")).toEqual({ kind: "volatile", fn: "RANDARRAY" });
    expect(outsideReference("OFFSET(A1,1,0)")).toEqual({ kind: "volatile", fn: "OFFSET" });
  });

  test("a shared formula moved to another cell: references move, text in quotes and absolute parts do not", () => {
    expect(slideFormula(`'Dữ liệu'!B2+"A1"&SUM(A:B)+$C$1+C$1+$C1+SUM(3:4)+LOG10(A1)+1E5`, "E10", "F12")).toBe(
      `'Dữ liệu'!C4+"A1"&SUM(B:C)+$C$1+D$1+$C3+SUM(5:6)+LOG10(B3)+1E5`,
    );
    expect(slideFormula("A1+1", "E10", "E9")).toBe("#REF!+1");
  });
});
