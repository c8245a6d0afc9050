import { infoSheet, random, validWardFigures, wardSheet, workbook } from "../helpers/snapshot-builder";
/** The core write plan of the two generated sheets, checked on the bundled sample without any file library. */
import { phuLucPcmd } from "../../src/forms";
import { GENERATED_MARKER } from "../../src/core/reader";
import { MAX_CELL_TEXT, planTotalsWorkbook } from "../../src/core/workbook-plan/totals-workbook";
import { validateWorkbooks } from "../../src/core/validate";
import { PlanCell, SheetPlan } from "../../src/core/workbook-plan/types";
import { parseA1 } from "../../src/core/address";
import { EXPECTED_TOTALS, SampleWorkbook, SHEETS, validateBooks } from "../helpers/sample-workbook";

function cellAt(plan: SheetPlan, address: string): PlanCell | undefined {
  return plan.cells.find((c) => c.address === address);
}

/** Row (0-based) of an indicator on the totals plan, found by its "Mã số" cell in column B. */
function rowOf(plan: SheetPlan, code: string): number {
  const cell = plan.cells.find((c) => parseA1(c.address).col === 1 && c.value === code);
  if (!cell) throw new Error(`no row ${code}`);
  return parseA1(cell.address).row;
}

function columnOf(plan: SheetPlan, title: string): number {
  const cell = plan.cells.find((c) => c.value === title && parseA1(c.address).row < 6);
  if (!cell) throw new Error(`no column ${title}`);
  return parseA1(cell.address).col;
}

function at(plan: SheetPlan, row: number, col: number): PlanCell | undefined {
  return plan.cells.find((c) => {
    const p = parseA1(c.address);
    return p.row === row && p.col === col;
  });
}

async function samplePlan(book?: SampleWorkbook) {
  const city = book ?? (await SampleWorkbook.city());
  const result = await validateBooks(city);
  const existing = city.workbook.worksheets.map((ws) => ({ name: ws.name, generated: false }));
  return { city, result, ...planTotalsWorkbook(result, existing) };
}

