/** Parsing one indicator value per its kind (form §2–3). */
import { IndicatorDef } from "./form";
import { FindingCode, FindingParams } from "./findings";
import { isDateFormat } from "./number-format";
import { decimalsOf, formatNumber, MAX_EXACT, readNumberText } from "./numbers";
import { CellSnapshot, cellText } from "./snapshot";
import { fold } from "./text";

export type ValueIssue = { [C in FindingCode]: { code: C; params: FindingParams<C> } }[FindingCode];

export type ParsedValue =
  | { state: "ok"; value: number; issue?: ValueIssue }
  | { state: "blank" }
  | { state: "invalid"; issue: ValueIssue }
  /** A value the sheet holds but that cannot be trusted (form §2): never counted, reported by a structure finding. */
  | { state: "untrusted"; reason: UntrustedReason };

export type UntrustedReason = "duplicate" | "shifted";

/** "Dân số (mã 02)". A flag's legend "(1 = có, 0 = không)" is dropped: messages state the value themselves. */
export function indicatorLabel(ind: IndicatorDef): string {
  const name = ind.kind === "flag" ? ind.name.replace(/\s*\([^()]*=[^()]*\)$/, "") : ind.name;
  return `${name} (mã ${ind.code})`;
}

function formatFor(ind: IndicatorDef, value: number): string {
  return formatNumber(value, Math.max(ind.decimals, decimalsOf(value)));
}

/** An Excel serial date (1900 system) as the clerk saw it: "05/04/2023", "05/04/2023 10:30". */
function serialText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const time = d.getUTCHours() || d.getUTCMinutes() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : "";
  return serial >= 1 ? date + time : time.trim() || "00:00";
}

function checkNumber(ind: IndicatorDef, value: number): ParsedValue {
  const label = indicatorLabel(ind);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_EXACT) {
    const params = { label, text: formatNumber(value, 0), finite: Number.isFinite(value) };
    return { state: "invalid", issue: { code: "value.too-large", params } };
  }
  if (ind.kind === "flag") {
    return value === 0 || value === 1
      ? { state: "ok", value }
      : { state: "invalid", issue: { code: "value.flag", params: { label, text: formatFor(ind, value) } } };
  }
  if (value < 0) return { state: "invalid", issue: { code: "value.negative", params: { label, value: formatFor(ind, value) } } };
  if (ind.kind === "integer" && !Number.isInteger(value)) {
    return { state: "invalid", issue: { code: "value.not-integer", params: { label, value: formatFor(ind, value) } } };
  }
  if (ind.kind === "percent" && value > 100) {
    return { state: "invalid", issue: { code: "value.percent-range", params: { label, value: formatFor(ind, value) } } };
  }
  if ((ind.kind === "decimal" || ind.kind === "percent") && decimalsOf(value) > ind.decimals) {
    return {
      state: "ok",
      value,
      issue: { code: "value.too-many-decimals", params: { label, value: formatFor(ind, value), decimals: ind.decimals } },
    };
  }
  return { state: "ok", value };
}

/** "2023-04-05", "2023-04-05T10:30:00", "05/04/2023": text a ward typed as a date. */
function isoDate(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  if (m) return realDate(+m[1], +m[2], +m[3]) ? `${m[3]}/${m[2]}/${m[1]}${m[4] ? ` ${m[4]}:${m[5]}` : ""}` : null;
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return d && realDate(+d[3], +d[2], +d[1]) ? text : null;
}

/** "2023-13-45" is not a date but text. */
function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A "0.0%" format shows 0.781 as 78,1%: the ward typed 78,1. */
function showsPercent(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/** value × 100 without the binary noise (0.781 × 100 = 78.10000000000001). */
function percentOf(value: number): number {
  return Number((value * 100).toPrecision(15));
}

export function parseValue(ind: IndicatorDef, cell: CellSnapshot): ParsedValue {
  const label = indicatorLabel(ind);
  switch (cell.type) {
    case "blank":
      return cell.noResult
        ? { state: "invalid", issue: { code: "value.formula-no-result", params: { label, formula: cell.formula ?? "" } } }
        : { state: "blank" };
    case "error":
      return { state: "invalid", issue: { code: "value.formula-error", params: { label, error: String(cell.value) } } };
    case "boolean":
      return ind.kind === "flag"
        ? { state: "invalid", issue: { code: "value.flag", params: { label, text: cell.value ? "TRUE" : "FALSE" } } }
        : { state: "invalid", issue: { code: "value.text", params: { label, text: cell.value ? "TRUE" : "FALSE" } } };
    case "number":
      if (isDateFormat(cell.numberFormat) && Number.isFinite(cell.value)) {
        return { state: "invalid", issue: { code: "value.date", params: { label, text: serialText(cell.value as number) } } };
      }
      return checkNumber(ind, ind.kind === "percent" && showsPercent(cell.numberFormat) ? percentOf(cell.value as number) : (cell.value as number));
    case "text": {
      const text = cellText(cell);
      if (text === "") {
        return cell.formula !== undefined
          ? { state: "invalid", issue: { code: "value.text", params: { label, text: "" } } }
          : { state: "blank" };
      }
      const iso = isoDate(text);
      if (iso) return { state: "invalid", issue: { code: "value.date", params: { label, text: iso } } };
      if (ind.kind === "flag") {
        const f = fold(text);
        if (f === "có") return { state: "ok", value: 1 };
        if (f === "không") return { state: "ok", value: 0 };
      }
      // "78,1%" typed as text into a percent: the number is 78,1 (the % sign is the unit, not the value).
      const n = readNumberText(ind.kind === "percent" ? text.replace(/\s*%$/, "") : text);
      if (n !== null) {
        const params =
          n.englishValue !== null
            ? { label, text, number: formatFor(ind, n.englishValue), decimal: formatFor(ind, n.value) }
            : { label, text, number: formatFor(ind, n.value), ...(n.english && /,/.test(text) ? { english: true } : {}) };
        return { state: "invalid", issue: { code: "value.text-number", params } };
      }
      return ind.kind === "flag"
        ? { state: "invalid", issue: { code: "value.flag", params: { label, text } } }
        : { state: "invalid", issue: { code: "value.text", params: { label, text } } };
    }
  }
}
