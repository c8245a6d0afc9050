/**
 * Issue 11: every value is read right or refused loudly — dates, absurd numbers, formulas without a
 * result, untrusted rows and misspelt units never reach a total unmarked.
 */
import { validateWorkbooks } from "../../src/core/validate";
import { exactSum, formatNumber, readNumberText } from "../../src/core/numbers";
import { isDateFormat } from "../../src/core/number-format";
import { phuLucPcmd } from "../../src/forms";
import { infoSheet, random, validWardFigures, wardSheet, workbook } from "./../helpers/snapshot-builder";

const WARDS = [
  { name: "Phường Một", type: "Phường" },
  { name: "Phường Hai", type: "Phường" },
  { name: "Xã Ba", type: "Xã" },
];

function city(edit: Partial<Record<string, Record<string, Parameters<typeof wardSheet>[2][string]>>> = {}, names?: Record<string, string>) {
  const rand = random(7);
  const sheets = WARDS.map((w) => {
    const figures = { ...validWardFigures(rand), ...(edit[w.name] ?? {}) };
    return wardSheet(w.name, names?.[w.name] ?? w.name, figures);
  });
  return { book: workbook("city.xlsx", infoSheet(WARDS), ...sheets) };
}

function figuresOf(seed: number) {
  const rand = random(seed);
  return WARDS.map(() => validWardFigures(rand));
}

const run = (...books: Parameters<typeof validateWorkbooks>[1]) => validateWorkbooks(phuLucPcmd, books);

describe("clean in-memory workbooks", () => {
  it("validate with no findings and totals equal to the figures' sums", () => {
    const { book } = city();
    const result = run(book);
    expect(result.findings).toEqual([]);
    const figures = figuresOf(7);
    expect(result.totals.get("02")!.value).toBe(figures.reduce((s, f) => s + f["02"], 0));
    expect(result.wards).toEqual({ reported: 3, expected: 3 });
  });
});

describe("value.date (form §2)", () => {
  it("a number shown as a date is refused, not counted as 45023", () => {
    const { book } = city({ "Phường Hai": { "02": { type: "number", value: 45021, numberFormat: "dd/mm/yyyy" } } });
    const result = run(book);
    const f = result.findings.filter((x) => x.code === "value.date");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", unit: "Phường Hai", indicator: "02" });
    expect(f[0].message).toBe("Dân số (mã 02) là ngày tháng (05/04/2023), không phải là số; nhập lại số liệu và định dạng ô là số.");
    const figures = figuresOf(7);
    expect(result.totals.get("02")).toMatchObject({ value: figures[0]["02"] + figures[2]["02"], incomplete: true });
    expect(result.totals.get("02")!.missing).toEqual([expect.objectContaining({ unit: "Phường Hai", reason: "invalid" })]);
  });

  it("a date that does not exist (2023-13-45) is text, not a date", () => {
    const { book } = city({ "Phường Một": { "02": "2023-13-45" } });
    const f = run(book).findings.filter((x) => x.unit === "Phường Một");
    expect(f.map((x) => x.code)).toEqual(["value.text"]);
  });

  it("an ISO date typed as text (2023-04-05) and a time are dates too", () => {
    const { book } = city({ "Phường Một": { "02": "2023-04-05", "09": { type: "number", value: 0.5, numberFormat: "h:mm" } } });
    const result = run(book);
    expect(result.findings.filter((x) => x.code === "value.date").map((x) => [x.indicator, x.message])).toEqual([
      ["02", "Dân số (mã 02) là ngày tháng (05/04/2023), không phải là số; nhập lại số liệu và định dạng ô là số."],
      ["09", "Tổng số lao động làm việc tại các cơ sở (mã 09) là ngày tháng (12:00), không phải là số; nhập lại số liệu và định dạng ô là số."],
    ]);
    expect(result.totals.get("02")!.incomplete).toBe(true);
  });

  it.each([
    ["dd/mm/yyyy", true],
    ["m/d/yy h:mm", true],
    ["[h]:mm:ss", true],
    ["mmm-yy", true],
    ["yyyy-mm-dd", true],
    ["0.00", false],
    ["#,##0", false],
    ['#,##0" km²"', false],
    ['0" người"', false],
    ["[Red]0.0", false],
    ["0.00E+00", false],
    ["General", false],
    ["@", false],
  ])("isDateFormat(%j) = %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("value.too-large and exact sums", () => {
  it("1e308, Infinity and 1e20 are refused with a readable number, never ∞", () => {
    const { book } = city({
      "Phường Một": { "33": 1e308 },
      "Phường Hai": { "33": Infinity },
      "Xã Ba": { "19": 1e20 },
    });
    const result = run(book);
    const big = result.findings.filter((f) => f.code === "value.too-large");
    expect(big.map((f) => [f.unit, f.indicator])).toEqual([
      ["Phường Một", "33"],
      ["Phường Hai", "33"],
      ["Xã Ba", "19"],
    ]);
    expect(big[1].message).toBe("Số tiền xử phạt (mã 33) không phải là một số hữu hạn (số vô hạn); file có thể bị hỏng — nhập lại số liệu ở ô này.");
    expect(big[2].message).toBe("Tờ gấp, tờ rơi đã phát (mã 19) = 100.000.000.000.000.000.000: số quá lớn, không thể là số liệu thật; kiểm tra lại ô này.");
    for (const f of result.findings) expect(f.message).not.toMatch(/∞|NaN|Infinity/);
    expect(result.totals.get("33")).toMatchObject({ incomplete: true });
    expect(Number.isFinite(result.totals.get("33")!.value)).toBe(true);
  });

  it("9.007.199.254.740.991 is the largest figure accepted", () => {
    const { book } = city({ "Phường Một": { "19": Number.MAX_SAFE_INTEGER } });
    expect(run(book).findings.filter((f) => f.code === "value.too-large")).toEqual([]);
  });

  it("decimals add exactly to the indicator's decimals", () => {
    expect(exactSum([10.35, 20.1, 0.1, 0.2])).toBe(30.75);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([1.005, 2.001, 3.333])).toBe(6.339);
    expect(exactSum([Number.MAX_SAFE_INTEGER, 1])).toBeNull();
    expect(exactSum([9007199254740000, 991])).toBe(Number.MAX_SAFE_INTEGER);
    const { book } = city({ "Phường Một": { "01": 10.35 }, "Phường Hai": { "01": 20.1 }, "Xã Ba": { "01": 0.2 } });
    expect(run(book).totals.get("01")!.value).toBe(30.65);
  });

  it("a total that cannot be held exactly is marked incomplete, not rounded", () => {
    const { book } = city({ "Phường Một": { "19": Number.MAX_SAFE_INTEGER }, "Phường Hai": { "19": 10 } });
    const t = run(book).totals.get("19")!;
    expect(t.incomplete).toBe(true);
    expect(t.missing.map((m) => m.reason)).toEqual(["too-large"]);
  });

  it("formatNumber never prints NaN or ∞", () => {
    expect([NaN, Infinity, -Infinity].map((n) => formatNumber(n))).toEqual(["(không phải số)", "(số vô hạn)", "(số âm vô hạn)"]);
  });
});