describe("Tổng hợp plan on the bundled sample", () => {
  test("every Tổng cộng is the expected total (flags as 6/6), as a formula over its row", async () => {
    const { plan } = await samplePlan();
    const sheet = plan.sheets[0];
    const total = columnOf(sheet, "Tổng cộng");
    for (const ind of phuLucPcmd.indicators) {
      const cell = at(sheet, rowOf(sheet, ind.code), total)!;
      const expected = EXPECTED_TOTALS[ind.code];
      if (ind.aggregate === "count") {
        expect(cell.formula).toMatch(/^COUNTIF\(E\d+:K\d+,1\)$/);
        expect(`${cell.value}/${/^0"\/(\d+)"$/.exec(cell.numberFormat!)![1]}`).toBe(expected);
      } else {
        expect(cell.formula).toMatch(/^SUM\(E\d+:K\d+\)$/);
        expect(cell.value).toBe(expected);
      }
      expect(cell.fill).not.toBe("F8CBAD");
    }
  });

  test("each unit cell is a formula on that unit's exact value cell, with its value cached", async () => {
    const { city, plan, table } = await samplePlan();
    const sheet = plan.sheets[0];
    expect(table.units.map((u) => u.sheet)).toEqual([
      SHEETS.ngaBay,
      SHEETS.laiHieu,
      SHEETS.hiepThanh,
      SHEETS.hiepLoi,
      SHEETS.daiThanh,
      SHEETS.tanThanh,
      SHEETS.city,
    ]);
    for (const ind of phuLucPcmd.indicators) {
      const row = rowOf(sheet, ind.code);
      table.units.forEach((u) => {
        const cell = at(sheet, row, columnOf(sheet, u.name))!;
        if (ind.scope === "wards-only" && u.kind === "city-level") {
          expect(cell.formula).toBeUndefined();
          expect(cell.fill).toBe("D9D9D9");
          return;
        }
        expect(cell.formula).toBe(`'${u.sheet}'!${city.address(u.sheet, ind.code)}`);
        expect(cell.value).toBe(city.value(u.sheet, ind.code));
      });
    }
  });

  test("header, title, frozen panes, print setup and the hidden marker", async () => {
    const { plan } = await samplePlan();
    const sheet = plan.sheets[0];
    expect(sheet.name).toBe("Tổng hợp");
    expect(cellAt(sheet, "A1")?.value).toBe("TỔNG HỢP SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM");
    expect(cellAt(sheet, "A2")?.value).toBe("Kỳ báo cáo: 6 tháng đầu năm 2023");
    expect(String(cellAt(sheet, "A3")?.value)).toMatch(/^Số liệu tổng hợp từ 6\/6 xã, phường/);
    expect(["STT", "Mã số", "Chỉ tiêu", "Đơn vị tính"].map((t) => columnOf(sheet, t))).toEqual([0, 1, 2, 3]);
    expect(columnOf(sheet, "Tổng cộng")).toBe(11);
    expect(at(sheet, rowOf(sheet, "01") - 1, 0)?.value).toBe("I");
    expect(at(sheet, rowOf(sheet, "01") - 1, 2)?.value).toBe("ĐỊA BÀN");
    expect(sheet.marker).toBe(`${GENERATED_MARKER}:totals`);
    const markerCol = parseA1(sheet.markerAddress);
    expect(markerCol.row).toBe(0);
    expect(sheet.hiddenColumns).toEqual([markerCol.col]);
    expect(markerCol.col).toBeGreaterThan(Math.max(...sheet.cells.map((c) => parseA1(c.address).col)));
    expect(sheet.frozen).toEqual({ rows: 6, columns: 4 });
    expect(sheet.page).toMatchObject({ orientation: "landscape", fitToWidth: true, paper: "A4" });
    expect(at(sheet, rowOf(sheet, "02"), 4)?.numberFormat).toBe("#,##0");
    expect(at(sheet, rowOf(sheet, "01"), 4)?.numberFormat).toBe("#,##0.00");
  });

  test("sheet names are quoted as formulas need, quotes doubled", async () => {
    const { result } = await samplePlan();
    const renamed = planTotalsWorkbook(result, [], ({ sheet }) => (sheet === SHEETS.laiHieu ? "Lái Hiếu's" : sheet === SHEETS.ngaBay ? "NgaBay" : sheet));
    const sheet = renamed.plan.sheets[0];
    const row = rowOf(sheet, "02");
    expect(at(sheet, row, 4)?.formula).toBe("NgaBay!E10");
    expect(at(sheet, row, 5)?.formula).toBe("'Lái Hiếu''s'!E10");
  });

  test("a blank and a text number are marked with a fill and a note, left out, and their totals marked incomplete", async () => {
    const book = await SampleWorkbook.city();
    book.setValue(SHEETS.laiHieu, "02", null).setValue(SHEETS.tanThanh, "22", "1.500");
    const { plan, table } = await samplePlan(book);
    const sheet = plan.sheets[0];
    const total = columnOf(sheet, "Tổng cộng");
    const note = columnOf(sheet, "Ghi chú");

    const blank = at(sheet, rowOf(sheet, "02"), columnOf(sheet, "Phường Lái Hiếu"))!;
    expect(blank.formula).toBeUndefined();
    expect(blank.fill).toBe("FFEB9C");
    expect(blank.note).toBe("Dân số (mã 02) để trống — ghi 0 nếu không phát sinh. Số liệu này chưa được cộng vào tổng.");
    const blankTotal = at(sheet, rowOf(sheet, "02"), total)!;
    expect(blankTotal.value).toBe(56182 - 11236);
    expect(blankTotal.fill).toBe("F8CBAD");
    expect(blankTotal.note).toBe("Chưa đủ số liệu: Phường Lái Hiếu (để trống).");
    expect(at(sheet, rowOf(sheet, "02"), note)?.value).toBe("Chưa đủ số liệu: Phường Lái Hiếu (để trống).");

    const text = at(sheet, rowOf(sheet, "22"), columnOf(sheet, "Xã Tân Thành"))!;
    expect(text.formula).toBe(`'${SHEETS.tanThanh}'!${book.address(SHEETS.tanThanh, "22")}`);
    expect(text.value).toBe("1.500");
    expect(text.fill).toBe("FFC7CE");
    expect(text.note).toMatch(/số dạng chữ "1\.500".*chưa được cộng vào tổng\.$/);
    const textTotal = at(sheet, rowOf(sheet, "22"), total)!;
    // Xã Tân Thành is column J: the SUM leaves it out as the engine does.
    expect(textTotal.formula).toMatch(/^SUM\(E\d+:I\d+,K\d+\)$/);
    expect(textTotal.value).toBe(350 - 20);
    expect(textTotal.fill).toBe("F8CBAD");
    expect(table.incompleteCount).toBe(2);
    expect(String(cellAt(sheet, "A4")?.value)).toMatch(/^Có 2 chỉ tiêu chưa đủ số liệu/);
  });
});

