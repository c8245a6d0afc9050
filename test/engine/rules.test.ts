import { Finding, Severity } from "../../src/core/findings";
import { phuLucPcmd } from "../../src/forms";
import { CellValue, SampleWorkbook, validateBooks } from "../helpers/sample-snapshot";
import { SHEETS } from "../helpers/sample-workbook";

const FILE = "tong-hop-ngabay.xlsx";

interface Expected {
  at: string;
  message: string;
  left: { label: string; value: number };
  right: { label: string; value: number };
  difference: number;
}

interface SheetCase {
  rule: string;
  edit: Record<string, CellValue>;
  expected: Expected[];
  /** Other rules that must fire on the city totals (the rule itself is reported on the sheet only). */
  city: string[];
}

const label = (code: string) => {
  const ind = phuLucPcmd.indicators.find((i) => i.code === code)!;
  return `${ind.name.replace(/ \(1 = có, 0 = không\)$/, "")} (mã ${code})`;
};

/** A compare finding "left = lv lớn hơn/khác right = rv (chênh lệch d)". */
function cmp(at: string, leftCodes: string | string[], lv: number, rel: "lớn hơn" | "khác", rightCodes: string | string[], rv: number): Expected {
  const side = (codes: string | string[]) => (Array.isArray(codes) ? `tổng mã ${codes.join(" + ")}` : label(codes));
  const [left, right] = [side(leftCodes), side(rightCodes)];
  const sentence = `${left} = ${lv} ${rel} ${right} = ${rv} (chênh lệch ${Math.abs(lv - rv)}).`;
  return {
    at,
    message: sentence.charAt(0).toUpperCase() + sentence.slice(1),
    left: { label: left, value: lv },
    right: { label: right, value: rv },
    difference: Math.abs(lv - rv),
  };
}

function pair(at: string, a: string, av: number, b: string, bv: number, fmt: (n: number) => string = String): Expected {
  return {
    at,
    message: `${label(a)} = ${fmt(av)} nhưng ${label(b)} = ${fmt(bv)}: hai chỉ tiêu này phải cùng có hoặc cùng không có số liệu.`,
    left: { label: label(a), value: av },
    right: { label: label(b), value: bv },
    difference: Math.abs(av - bv),
  };
}

function implies(cond: string, cv: number, at: string, lv: number, must: string): Expected {
  return {
    at,
    message: `Vì ${label(cond)} = ${cv}, ${label(at)} phải ${must} 0 nhưng đang là ${lv}.`,
    left: { label: label(at), value: lv },
    right: { label: "0", value: 0 },
    difference: lv,
  };
}

function positive(at: string, v: number): Expected {
  return {
    at,
    message: `${label(at)} = ${v}; phải lớn hơn 0.`,
    left: { label: label(at), value: v },
    right: { label: "0", value: 0 },
    difference: v,
  };
}

const vi = (n: number) => new Intl.NumberFormat("vi-VN").format(n);

