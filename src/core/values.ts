/** Parsing one indicator value per its kind (form §2–3). */
import { IndicatorDef } from "./form-schema";
import { FindingCode, FindingParams } from "./findings";
import { decimalsOf, formatNumber, parseVietnameseNumber } from "./numbers";
import { CellSnapshot, cellText } from "./snapshot";
import { fold } from "./text";

export type ValueIssue = { [C in FindingCode]: { code: C; params: FindingParams<C> } }[FindingCode];

export type ParsedValue =
  | { state: "ok"; value: number; issue?: ValueIssue }
  | { state: "blank" }
  | { state: "invalid"; issue: ValueIssue };

/** "Dân số (mã 02)". A flag's legend "(1 = có, 0 = không)" is dropped: messages state the value themselves. */
export function indicatorLabel(ind: IndicatorDef): string {
  const name = ind.kind === "F" ? ind.name.replace(/\s*\([^()]*=[^()]*\)$/, "") : ind.name;
  return `${name} (mã ${ind.code})`;
}

function formatFor(ind: IndicatorDef, value: number): string {
  return formatNumber(value, Math.max(ind.decimals, decimalsOf(value)));
}

function checkNumber(ind: IndicatorDef, value: number): ParsedValue {
  const label = indicatorLabel(ind);
  if (ind.kind === "F") {
    return value === 0 || value === 1
      ? { state: "ok", value }
      : { state: "invalid", issue: { code: "value.flag", params: { label, text: formatFor(ind, value) } } };
  }
  if (value < 0) return { state: "invalid", issue: { code: "value.negative", params: { label, value: formatFor(ind, value) } } };
  if (ind.kind === "N" && !Number.isInteger(value)) {
    return { state: "invalid", issue: { code: "value.not-integer", params: { label, value: formatFor(ind, value) } } };
  }
  if (ind.kind === "D" && decimalsOf(value) > ind.decimals) {
    return {
      state: "ok",
      value,
      issue: { code: "value.too-many-decimals", params: { label, value: formatFor(ind, value), decimals: ind.decimals } },
    };
  }
  return { state: "ok", value };
}

export function parseValue(ind: IndicatorDef, cell: CellSnapshot): ParsedValue {
  const label = indicatorLabel(ind);
  switch (cell.type) {
    case "blank":
      return { state: "blank" };
    case "error":
      return { state: "invalid", issue: { code: "value.formula-error", params: { label, error: String(cell.value) } } };
    case "boolean":
      return ind.kind === "F"
        ? { state: "invalid", issue: { code: "value.flag", params: { label, text: cell.value ? "TRUE" : "FALSE" } } }
        : { state: "invalid", issue: { code: "value.text", params: { label, text: cell.value ? "TRUE" : "FALSE" } } };
    case "number":
      return checkNumber(ind, cell.value as number);
    case "text": {
      const text = cellText(cell);
      if (text === "") return { state: "blank" };
      if (ind.kind === "F") {
        const f = fold(text);
        if (f === "có") return { state: "ok", value: 1 };
        if (f === "không") return { state: "ok", value: 0 };
      }
      const n = parseVietnameseNumber(text);
      if (n !== null) {
        return {
          state: "invalid",
          issue: { code: "value.text-number", params: { label, text, number: formatFor(ind, n) } },
        };
      }
      return ind.kind === "F"
        ? { state: "invalid", issue: { code: "value.flag", params: { label, text } } }
        : { state: "invalid", issue: { code: "value.text", params: { label, text } } };
    }
  }
}