describe("Kết quả kiểm tra plan", () => {
  test("lists every finding by unit then severity, with a link to its cell and an autofilter", async () => {
    const book = await SampleWorkbook.city();
    book
      .setValue(SHEETS.tanThanh, "22", "1.500")
      .setValue(SHEETS.laiHieu, "02", null)
      .setValue(SHEETS.laiHieu, "11", 9)
      .setValue(SHEETS.city, "29", 60);
    const { plan, result } = await samplePlan(book);
    const sheet = plan.sheets[1];
    expect(sheet.name).toBe("Kết quả kiểm tra");
    expect(sheet.marker).toBe(`${GENERATED_MARKER}:findings`);
    const header = ["STT", "Đơn vị", "Mức độ", "Mã", "Loại lỗi", "Trang", "Ô", "Nội dung"];
    header.forEach((h, c) => expect(at(sheet, 3, c)?.value).toBe(h));
    const rows = result.findings.map((_, i) => header.map((__, c) => at(sheet, 4 + i, c)));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const units = rows.map((r) => r[1]!.value);
    const rank = (u: unknown) => ["Phường Lái Hiếu", "Xã Tân Thành", "Cấp thành phố", "Toàn thành phố"].indexOf(String(u));
    const severities = rows.map((r) => ["Lỗi", "Cảnh báo", "Thông tin"].indexOf(String(r[2]!.value)));
    for (let i = 1; i < rows.length; i++) {
      expect(rank(units[i])).toBeGreaterThanOrEqual(rank(units[i - 1]));
      if (units[i] === units[i - 1]) expect(severities[i]).toBeGreaterThanOrEqual(severities[i - 1]);
    }
    const text = rows.find((r) => r[3]!.value === "value.text-number")!;
    expect(text[1]!.value).toBe("Xã Tân Thành");
    // Ward staff read what kind of problem it is in Vietnamese, next to the code.
    expect(text[4]!.value).toBe("Số dạng chữ");
    expect(rows.find((r) => r[3]!.value === "value.blank")![4]!.value).toBe("Ô để trống");
    expect(rows.find((r) => r[3]!.value === "R03")![4]!.value).toBe("Sai quy tắc R03 (11 ≤ 10)");
    expect(text[5]!.value).toBe(SHEETS.tanThanh);
    expect(text[6]!.link).toEqual({ sheet: SHEETS.tanThanh, address: book.address(SHEETS.tanThanh, "22") });
    // A finding on the city totals links to the Tổng cộng cell of its indicator.
    const city = rows.find((r) => r[1]!.value === "Toàn thành phố")!;
    expect(city[5]!.value).toBe("Tổng hợp");
    const totalsSheet = plan.sheets[0];
    expect(city[6]!.link?.sheet).toBe("Tổng hợp");
    expect(parseA1(city[6]!.link!.address).col).toBe(columnOf(totalsSheet, "Tổng cộng"));
    expect(sheet.autoFilter).toBe(`A4:H${4 + rows.length}`);
    expect(sheet.frozen).toEqual({ rows: 4, columns: 0 });
  });
});

describe("Excel's cell limit", () => {
  it("no generated cell or note holds more than 32.767 characters, and a cut text says so", () => {
    const long = "Phường " + "Vĩnh".repeat(20_000);
    const wards = [{ name: "Phường Một", type: "Phường" }];
    const result = validateWorkbooks(phuLucPcmd, [
      workbook("city.xlsx", infoSheet(wards), wardSheet("P1", long, validWardFigures(random(3)))),
    ]);
    expect(result.findings.some((f) => f.message.length > MAX_CELL_TEXT)).toBe(true);
    const { plan } = planTotalsWorkbook(result, []);
    const texts = plan.sheets.flatMap((s) => s.cells.flatMap((c) => [c.value, c.note])).filter((t): t is string => typeof t === "string");
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(texts.some((t) => t.endsWith("… (đã cắt bớt)"))).toBe(true);
  });
});

describe("flags written as words", () => {
  it("are formulas only where Excel reads the word as the engine does; other spellings are written as values", () => {
    const wards = [
      { name: "Phường Một", type: "Phường" },
      { name: "Phường Hai", type: "Phường" },
      { name: "Phường Ba", type: "Phường" },
    ];
    const rand = random(5);
    const sheets = wards.map((w, i) => {
      const figures: Record<string, number | string> = { ...validWardFigures(rand) };
      figures["18"] = ["Có", "Có\u00a0", "Co\u0301"][i];
      return wardSheet(w.name, w.name, figures);
    });
    const result = validateWorkbooks(phuLucPcmd, [workbook("city.xlsx", infoSheet(wards), ...sheets)]);
    expect(result.findings).toEqual([]);
    expect(result.totals.get("18")!.count).toEqual({ k: 3, n: 3 });
    const totals = planTotalsWorkbook(result, []).plan.sheets[0];
    const row = totals.cells.find((c) => c.value === "18")!;
    const r = parseA1(row.address).row;
    const unitCells = ["Phường Một", "Phường Hai", "Phường Ba"].map((u) => at(totals, r, columnOf(totals, u))!);
    expect(unitCells[0]).toMatchObject({ formula: expect.stringContaining('="Có"'), value: 1 });
    for (const c of unitCells.slice(1)) {
      expect(c.formula).toBeUndefined();
      expect(c.value).toBe(1);
      expect(c.note).toMatch(/^Đơn vị ghi ".+" ở ô 'Phường (Hai|Ba)'!E\d+: tính là 1\.$/);
    }
  });
});