/** Failing cases on the sample's ward "Phường Ngã Bảy" (01 8,52 · 03 76 · 04 52 · 05 2 · 07 4 · 09 96 · 10 5 · 13 26 · 17 1 · 21 2 · 22 30 · 23 1 · 24 82 · 26–38 0 · 39 20). */
const wardCases: SheetCase[] = [
  { rule: "R01", edit: { "03": 77 }, expected: [cmp("03", "03", 77, "khác", ["04", "05", "06", "07", "08"], 76)], city: [] },
  { rule: "R02", edit: { "10": 100 }, expected: [cmp("10", "10", 100, "lớn hơn", "09", 96)], city: [] },
  { rule: "R03", edit: { "11": 6 }, expected: [cmp("11", "11", 6, "lớn hơn", "10", 5)], city: [] },
  { rule: "R04", edit: { "12": 97 }, expected: [cmp("12", "12", 97, "lớn hơn", "09", 96)], city: [] },
  { rule: "R05", edit: { "13": 80 }, expected: [cmp("13", "13", 80, "lớn hơn", "03", 76)], city: [] },
  { rule: "R06", edit: { "17": 0, "14": 2, "15": 3 }, expected: [cmp("15", "15", 3, "lớn hơn", "14", 2)], city: [] },
  { rule: "R07", edit: { "14": 3, "16": 1 }, expected: [implies("17", 1, "14", 3, "bằng"), implies("17", 1, "16", 1, "bằng")], city: [] },
  { rule: "R08", edit: { "22": 0 }, expected: [pair("22", "21", 2, "22", 0)], city: [] },
  { rule: "R09", edit: { "23": 0 }, expected: [pair("23", "23", 0, "24", 82)], city: [] },
  { rule: "R10", edit: { "27": 5 }, expected: [cmp("27", "27", 5, "lớn hơn", "26", 0)], city: [] },
  { rule: "R11", edit: { "26": 3, "27": 2, "28": 2, "30": 1 }, expected: [cmp("28", ["28", "29", "30"], 3, "lớn hơn", "27", 2)], city: [] },
  { rule: "R12", edit: { "26": 80, "27": 80 }, expected: [cmp("27", "27", 80, "lớn hơn", "03", 76)], city: [] },
  { rule: "R13", edit: { "26": 53, "27": 53, "28": 53 }, expected: [cmp("28", "28", 53, "lớn hơn", "04", 52)], city: [] },
  { rule: "R14", edit: { "26": 5, "27": 5, "29": 5 }, expected: [cmp("29", "29", 5, "lớn hơn", "07", 4)], city: [] },
  { rule: "R15", edit: { "26": 3, "27": 3, "30": 3 }, expected: [cmp("30", "30", 3, "lớn hơn", "05", 2)], city: [] },
  { rule: "R16", edit: { "31": 1 }, expected: [cmp("31", "31", 1, "lớn hơn", "27", 0)], city: [] },
  { rule: "R17", edit: { "26": 2, "27": 2, "31": 1, "32": 2, "33": 3000000 }, expected: [cmp("32", "32", 2, "lớn hơn", "31", 1)], city: [] },
  { rule: "R18", edit: { "33": 1500000 }, expected: [pair("32", "32", 0, "33", 1500000, vi)], city: [] },
  { rule: "R19", edit: { "35": 2 }, expected: [implies("35", 2, "34", 0, "lớn hơn")], city: [] },
  { rule: "R20", edit: { "36": 1, "37": 2 }, expected: [cmp("37", "37", 2, "lớn hơn", "36", 1)], city: ["R21"] },
  { rule: "R22", edit: { "39": 97 }, expected: [cmp("39", "39", 97, "lớn hơn", "09", 96)], city: [] },
  { rule: "R23", edit: { "01": 0, "02": 0 }, expected: [positive("01", 0), positive("02", 0)], city: [] },
];

/** Failing cases of the "unit" rules on the city-level unit "Cấp thành phố" (21 8 · 22 198 · 23 0 · 24 0 · 26 70 · 27 48 · 28 38 · 29 10 · 31 3 · 32–37 0). */
const cityLevelCases: SheetCase[] = [
  { rule: "R08", edit: { "22": null }, expected: [pair("22", "21", 8, "22", 0)], city: [] },
  { rule: "R09", edit: { "24": 40 }, expected: [pair("23", "23", 0, "24", 40)], city: [] },
  { rule: "R10", edit: { "26": 40 }, expected: [cmp("27", "27", 48, "lớn hơn", "26", 40)], city: [] },
  { rule: "R11", edit: { "30": 1 }, expected: [cmp("28", ["28", "29", "30"], 49, "lớn hơn", "27", 48)], city: [] },
  { rule: "R16", edit: { "31": 49 }, expected: [cmp("31", "31", 49, "lớn hơn", "27", 48)], city: [] },
  { rule: "R17", edit: { "32": 4, "33": 2000000 }, expected: [cmp("32", "32", 4, "lớn hơn", "31", 3)], city: [] },
  { rule: "R18", edit: { "32": 1, "33": null }, expected: [pair("33", "32", 1, "33", 0)], city: [] },
  { rule: "R19", edit: { "35": 1 }, expected: [implies("35", 1, "34", 0, "lớn hơn")], city: [] },
  { rule: "R20", edit: { "37": 1 }, expected: [cmp("37", "37", 1, "lớn hơn", "36", 0)], city: ["R21"] },
];

