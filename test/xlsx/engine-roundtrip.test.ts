/**
 * The engine end to end through real .xlsx bytes: the sample edited with ExcelJS, written, and read back by
 * the xlsx host. The engine's own cases run on in-memory snapshots (`test/engine/`); these few keep the
 * adapter between them and the files honest.
 */
import { ValidationResult } from "../../src/core/validate";
import { EXPECTED_TOTALS, SampleWorkbook, SHEETS, validateBooks, WARD_NAMES, withCode } from "../helpers/sample-workbook";

const FILE = "tong-hop-ngabay.xlsx";

function totalsAsExpected(result: ValidationResult): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [code, t] of result.totals) out[code] = t.count ? `${t.count.k}/${t.count.n}` : t.value;
  return out;
}

describe("the sample through written .xlsx bytes", () => {
  it("the city workbook gives no findings, 6/6 wards, and the expected totals", async () => {
    const result = await validateBooks(await SampleWorkbook.city());
    expect(result.findings).toEqual([]);
    expect(result.wards).toEqual({ reported: 6, expected: 6 });
    expect(result.units.map((u) => [u.name, u.kind])).toEqual([...WARD_NAMES.map((n) => [n, "ward"]), ["Cấp thành phố", "city-level"]]);
    expect(totalsAsExpected(result)).toEqual(EXPECTED_TOTALS);
  });

  it("the seven unit files say only that there is no list, with the expected totals", async () => {
    const result = await validateBooks(...(await SampleWorkbook.allUnits()));
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.wards).toEqual({ reported: 6, expected: null });
    expect(totalsAsExpected(result)).toEqual(EXPECTED_TOTALS);
  });

  it("a ward's file given with the city workbook is a duplicate naming the other file", async () => {
    const result = await validateBooks(await SampleWorkbook.city(), await SampleWorkbook.unit("phuong-hiep-loi.xlsx"));
    const dups = withCode(result, "unit.duplicate");
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({ sheet: "Phụ lục", cell: "C3", file: "phuong-hiep-loi.xlsx", unit: "Phường Hiệp Lợi" });
    expect(result.findings).toHaveLength(1);
    expect(result.totals.get("02")?.value).toBe(56182);
  });
});

describe("faulty edits through written .xlsx bytes", () => {
  it("a number typed as text in a moved column, a cached formula and a formula error", async () => {
    const book = await SampleWorkbook.city();
    book.sheet(SHEETS.hiepLoi).spliceColumns(2, 0, []);
    book.setValue(SHEETS.hiepLoi, "19", "80");
    const first = book.address(SHEETS.ngaBay, "04");
    const last = book.address(SHEETS.ngaBay, "08");
    book.setValue(SHEETS.ngaBay, "03", { formula: `SUM(${first}:${last})`, result: 76 });
    book.setValue(SHEETS.laiHieu, "20", { formula: "E10/0", result: { error: "#DIV/0!" } });
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["value.formula-error", SHEETS.laiHieu, book.address(SHEETS.laiHieu, "20")],
      ["value.text-number", SHEETS.hiepLoi, "F30"],
    ]);
    expect(result.totals.get("03")).toMatchObject({ value: 226, incomplete: false });
    expect(result.totals.get("19")).toMatchObject({ incomplete: true, missing: [{ unit: "Phường Hiệp Lợi", sheet: SHEETS.hiepLoi, address: "F30", reason: "invalid" }] });
  });

  it("a duplicated code on a hidden row: neither row's value is counted", async () => {
    const book = await SampleWorkbook.city();
    const ws = book.sheet(SHEETS.hiepLoi);
    const first = book.rowOf(SHEETS.hiepLoi, "05");
    const dup = book.rowOf(SHEETS.hiepLoi, "06");
    ws.getCell(dup, 2).value = "05";
    ws.getCell(dup, 3).value = "Cơ sở xoa bóp, xông hơi, massage, tẩm quất";
    ws.getRow(dup).hidden = true;
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.cell, f.indicator, f.file])).toEqual([
      ["structure.duplicate-row", `B${dup}`, "05", FILE],
      ["structure.missing-row", null, "06", FILE],
    ]);
    expect(result.totals.get("05")!.missing).toEqual([{ unit: "Phường Hiệp Lợi", sheet: SHEETS.hiepLoi, address: `E${first}`, reason: "untrusted" }]);
  });
});
