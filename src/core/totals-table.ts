/**
 * The city totals as a table by unit — one model behind the `Tổng hợp` sheet and the report's appendix,
 * so both always show the same figures.
 */
import { Completeness } from "./completeness";
import { IndicatorDef } from "./form";
import { formatNumber } from "./numbers";
import { IndicatorTotal } from "./totals";
import { ValidationResult } from "./validate";
import { UnitKind } from "./units";

export type UnitCellState = "ok" | "blank" | "invalid" | "missing-row" | "not-applicable";

export interface UnitCell {
  unit: string;
  sheet: string;
  /** The unit's value cell (A1 on `sheet`), or null when the row is missing. */
  address: string | null;
  value: number | null;
  state: UnitCellState;
  /** Vietnamese reason shown in a note when the value is left out of the total. */
  reason: string | null;
}

export interface SectionRow {
  type: "section";
  stt: string;
  title: string;
}

export interface IndicatorRowModel {
  type: "indicator";
  stt: number;
  indicator: IndicatorDef;
  cells: UnitCell[];
  total: IndicatorTotal;
  /** "56.182", "78,07", "6/6"; with " (chưa đủ)" never appended here — callers mark incompleteness. */
  totalText: string;
}

export type TotalsTableRow = SectionRow | IndicatorRowModel;

export interface TotalsTable {
  period: string | null;
  units: { name: string; sheet: string; kind: UnitKind; file: string | null }[];
  rows: TotalsTableRow[];
  wards: Completeness;
  incompleteCount: number;
}

export function formatIndicatorValue(ind: IndicatorDef, value: number): string {
  return formatNumber(value, Math.max(ind.decimals, 0));
}

export function formatTotal(ind: IndicatorDef, total: IndicatorTotal): string {
  if (total.count) return `${total.count.k}/${total.count.n}`;
  return formatIndicatorValue(ind, total.value);
}

function splitSection(section: string): { stt: string; title: string } {
  const m = /^([IVXLC]+)\.\s*(.*)$/.exec(section);
  return m ? { stt: m[1], title: m[2] } : { stt: "", title: section };
}

const REASONS: Record<Exclude<UnitCellState, "ok" | "not-applicable"> | "untrusted", string> = {
  blank: "Ô số liệu để trống: chưa được cộng vào tổng.",
  invalid: "Số liệu không hợp lệ (xem Kết quả kiểm tra): chưa được cộng vào tổng.",
  untrusted: "Dòng bị trùng mã số hoặc bị lệch (xem Kết quả kiểm tra): số liệu không được cộng vào tổng.",
  "missing-row": "Trang của đơn vị thiếu dòng chỉ tiêu này: chưa được cộng vào tổng.",
};

export function buildTotalsTable(result: ValidationResult): TotalsTable {
  const units = result.units.filter((u) => u.counted);
  const rows: TotalsTableRow[] = [];
  let section = "";
  let stt = 0;
  for (const ind of result.form.indicators) {
    if (ind.section !== section) {
      section = ind.section;
      rows.push({ type: "section", ...splitSection(section) });
    }
    const total = result.totals.get(ind.code)!;
    const cells: UnitCell[] = units.map((u) => {
      const row = u.appendix.rows.get(ind.code);
      const base = { unit: u.name, sheet: u.sheet, address: row?.address ?? null };
      if (ind.scope === "wards-only" && u.kind !== "ward") return { ...base, value: null, state: "not-applicable", reason: null };
      if (!row) return { ...base, value: null, state: "missing-row", reason: REASONS["missing-row"] };
      const v = u.values.get(ind.code);
      if (v?.state === "ok") return { ...base, value: v.value, state: "ok", reason: null };
      if (v?.state === "blank") {
        // A blank A-indicator on a city-level unit is "nothing reported", not a gap.
        return { ...base, value: null, state: "blank", reason: u.kind === "ward" ? REASONS.blank : null };
      }
      return { ...base, value: null, state: "invalid", reason: v?.state === "untrusted" ? REASONS.untrusted : REASONS.invalid };
    });
    rows.push({ type: "indicator", stt: ++stt, indicator: ind, cells, total, totalText: formatTotal(ind, total) });
  }
  return {
    period: result.period,
    units: units.map((u) => ({ name: u.name, sheet: u.sheet, kind: u.kind, file: u.file })),
    rows,
    wards: result.wards,
    incompleteCount: [...result.totals.values()].filter((t) => t.incomplete).length,
  };
}