function severityOf(rule: string): Severity {
  return phuLucPcmd.rules.find((r) => r.id === rule)!.severity;
}

async function runSheetCase(sheet: string, unit: string, c: SheetCase) {
  const book = await SampleWorkbook.city();
  book.setValues(sheet, c.edit);
  const result = await validateBooks(book);
  const onSheet = result.findings.filter((f) => f.sheet === sheet);
  const expected: Finding[] = c.expected.map((e) => ({
    severity: severityOf(c.rule),
    code: c.rule,
    sheet,
    cell: book.address(sheet, e.at),
    indicator: e.at,
    unit,
    message: e.message,
    file: FILE,
    left: e.left,
    right: e.right,
    difference: e.difference,
  }));
  expect(onSheet).toEqual(expected);
  const others = result.findings.filter((f) => f.sheet !== sheet);
  expect(others.every((f) => f.sheet === null && f.unit === null)).toBe(true);
  expect(others.map((f) => f.code)).toEqual(c.city);
}

describe("rules on a ward's sheet", () => {
  it("covers every rule that applies to wards", () => {
    const wardRules = phuLucPcmd.rules.filter((r) => r.appliesTo.includes("ward") || r.appliesTo.includes("unit")).map((r) => r.id);
    expect(wardCases.map((c) => c.rule)).toEqual(wardRules);
  });

  it.each(wardCases.map((c) => [c.rule, c] as const))("%s fires on the ward's cell with both sides, values and the difference", (_, c) =>
    runSheetCase(SHEETS.ngaBay, "Phường Ngã Bảy", c),
  );
});

describe("rules on a city-level unit's sheet", () => {
  it("covers every rule that applies to all units", () => {
    expect(cityLevelCases.map((c) => c.rule)).toEqual(phuLucPcmd.rules.filter((r) => r.appliesTo.includes("unit")).map((r) => r.id));
  });

  it.each(cityLevelCases.map((c) => [c.rule, c] as const))("%s fires on Cấp thành phố", (_, c) => runSheetCase(SHEETS.city, "Cấp thành phố", c));

  it("ward-only rules are not run on a city-level unit", async () => {
    // Cấp thành phố leaves the W indicators blank; a ward-only rule would otherwise see 27 = 48 > 03 = blank.
    const result = await validateBooks(await SampleWorkbook.city());
    expect(result.findings).toEqual([]);
  });
});

describe("rules on the city totals while every sheet passes", () => {
  const cases: { rule: string; edit: Record<string, CellValue>; expected: Expected }[] = [
    { rule: "R12", edit: { "26": 300, "27": 250 }, expected: cmp("27", "27", 250, "lớn hơn", "03", 226) },
    { rule: "R13", edit: { "26": 170, "27": 160, "28": 150 }, expected: cmp("28", "28", 150, "lớn hơn", "04", 142) },
    // The city police inspected more karaoke places than the wards counted.
    { rule: "R14", edit: { "27": 50, "29": 12 }, expected: cmp("29", "29", 12, "lớn hơn", "07", 10) },
    { rule: "R15", edit: { "27": 53, "30": 5 }, expected: cmp("30", "30", 5, "lớn hơn", "05", 4) },
    { rule: "R22", edit: { "39": 300 }, expected: cmp("39", "39", 357, "lớn hơn", "09", 275) },
    // Tip-offs handled ≠ received: information only.
    { rule: "R21", edit: { "36": 5, "37": 4 }, expected: cmp("37", "37", 4, "khác", "36", 5) },
  ];

  it.each(cases.map((c) => [c.rule, c] as const))("%s fails on the totals only", async (_, c) => {
    const book = await SampleWorkbook.city();
    book.setValues(SHEETS.city, c.edit);
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: severityOf(c.rule),
        code: c.rule,
        sheet: null,
        cell: null,
        indicator: c.expected.at,
        unit: null,
        message: c.expected.message,
        file: null,
        left: c.expected.left,
        right: c.expected.right,
        difference: c.expected.difference,
      },
    ]);
  });

  it("R21 is information, not an error", async () => {
    const book = await SampleWorkbook.city();
    book.setValues(SHEETS.city, { "36": 5, "37": 4 });
    expect((await validateBooks(book)).summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
  });

  it("ward-only totals are not compared while a listed ward is missing", async () => {
    const book = await SampleWorkbook.city();
    book.setValues(SHEETS.city, { "27": 50, "29": 12 }).removeSheet(SHEETS.tanThanh);
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.unit])).toEqual([["unit.missing", "Xã Tân Thành"]]);
  });

  it("the city-level unit's file on its own is not compared with ward totals it does not have", async () => {
    const result = await validateBooks(await SampleWorkbook.unit("cap-thanh-pho.xlsx"));
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.wards).toEqual({ reported: 0, expected: null });
  });

  it("a city rule is skipped when one of its totals is incomplete", async () => {
    const book = await SampleWorkbook.city();
    book.setValues(SHEETS.city, { "27": 50, "29": 12 }).setValue(SHEETS.ngaBay, "07", null);
    const result = await validateBooks(book);
    expect(result.totals.get("07")?.incomplete).toBe(true);
    expect(result.findings.map((f) => [f.code, f.sheet, f.indicator])).toEqual([["value.blank", SHEETS.ngaBay, "07"]]);
  });
});

