import type { Expr } from "../../src/core/expression/ast";
import { describeExpression, shortExpression, sideLabel } from "../../src/core/expression/describe";
import { parseExpression } from "../../src/core/expression/parse";
import type { IndicatorDef } from "../../src/core/form";

function expr(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.error)}`);
  return r.expr;
}

const byCode = new Map<string, IndicatorDef>([
  ["11", { code: "11", section: "I", name: "Lao động nữ đã ký hợp đồng lao động", unit: "người", kind: "integer", decimals: 0, scope: "all-units", aggregate: "sum", year: "sum" }],
  ["17", { code: "17", section: "I", name: "Không có tụ điểm (1 = có, 0 = không)", unit: "", kind: "flag", decimals: 0, scope: "wards-only", aggregate: "count", year: "last" }],
]);

describe("sideLabel", () => {
  it.each([
    ["[11]", "Lao động nữ đã ký hợp đồng lao động (mã 11)"],
    ["prev[11]", "Lao động nữ đã ký hợp đồng lao động (mã 11) kỳ trước"],
    ["[17]", "Không có tụ điểm (mã 17)"],
    ["[28] + [29] + [30]", "tổng mã 28 + 29 + 30"],
    ["12.5", "12,5"],
    ["1234567", "1.234.567"],
    ["([05] + [06]) / [01] * 100", "(mã 05 + mã 06) / mã 01 × 100"],
    ["[28] + prev[29]", "mã 28 + mã 29 kỳ trước"],
    ["[01] - ([02] - [03])", "mã 01 - (mã 02 - mã 03)"],
    ["[01] / ([02] * [03])", "mã 01 / (mã 02 × mã 03)"],
    ["-([01] + 2)", "-(mã 01 + 2)"],
    ["abs([08] - [01] * 0.5)", "|mã 08 - mã 01 × 0,5|"],
  ])("%s → %s", (text, label) => expect(sideLabel(expr(text), byCode)).toBe(label));
});

describe("describeExpression: conditions in Vietnamese", () => {
  it.each([
    ["[01] >= 1 and [02] <> 0", "mã 01 ≥ 1 và mã 02 ≠ 0"],
    ["[01] > 0 or [02] > 0 and [03] > 0", "mã 01 > 0 hoặc (mã 02 > 0 và mã 03 > 0)"],
    ["not [01] = 0", "không phải mã 01 = 0"],
    ["[01] > 0 <=> [02] > 0", "mã 01 > 0 khi và chỉ khi mã 02 > 0"],
    ["if [01] > 0 then [02] <= [01]", "nếu mã 01 > 0 thì mã 02 ≤ mã 01"],
  ])("%s → %s", (text, out) => expect(describeExpression(expr(text))).toBe(out));
});

describe("shortExpression: the findings sheet's label of a rule", () => {
  it.each([
    ["[11] <= [10]", "11 ≤ 10"],
    ["[03] = [04] + [05] + [06] + [07] + [08]", "03 = 04 + 05 + 06 + 07 + 08"],
    ["if [17] = 1 then [14] = 0 and [16] = 0", "nếu 17 = 1 thì 14 = 0 và 16 = 0"],
    ["[21] > 0 <=> [22] > 0", "21 > 0 ⇔ 22 > 0"],
    ["[01] > 0 and [02] > 0", "01 > 0 và 02 > 0"],
    ["[01] <= prev[01] * 2 + 10", "01 ≤ 01 kỳ trước × 2 + 10"],
  ])("%s → %s", (text, out) => expect(shortExpression(expr(text))).toBe(out));
});
