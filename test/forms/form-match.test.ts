/** Sheets matched to forms by title and code overlap; two forms in one run validated and totalled apart. */
import { compileForm } from "../../src/core/form-file";
import type { FormDef } from "../../src/core/form";
import { formsIn, matchForm } from "../../src/core/form-match";
import { validateWorkbooks } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { infoSheet, random, validWardFigures, wardSheet, workbook } from "../helpers/snapshot-builder";

function testForm(): FormDef {
  const loaded = compileForm({
    id: "tre-em",
    title: "SỐ LIỆU CÔNG TÁC BẢO VỆ TRẺ EM",
    subject: "công tác bảo vệ trẻ em",
    indicators: [
      { code: "01", section: "I. TRẺ EM", name: "Trẻ em dưới 16 tuổi", unit: "trẻ", type: "integer", scope: "wards-only", total: "sum", year: "last" },
      { code: "02", section: "I. TRẺ EM", name: "Trẻ em có hoàn cảnh đặc biệt", unit: "trẻ", type: "integer", scope: "wards-only", total: "sum", year: "last", parent: "01" },
      { code: "03", section: "I. TRẺ EM", name: "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", unit: "%", type: "percent", decimals: 1, scope: "wards-only", total: "[04] / [02] * 100", year: "last" },
      { code: "04", section: "II. TRỢ GIÚP", name: "Trẻ em có hoàn cảnh đặc biệt được trợ giúp", unit: "trẻ", type: "integer", scope: "all-units", total: "sum", year: "sum" },
    ],
    rules: [{ id: "R01", check: "[02] <= [01]", severity: "error", applies: ["ward", "city"] }],
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return loaded.form;
}

const child = testForm();
const forms = [phuLucPcmd, child];
const pcmdWard = (name: string, seed: number) => wardSheet(name, name, validWardFigures(random(seed)));
const childWard = (name: string, v: Record<string, number>, options: { title?: string } = {}) =>
  wardSheet(`${name} (TE)`, name, v, { form: child, ...options });

describe("matching a sheet to its form", () => {
  it("by the title it prints, even where the codes are shared (01–04 are in both forms)", () => {
    expect(matchForm(pcmdWard("Phường Một", 1), forms)).toBe(phuLucPcmd);
    expect(matchForm(childWard("Phường Một", { "01": 10, "02": 2, "03": 50, "04": 1 }), forms)).toBe(child);
  });

  it("the title compared folded: case and spaces do not matter", () => {
    const sheet = childWard("Phường Một", {}, { title: "  Số liệu công tác   bảo vệ trẻ em " });
    expect(matchForm(sheet, forms)).toBe(child);
  });

  it("without a title, by the codes: the form sharing at least half of them", () => {
    const untitled = childWard("Phường Một", {}, { title: "PHỤ LỤC SỐ 2" });
    expect(matchForm(untitled, forms)).toBe(child);
    expect(matchForm(untitled, [phuLucPcmd])).toBeNull();
  });

  it("a sheet of a form not loaded is reported, not read as another form", () => {
    const result = validateWorkbooks(phuLucPcmd, [workbook("te.xlsx", childWard("Phường Một", {}))]);
    expect(result.units).toEqual([]);
    const f = result.findings.find((x) => x.code === "structure.unknown-form")!;
    expect(f).toMatchObject({ severity: "warning", sheet: "Phường Một (TE)", file: "te.xlsx" });
    expect(f.message).toBe(
      'Trang "Phường Một (TE)" (“SỐ LIỆU CÔNG TÁC BẢO VỆ TRẺ EM”) có dòng tiêu đề của phụ lục nhưng tiêu đề và mã số không khớp biểu mẫu nào đang dùng (SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM), nên không được đọc. Nếu đây là phụ lục khác, cần dùng file biểu mẫu (.form.json) của nó: trên dòng lệnh thêm --form <file>, trong Excel chọn "Mở file biểu mẫu…".',
    );
    expect(result.ignored).toEqual([{ file: "te.xlsx", sheet: "Phường Một (TE)", reason: "unknown-form" }]);
  });
});

describe("two forms in one run", () => {
  const units = [{ name: "Phường Một", type: "Phường" }, { name: "Phường Hai", type: "Phường" }];
  const books = [
    workbook("mot.xlsx", pcmdWard("Phường Một", 1), childWard("Phường Một", { "01": 100, "02": 10, "03": 40, "04": 4 })),
    workbook("hai.xlsx", pcmdWard("Phường Hai", 2), childWard("Phường Hai", { "01": 300, "02": 30, "03": 80, "04": 24 })),
    workbook("list.xlsx", infoSheet(units)),
  ];

  it("finds both forms, in registry order", () => {
    expect(formsIn([child, phuLucPcmd], books)).toEqual([child, phuLucPcmd]);
    expect(formsIn(forms, [books[2]])).toEqual([]);
  });

  it("validates and totals each form from its own sheets", () => {
    const pcmd = validateWorkbooks(phuLucPcmd, books, { forms });
    const te = validateWorkbooks(child, books, { forms });
    expect(pcmd.findings).toEqual([]);
    expect(te.findings).toEqual([]);
    expect(pcmd.units.map((u) => u.sheet)).toEqual(["Phường Một", "Phường Hai"]);
    expect(te.units.map((u) => u.sheet)).toEqual(["Phường Một (TE)", "Phường Hai (TE)"]);
    expect(te.ignored.filter((i) => i.reason === "other-form").map((i) => i.sheet)).toEqual(["Phường Một", "Phường Hai"]);
    expect(te.totals.get("01")!.value).toBe(400);
    // The ratio of the totals, 28 / 40: not the mean of 40% and 80%.
    expect(te.totals.get("03")).toMatchObject({ value: 70, incomplete: false, count: null });
  });

  it("a ratio with a zero denominator is no figure, and says why", () => {
    const zero = [workbook("a.xlsx", childWard("Phường Một", { "01": 5, "02": 0, "03": 0, "04": 0 })), workbook("l.xlsx", infoSheet([units[0]]))];
    const te = validateWorkbooks(child, zero, { forms });
    expect(te.totals.get("03")).toMatchObject({ incomplete: true, missing: [{ unit: "", sheet: null, address: null, reason: "zero-denominator" }] });
  });

  it("a percentage above 100 or typed with a % format", () => {
    const pct = { type: "number" as const, value: 0.405, numberFormat: "0.0%" };
    const sheets = [
      workbook("a.xlsx", childWard("Phường Một", { "01": 100, "02": 10, "03": 140, "04": 4 })),
      workbook("b.xlsx", childWard("Phường Hai", { "01": 100, "02": 10, "03": pct as never, "04": 4 })),
      workbook("l.xlsx", infoSheet(units)),
    ];
    const te = validateWorkbooks(child, sheets, { forms });
    expect(te.findings.map((f) => [f.unit, f.code, f.message])).toEqual([
      ["Phường Một", "value.percent-range", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp (mã 03) = 140%: tỷ lệ phải từ 0 đến 100."],
    ]);
    expect(te.units[1].values.get("03")).toEqual({ state: "ok", value: 40.5 });
  });
});
