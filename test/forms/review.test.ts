/** Review of issue 13: cases a clerk or a form's author meets that the other suites did not cover. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { compileForm } from "../../src/core/form-file";
import type { FormDef } from "../../src/core/form";
import { parseValue } from "../../src/core/values";
import { cli } from "../helpers/cli";
import { writeUnitFiles, writeUnitList } from "../helpers/form-wards";
import { recalculate, testWithSoffice } from "../totals/recalc";
import { formulaOf, headerColumn, readXlsx, textOf, TOTALS_SHEET } from "../totals/helpers";

function load(json: unknown): FormDef {
  const loaded = compileForm(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.form;
}

const FORM_JSON = {
  id: "ty-le",
  title: "SỐ LIỆU TỶ LỆ HOÀN THÀNH",
  subject: "công tác thử",
  indicators: [
    { code: "01", section: "I. A", name: "Tỷ lệ hoàn thành", unit: "%", type: "percent", decimals: 1, scope: "all-units", total: "[02] / [03] * 100", year: "last" },
    { code: "02", section: "I. A", name: "Số việc hoàn thành", unit: "việc", type: "integer", scope: "all-units", total: "sum", year: "sum" },
    { code: "03", section: "I. A", name: "Số việc được giao", unit: "việc", type: "integer", scope: "all-units", total: "sum", year: "sum" },
    // A total over another computed total, without a division of its own.
    { code: "04", section: "I. A", name: "Nửa tỷ lệ hoàn thành", unit: "%", type: "percent", decimals: 2, scope: "all-units", total: "[01] * 0.5", year: "last" },
  ],
  rules: [],
};
const form = load(FORM_JSON);

describe("a percentage typed as text with its % sign", () => {
  it("is a number stored as text, and the message gives the number to type", () => {
    const parsed = parseValue(form.indicators[0], { type: "text", value: "78,1%" });
    expect(parsed).toEqual({
      state: "invalid",
      issue: { code: "value.text-number", params: { label: "Tỷ lệ hoàn thành (mã 01)", text: "78,1%", number: "78,1" } },
    });
  });

  it("a % sign on another kind is still text that is no number", () => {
    const parsed = parseValue(form.indicators[1], { type: "text", value: "12%" });
    expect(parsed).toMatchObject({ state: "invalid", issue: { code: "value.text" } });
  });
});

describe("a total over a ratio whose denominator is 0", () => {
  let dir: string;
  let out: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "tonghop-review-"));
    const formFile = join(dir, "ty-le.form.json");
    writeFileSync(formFile, JSON.stringify(FORM_JSON));
    const units = [
      { name: "Xã Tân Phú", type: "Xã", figures: { "01": 50, "02": 0, "03": 0, "04": 25 } },
      { name: "Phường An Hòa", type: "Phường", figures: { "01": 50, "02": 0, "03": 0, "04": 25 } },
    ];
    const files = await writeUnitFiles(dir, form, units, "Năm 2026");
    const list = await writeUnitList(join(dir, "danh-sach.xlsx"), units, "Năm 2026");
    out = join(dir, "tong-hop.xlsx");
    const c = await cli("totals", ...files, "--units", list, "--form", formFile, "--out", out);
    expect([c.code, c.err]).toEqual([0, ""]);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function totalCells(ws: ExcelJS.Worksheet): Map<string, ExcelJS.Cell> {
    const column = headerColumn(ws, "Tổng cộng");
    const cells = new Map<string, ExcelJS.Cell>();
    ws.eachRow((row, r) => cells.set(textOf(row.getCell(2)), ws.getCell(r, column)));
    return cells;
  }

  it("is wrapped in IFERROR too: the ratio's cell is \"\", and \"\" * 0.5 would be #VALUE!", async () => {
    const totals = totalCells((await readXlsx(out)).getWorksheet(TOTALS_SHEET)!);
    const cell = (code: string) => totals.get(code)!.address;
    expect(formulaOf(totals.get("01")!)).toBe(`IFERROR(${cell("02")}/${cell("03")}*100,"")`);
    expect(formulaOf(totals.get("04")!)).toBe(`IFERROR(${cell("01")}*0.5,"")`);
    // No figure, not a 0 a viewer that does not recalculate would show.
    for (const code of ["01", "04"]) expect((totals.get(code)!.value as ExcelJS.CellFormulaValue).result ?? null).toBeNull();
  });

  testWithSoffice(
    "LibreOffice, recalculating, leaves both cells empty, not an error",
    async () => {
      const recalculated = await readXlsx(join(recalculate([out], join(dir, "lo")), "tong-hop.xlsx"));
      const totals = totalCells(recalculated.getWorksheet(TOTALS_SHEET)!);
      expect([textOf(totals.get("01")!), textOf(totals.get("04")!)]).toEqual(["", ""]);
    },
    180_000,
  );
});

describe("a 3-digit code with a leading zero", () => {
  it("is refused when the form is loaded: a sheet's Mã số 001 (or 1, as Excel keeps it) is read as 01", () => {
    const indicators = FORM_JSON.indicators.map((ind, i) => (i === 1 ? { ...ind, code: "002" } : ind));
    const loaded = compileForm({ ...FORM_JSON, indicators });
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.issues).toContainEqual({ kind: "pattern", field: "indicators[1].code", pattern: "code", found: "002" });
  });

  it("100–999 and 01–99 are codes", () => {
    const more = ["100", "999", "99"].map((code) => ({ ...FORM_JSON.indicators[2], code }));
    expect(compileForm({ ...FORM_JSON, indicators: [...FORM_JSON.indicators, ...more] }).ok).toBe(true);
  });
});