describe("formulas (form §2)", () => {
  it("a formula with no stored result is value.formula-no-result, never a blank and never counted", () => {
    const { book } = city({ "Xã Ba": { "26": { type: "blank", value: null, formula: "SUM(E10:E12)", noResult: true } } });
    const result = run(book);
    const f = result.findings.filter((x) => x.code === "value.formula-no-result");
    expect(f.map((x) => x.message)).toEqual([
      "Lượt kiểm tra cơ sở kinh doanh dịch vụ (mã 26) là công thức =SUM(E10:E12) nhưng file không lưu kết quả tính; mở file bằng Excel, để Excel tính lại rồi lưu.",
    ]);
    expect(result.findings.some((x) => x.code === "value.blank")).toBe(false);
    expect(result.totals.get("26")!.missing).toEqual([expect.objectContaining({ unit: "Xã Ba", reason: "invalid" })]);
  });

  it("a formula result of 0 is a value; a result of \"\" is not a number", () => {
    const { book } = city({
      "Phường Một": { "14": { type: "number", value: 0, formula: "0" }, "15": { type: "number", value: 0, formula: "SUM(F1:F2)" } },
      "Phường Hai": { "15": { type: "text", value: "", formula: 'IF(E20>0,E20,"")' } },
    });
    const result = run(book);
    expect(result.findings.filter((f) => f.unit === "Phường Một")).toEqual([]);
    expect(result.findings.filter((f) => f.unit === "Phường Hai").map((f) => [f.code, f.message])).toEqual([
      ["value.text", 'Trong đó: người bán dâm dưới 18 tuổi (mã 15) là công thức cho kết quả rỗng (""), không phải là số; sửa công thức để cho 0 khi không phát sinh.'],
    ]);
  });
});

describe("misspelt units are not summed under one name while missing under another", () => {
  it("an unlisted ward's figures are left out and every total it would change says so", () => {
    const { book } = city({}, { "Xã Ba": "Xã Bà" });
    const result = run(book);
    expect(result.findings.map((f) => [f.code, f.unit])).toEqual([
      ["unit.unknown", "Xã Bà"],
      ["unit.missing", "Xã Ba"],
    ]);
    expect(result.findings[0].message).toBe('Đơn vị "Xã Bà" không có trong danh sách đơn vị của thành phố; có phải là "Xã Ba"?');
    const figures = figuresOf(7);
    const t = result.totals.get("02")!;
    expect(t.value).toBe(figures[0]["02"] + figures[1]["02"]);
    expect(t.incomplete).toBe(true);
    expect(t.missing.map((m) => [m.unit, m.reason])).toEqual([
      ["Xã Ba", "missing-unit"],
      ["Xã Bà", "unlisted-unit"],
    ]);
    expect(result.wards).toEqual({ reported: 2, expected: 3 });
    expect(result.summary.errors).toBe(1);
  });

  it("two 100 KB unit names are compared in bounded time", () => {
    const long = (c: string) => "Phường " + c.repeat(100_000);
    const { book } = city({}, { "Phường Một": long("a"), "Phường Hai": long("b") });
    const started = Date.now();
    const result = run(book);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.findings.filter((f) => f.code === "unit.unknown")).toHaveLength(2);
  });
});