describe("rules stay silent on valid data", () => {
  async function findingsAfter(edits: [string, Record<string, CellValue>][]) {
    const book = await SampleWorkbook.city();
    for (const [sheet, edit] of edits) book.setValues(sheet, edit);
    return (await validateBooks(book)).findings;
  }

  it("at the boundary: equal sides satisfy ≤ and =", async () => {
    expect(
      await findingsAfter([
        [SHEETS.ngaBay, { "26": 76, "27": 76, "28": 52, "29": 0, "30": 2, "31": 76, "32": 76, "33": 1, "36": 3, "37": 3, "39": 96, "10": 96, "11": 96, "12": 96, "13": 76 }],
      ]),
    ).toEqual([]);
  });

  it("an implication whose condition is false (R07 with 17 = 0, R19 with 35 = 0)", async () => {
    expect(await findingsAfter([[SHEETS.ngaBay, { "17": 0, "14": 3, "16": 1, "34": 2, "35": 0 }]])).toEqual([]);
  });

  it("pair rules: both zero, or both blank on a city-level unit (blank counts as 0)", async () => {
    expect(await findingsAfter([[SHEETS.ngaBay, { "21": 0, "22": 0, "23": 0, "24": 0 }]])).toEqual([]);
    expect(await findingsAfter([[SHEETS.city, { "21": null, "22": null, "32": null, "33": null }]])).toEqual([]);
  });

  it("on a ward, a blank side of a pair counts as 0 (and is reported blank)", async () => {
    const findings = await findingsAfter([[SHEETS.ngaBay, { "22": null }]]);
    expect(findings.map((f) => [f.code, f.severity, f.indicator])).toEqual([
      ["value.blank", "warning", "22"],
      ["R08", "warning", "22"],
    ]);
    expect(findings[1].message).toContain("(mã 22) = 0");
  });

  it("a rule with a blank operand is skipped; only the blank is reported", async () => {
    const findings = await findingsAfter([[SHEETS.ngaBay, { "10": null, "11": 50 }]]);
    expect(findings.map((f) => [f.code, f.indicator])).toEqual([["value.blank", "10"]]);
  });

  it("a rule with an invalid operand is skipped; only the value is reported", async () => {
    const findings = await findingsAfter([[SHEETS.ngaBay, { "09": "chưa thống kê", "10": 500, "12": 500, "39": 500 }]]);
    expect(findings.map((f) => [f.code, f.indicator])).toEqual([["value.text", "09"]]);
  });

  it("a pair rule with an invalid side is skipped", async () => {
    const findings = await findingsAfter([[SHEETS.city, { "32": 1, "31": 3, "33": "#N/A" }]]);
    expect(findings.map((f) => [f.code, f.indicator])).toEqual([["value.text", "33"]]);
  });
});
