/** The written totals workbook: totals, untouched inputs, idempotent regeneration, the user-sheet collision. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { phuLucPcmd } from "../../src/forms";
import { totalsText } from "../../src/cli/commands/totals";
import { writeTotalsWorkbook } from "../helpers/cli";
import { CITY_FILE, EXPECTED_TOTALS, SampleWorkbook, SHEETS, UNIT_FILES, WARD_NAMES } from "../helpers/sample-workbook";
import {
  FINDINGS_SHEET,
  formulaOf,
  headerColumn,
  readXlsx,
  saveBook,
  sheetPicture,
  shownTotal,
  tempDir,
  TOTALS_SHEET,
  totalsRows,
} from "./helpers";
import { GENERATED_MARKER } from "../../src/core/reader";
import ExcelJS from "exceljs";

let dir: ReturnType<typeof tempDir>;
beforeAll(() => (dir = tempDir()));
afterAll(() => dir.remove());

function expectTotalsAsExpected(wb: ExcelJS.Workbook, sheet = TOTALS_SHEET): void {
  const ws = wb.getWorksheet(sheet)!;
  const rows = totalsRows(ws);
  const total = headerColumn(ws, "Tổng cộng");
  const shown = Object.fromEntries(phuLucPcmd.indicators.map((i) => [i.code, shownTotal(ws.getCell(rows.get(i.code)!, total))]));
  expect(shown).toEqual(EXPECTED_TOTALS);
}

function markerOf(ws: ExcelJS.Worksheet): { text: string; hidden: boolean } | null {
  let found: { text: string; hidden: boolean } | null = null;
  ws.getRow(1).eachCell((cell, col) => {
    if (typeof cell.value === "string" && cell.value.startsWith(GENERATED_MARKER)) {
      found = { text: cell.value, hidden: ws.getColumn(col).hidden };
    }
  });
  return found;
}

describe("tonghop totals on the city workbook", () => {
  let out: string;
  let input: ExcelJS.Workbook;
  let output: ExcelJS.Workbook;

  beforeAll(async () => {
    out = join(dir.path, "city", "tong-hop.xlsx");
    await writeTotalsWorkbook([CITY_FILE], out);
    input = await readXlsx(CITY_FILE);
    output = await readXlsx(out);
  });

  test("adds the two generated sheets after the input's sheets, each with its hidden marker", () => {
    expect(output.worksheets.map((ws) => ws.name)).toEqual([...input.worksheets.map((ws) => ws.name), TOTALS_SHEET, FINDINGS_SHEET]);
    expect(markerOf(output.getWorksheet(TOTALS_SHEET)!)).toEqual({ text: `${GENERATED_MARKER}:totals`, hidden: true });
    expect(markerOf(output.getWorksheet(FINDINGS_SHEET)!)).toEqual({ text: `${GENERATED_MARKER}:findings`, hidden: true });
  });

  test("every Tổng cộng equals expected-totals.json (flags as 6/6)", () => {
    expectTotalsAsExpected(output);
  });

  test("unit cells reference the units' value cells by the output's sheet names", () => {
    const ws = output.getWorksheet(TOTALS_SHEET)!;
    const row = totalsRows(ws).get("02")!;
    expect(formulaOf(ws.getCell(row, headerColumn(ws, "Phường Lái Hiếu")))).toBe(`'${SHEETS.laiHieu}'!E10`);
    expect(formulaOf(ws.getCell(row, headerColumn(ws, "Cấp thành phố")))).toBeNull();
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 4, ySplit: 6 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 });
    expect(output.getWorksheet(FINDINGS_SHEET)!.autoFilter).toBe("A4:H5");
  });

  test("every cell of the unit sheets and the info sheet is unchanged: values, formats, merges, sizes", () => {
    for (const ws of input.worksheets) {
      expect({ sheet: ws.name, ...sheetPicture(output.getWorksheet(ws.name)!) }).toEqual({ sheet: ws.name, ...sheetPicture(ws) });
    }
  });

  test("the engine reads the output as the input plus two generated sheets", async () => {
    const again = await writeTotalsWorkbook([out], join(dir.path, "city", "again.xlsx"));
    expect(again.result.ignored.filter((s) => s.reason === "generated").map((s) => s.sheet)).toEqual([TOTALS_SHEET, FINDINGS_SHEET]);
    expect(again.result.units).toHaveLength(7);
    expect(again.result.summary.errors).toBe(0);
  });
});

describe("tonghop totals on the wards' own files", () => {
  test("copies each unit's sheet under the unit's name, unchanged, and totals them", async () => {
    const out = join(dir.path, "wards.xlsx");
    const run = await writeTotalsWorkbook(UNIT_FILES, out);
    const output = await readXlsx(out);
    const unitNames = run.totals.copied.map((c) => c.name);
    expect([...unitNames].sort()).toEqual([...WARD_NAMES, "Cấp thành phố"].sort());
    expect(output.worksheets.map((ws) => ws.name)).toEqual([...unitNames, TOTALS_SHEET, FINDINGS_SHEET]);
    for (const copy of run.totals.copied) {
      const source = (await readXlsx(UNIT_FILES.find((f) => f.endsWith(copy.from.file))!)).getWorksheet(copy.from.sheet)!;
      expect(sheetPicture(output.getWorksheet(copy.name)!)).toEqual(sheetPicture(source));
    }
    const ws = output.getWorksheet(TOTALS_SHEET)!;
    expect(formulaOf(ws.getCell(totalsRows(ws).get("02")!, headerColumn(ws, "Phường Lái Hiếu")))).toBe("'Phường Lái Hiếu'!E10");
    expectTotalsAsExpected(output);
    expect(totalsText(run)).toContain(`Trang "Phường Lái Hiếu": chép từ trang "Phụ lục" của phuong-lai-hieu.xlsx.`);
  });

  test("a ward's formulas are copied, shared ones as plain formulas of their own", async () => {
    const ward = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    const ws = ward.sheet();
    ws.getCell("E12").value = { formula: "SUM(E13:E17)", result: 48 } as ExcelJS.CellFormulaValue;
    ws.getCell("G13").value = { formula: "E13*2", shareType: "shared", ref: "G13:G14", result: 62 } as ExcelJS.CellFormulaValue;
    ws.getCell("G14").value = { sharedFormula: "G13", result: 2 } as ExcelJS.CellSharedFormulaValue;
    const input = await saveBook(ward, join(dir.path, "phuong-lai-hieu.xlsx"));
    const out = join(dir.path, "shared-out.xlsx");
    await writeTotalsWorkbook([input, UNIT_FILES.find((f) => f.endsWith("phuong-nga-bay.xlsx"))!], out);
    const copy = (await readXlsx(out)).getWorksheet("Phường Lái Hiếu")!;
    expect(copy.getCell("E12").value).toEqual({ formula: "SUM(E13:E17)", result: 48 });
    expect([formulaOf(copy.getCell("G13")), formulaOf(copy.getCell("G14"))]).toEqual(["E13*2", "E14*2"]);
    expect(copy.getCell("G14").result).toBe(2);
  });

  test("two files of the same name from different folders are kept apart", async () => {
    const files = await Promise.all(
      ["phuong-lai-hieu.xlsx", "phuong-nga-bay.xlsx"].map(async (name, i) => {
        mkdirSync(join(dir.path, `folder-${i}`), { recursive: true });
        return saveBook(await SampleWorkbook.unit(name), join(dir.path, `folder-${i}`, "phu-luc.xlsx"));
      }),
    );
    const out = join(dir.path, "same-name-out.xlsx");
    const run = await writeTotalsWorkbook(files, out);
    const output = await readXlsx(out);
    for (const copy of run.totals.copied) {
      const source = (await readXlsx(copy.from.file)).getWorksheet(copy.from.sheet)!;
      expect(sheetPicture(output.getWorksheet(copy.name)!)).toEqual(sheetPicture(source));
    }
    expect(run.totals.copied.map((c) => c.name).sort()).toEqual(["Phường Lái Hiếu", "Phường Ngã Bảy"]);
  });

  test("sheets each selected in their own file are not opened as a group", async () => {
    const files = await Promise.all(
      ["phuong-lai-hieu.xlsx", "phuong-nga-bay.xlsx"].map(async (name) => {
        const ward = await SampleWorkbook.unit(name);
        // What Excel saves for the active sheet of a file.
        ward.sheet().views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
        return saveBook(ward, join(dir.path, `selected-${name}`));
      }),
    );
    const out = join(dir.path, "selected-out.xlsx");
    await writeTotalsWorkbook(files, out);
    const selected = (await readXlsx(out)).worksheets.filter((ws) =>
      (ws.views ?? []).some((v) => (v as { tabSelected?: boolean }).tabSelected),
    );
    expect(selected).toHaveLength(0);
  });
});

describe("regenerating", () => {
  function generatedPicture(wb: ExcelJS.Workbook, name: string) {
    return sheetPicture(wb.getWorksheet(name)!);
  }

  test("is idempotent: the same generated sheets, no duplicates, the user's sheets untouched", async () => {
    const book = await SampleWorkbook.city();
    book.workbook.addWorksheet("Ghi chú riêng").getCell("B2").value = "Nhắc P. Lái Hiếu nộp bản ký";
    const input = await saveBook(book, join(dir.path, "with-user-sheet.xlsx"));
    const first = join(dir.path, "first.xlsx");
    const second = join(dir.path, "second.xlsx");
    await writeTotalsWorkbook([input], first);
    const run = await writeTotalsWorkbook([first], second);
    const [a, b, original] = [await readXlsx(first), await readXlsx(second), await readXlsx(input)];
    expect(b.worksheets.map((ws) => ws.name)).toEqual(a.worksheets.map((ws) => ws.name));
    expect(b.worksheets.map((ws) => ws.name)).toEqual([...original.worksheets.map((ws) => ws.name), TOTALS_SHEET, FINDINGS_SHEET]);
    expect(generatedPicture(b, TOTALS_SHEET)).toEqual(generatedPicture(a, TOTALS_SHEET));
    expect(generatedPicture(b, FINDINGS_SHEET)).toEqual(generatedPicture(a, FINDINGS_SHEET));
    for (const ws of original.worksheets) expect(sheetPicture(b.getWorksheet(ws.name)!)).toEqual(sheetPicture(ws));
    expect(run.totals.plan.placements.totals).toEqual({ name: TOTALS_SHEET, replaces: [TOTALS_SHEET], userSheet: null });
  });

  test("a generated sheet the user moved is regenerated where it stands", async () => {
    const first = join(dir.path, "moved.xlsx");
    await writeTotalsWorkbook([CITY_FILE], first);
    const wb = await readXlsx(first);
    const totals = wb.getWorksheet(TOTALS_SHEET)! as ExcelJS.Worksheet & { orderNo: number };
    totals.orderNo = -1;
    await wb.xlsx.writeFile(first);
    expect((await readXlsx(first)).worksheets[0].name).toBe(TOTALS_SHEET);
    const second = join(dir.path, "moved-again.xlsx");
    await writeTotalsWorkbook([first], second);
    const names = (await readXlsx(second)).worksheets.map((ws) => ws.name);
    expect(names[0]).toBe(TOTALS_SHEET);
    expect(names.filter((n) => n === TOTALS_SHEET)).toHaveLength(1);
  });

  test("never overwrites a user's own “Tổng hợp”: writes “Tổng hợp (2)” and says so, also on the next run", async () => {
    const book = await SampleWorkbook.city();
    book.workbook.addWorksheet(TOTALS_SHEET).getCell("A1").value = "Bảng tự làm của cán bộ";
    const input = await saveBook(book, join(dir.path, "user-totals.xlsx"));
    const first = join(dir.path, "user-totals-out.xlsx");
    const run = await writeTotalsWorkbook([input], first);
    expect(run.totals.plan.placements.totals).toEqual({ name: "Tổng hợp (2)", replaces: [], userSheet: TOTALS_SHEET });
    expect(totalsText(run)).toContain(
      `Trang "Tổng hợp" có sẵn là trang của người dùng nên được giữ nguyên; kết quả ghi vào trang "Tổng hợp (2)".`,
    );
    const out = await readXlsx(first);
    const original = await readXlsx(input);
    expect(sheetPicture(out.getWorksheet(TOTALS_SHEET)!)).toEqual(sheetPicture(original.getWorksheet(TOTALS_SHEET)!));
    expectTotalsAsExpected(out, "Tổng hợp (2)");

    const second = join(dir.path, "user-totals-again.xlsx");
    const again = await writeTotalsWorkbook([first], second);
    expect(again.totals.plan.placements.totals).toEqual({ name: "Tổng hợp (2)", replaces: ["Tổng hợp (2)"], userSheet: TOTALS_SHEET });
    const names = (await readXlsx(second)).worksheets.map((ws) => ws.name);
    expect(names).toEqual(out.worksheets.map((ws) => ws.name));
    expect(names).not.toContain("Tổng hợp (3)");
  });
});

describe("wards with a blank and a text number", () => {
  test("their cells are marked with notes and the totals marked incomplete", async () => {
    const laiHieu = await SampleWorkbook.unit("phuong-lai-hieu.xlsx");
    laiHieu.setValue(undefined, "02", null);
    const tanThanh = await SampleWorkbook.unit("xa-tan-thanh.xlsx");
    tanThanh.setValue(undefined, "22", "1.500");
    const faultyDir = join(dir.path, "faulty");
    mkdirSync(faultyDir, { recursive: true });
    const files = await Promise.all(
      UNIT_FILES.map(async (f) => {
        const name = f.split(/[\\/]/).pop()!;
        const book = name === "phuong-lai-hieu.xlsx" ? laiHieu : name === "xa-tan-thanh.xlsx" ? tanThanh : await SampleWorkbook.load(f);
        return saveBook(book, join(faultyDir, name));
      }),
    );
    const out = join(dir.path, "faulty-out.xlsx");
    const run = await writeTotalsWorkbook(files, out);
    expect(totalsText(run)).toContain("2 chỉ tiêu chưa đủ số liệu (mã 02, 22)");
    const output = await readXlsx(out);
    expect(output.getWorksheet("Xã Tân Thành")!.getCell("E33").value).toBe("1.500");
    expect(output.getWorksheet("Phường Lái Hiếu")!.getCell("E10").value).toBeNull();
    const ws = output.getWorksheet(TOTALS_SHEET)!;
    const rows = totalsRows(ws);
    const total = headerColumn(ws, "Tổng cộng");
    const notes = headerColumn(ws, "Ghi chú");

    const blank = ws.getCell(rows.get("02")!, headerColumn(ws, "Phường Lái Hiếu"));
    expect(blank.value).toBeNull();
    expect(blank.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    expect(String(blank.note)).toContain("Dân số (mã 02) để trống");

    const text = ws.getCell(rows.get("22")!, headerColumn(ws, "Xã Tân Thành"));
    expect(formulaOf(text)).toBe("'Xã Tân Thành'!E33");
    expect(text.fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFC7CE" } });
    expect(String(text.note)).toContain(`số dạng chữ "1.500"`);

    for (const [code, value, who] of [
      ["02", 56182 - 11236, "Phường Lái Hiếu (để trống)"],
      ["22", 350 - 20, "Xã Tân Thành (không hợp lệ)"],
    ] as const) {
      const cell = ws.getCell(rows.get(code)!, total);
      expect(cell.value).toMatchObject({ result: value });
      expect(cell.fill).toMatchObject({ fgColor: { argb: "FFF8CBAD" } });
      expect(String(cell.note)).toBe(`Chưa đủ số liệu: ${who}.`);
      expect(ws.getCell(rows.get(code)!, notes).value).toBe(`Chưa đủ số liệu: ${who}.`);
    }
    const complete = ws.getCell(rows.get("03")!, total);
    expect(complete.note).toBeUndefined();
    expect(complete.fill).toMatchObject({ fgColor: { argb: "FFE2EFDA" } });
  });
});