describe("numbers written as text say which notation they are in", () => {
  it.each([
    ["1.500.000", { value: 1500000, english: false, englishValue: null }],
    ["1,500,000", { value: 1500000, english: true, englishValue: null }],
    ["1,500", { value: 1.5, english: false, englishValue: 1500 }],
    ["12.5", { value: 12.5, english: true, englishValue: null }],
    ["12,5", { value: 12.5, english: false, englishValue: null }],
    ["1,500.25", { value: 1500.25, english: true, englishValue: null }],
    ["nhiều", null],
  ])("%s", (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });

  it("the findings give the Vietnamese form", () => {
    const { book } = city({ "Phường Một": { "19": "1,500,000", "20": "1,500", "22": "1.500" } });
    const messages = run(book).findings.filter((f) => f.code === "value.text-number").map((f) => f.message);
    expect(messages).toEqual([
      'Tờ gấp, tờ rơi đã phát (mã 19) là số dạng chữ "1,500,000" viết theo kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn) và Excel không cộng được; nhập lại thành số 1.500.000.',
      'Tin, bài phát thanh (mã 20) là số dạng chữ "1,500" (Excel không cộng được); nhập lại thành số 1.500 nếu dấu phẩy ngăn cách hàng nghìn (kiểu tiếng Anh), hoặc 1,5 nếu là số thập phân.',
      'Lượt người tham dự buổi tuyên truyền (mã 22) là số dạng chữ "1.500" (Excel không cộng được); nhập lại thành số 1.500.',
    ]);
  });
});

describe("without a list of units", () => {
  it("city rules are not run on totals that may lack wards, and the info finding says so", () => {
    const rand = random(11);
    const figures = WARDS.map(() => validWardFigures(rand));
    // A city-level unit inspected more karaoke than the two wards received have: R14 would fail on partial totals.
    const cityLevel = wardSheet("Cấp tỉnh", "Sở Y tế", { "29": figures[0]["07"] + figures[1]["07"] + 1, "26": 500, "27": 400 });
    const result = run(workbook("a.xlsx", wardSheet("P1", "Phường Một", figures[0]), wardSheet("P2", "Phường Hai", figures[1])), workbook("b.xlsx", cityLevel));
    expect(result.findings.filter((f) => f.sheet === null).map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.wards).toEqual({ reported: 2, expected: null });
  });
});

describe("a unit reported twice", () => {
  it("with different figures: neither sheet is counted, and every total it would change says why", () => {
    const rand = random(21);
    const figures = WARDS.map(() => validWardFigures(rand));
    const corrected = { ...figures[1], "02": figures[1]["02"] + 500 };
    const result = run(
      workbook("city.xlsx", infoSheet(WARDS), ...WARDS.map((w, i) => wardSheet(w.name, w.name, figures[i]))),
      workbook("phuong-hai-sua.xlsx", wardSheet("Phụ lục", "Phường Hai", corrected)),
    );
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([["unit.duplicate", "phuong-hai-sua.xlsx"]]);
    const t = result.totals.get("02")!;
    expect(t.value).toBe(figures[0]["02"] + figures[2]["02"]);
    expect(t.missing.map((m) => [m.unit, m.reason])).toEqual([["Phường Hai", "contested-unit"]]);
    expect(result.wards).toEqual({ reported: 3, expected: 3 });
  });

  it("with the same figures: counted once, complete", () => {
    const rand = random(21);
    const figures = WARDS.map(() => validWardFigures(rand));
    const result = run(
      workbook("city.xlsx", infoSheet(WARDS), ...WARDS.map((w, i) => wardSheet(w.name, w.name, figures[i]))),
      workbook("ban-sao.xlsx", wardSheet("Phụ lục", "Phường Hai", figures[1])),
    );
    expect(result.totals.get("02")).toMatchObject({ value: figures.reduce((s, f) => s + f["02"], 0), incomplete: false });
  });
});

describe("a unit listed twice", () => {
  it("is one unit of the list, and the repeated row is an error", () => {
    const rand = random(3);
    const figures = WARDS.map(() => validWardFigures(rand));
    const result = run(workbook("city.xlsx", infoSheet([...WARDS, WARDS[1]]), ...WARDS.map((w, i) => wardSheet(w.name, w.name, figures[i]))));
    expect(result.wards).toEqual({ reported: 3, expected: 3 });
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["unit.duplicate", "Thông tin báo cáo", "B8"]]);
    expect(result.findings[0].message).toBe('Đơn vị "Phường Hai" có hai lần trong danh sách đơn vị (ô B6 và B8); chỉ tính một lần — xóa dòng thừa.');
    expect(result.totals.get("17")!.count).toEqual({ k: figures.filter((f) => f["17"] === 1).length, n: 3 });
  });
});
