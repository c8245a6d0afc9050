/**
 * How findings read on every front — the CLI's text, the pane's list, the Word pane's summary and the
 * findings sheet: the group a finding falls in, its place, the severity words and the summary line.
 */
import { Completeness, summaryLine } from "./completeness";
import type { Finding, FindingSummary, Severity } from "./findings";
import { severityLabel } from "./findings";

/**
 * A finding on no sheet is about the city's summed figures. Lists head its group with what the figures
 * are; the findings sheet's "Đơn vị" column names it like a unit.
 */
export const CITY_GROUP = "Toàn thành phố (số tổng hợp)";
export const CITY_UNIT = "Toàn thành phố";
/** A finding on a sheet that gave no unit. */
export const GENERAL_GROUP = "Chung";

export type SeverityFilter = Severity | "all";

/** "Lỗi", "Cảnh báo", "Thông tin": a heading, a badge or a cell. */
export function severityTitle(severity: Severity): string {
  const label = severityLabel[severity];
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
}

/** The unit a finding belongs to, the city totals, or "Chung"; `cell` for the findings sheet's column. */
export function unitLabel(f: Finding, as: "heading" | "cell" = "heading"): string {
  if (f.unit) return f.unit;
  if (f.sheet === null) return as === "cell" ? CITY_UNIT : CITY_GROUP;
  return GENERAL_GROUP;
}

/** "P. Ngã Bảy!E12", "P. Ngã Bảy", "mã 03", or null; `namesFile` (several files read) puts its file first: "a.xlsx › Phụ lục!C3". */
export function findingPlace(f: Finding, namesFile = false): string | null {
  const file = namesFile && f.file ? `${f.file} › ` : "";
  if (f.sheet) return `${file}${f.sheet}${f.cell ? `!${f.cell}` : ""}`;
  return f.indicator ? `mã ${f.indicator}` : null;
}

/**
 * A finding as every front prints it: the message, then the form rule's instruction as a sentence of its
 * own, "… Hướng dẫn: Số người được cai nghiện không thể lớn hơn số người nghiện có hồ sơ." The
 * instruction stays out of `message`, so the report's notes (read by the level above) do not carry it.
 */
export function findingText(f: Finding): string {
  return f.instruction ? `${f.message} Hướng dẫn: ${f.instruction}` : f.message;
}

export interface FindingGroup {
  title: string;
  /** The unit's sheet and file, when the group is a unit the result read. */
  sheet: string | null;
  file: string | null;
  findings: Finding[];
}

interface Grouped {
  units: readonly { name: string; sheet: string; file: string | null }[];
  findings: readonly Finding[];
}

/**
 * The findings by unit, units in the result's order, then the other groups as their findings come (the
 * city totals before "Chung"). Groups left without findings are dropped unless `everyUnit` (the CLI lists
 * each unit read, "Không có lỗi." under the clean ones).
 */
export function groupFindings(result: Grouped, filter: SeverityFilter = "all", { everyUnit = false } = {}): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  // A unit read twice keeps the sheet of its first reading, the one counted.
  for (const u of result.units) if (!groups.has(u.name)) groups.set(u.name, { title: u.name, sheet: u.sheet, file: u.file, findings: [] });
  for (const f of result.findings) {
    if (filter !== "all" && f.severity !== filter) continue;
    const title = unitLabel(f);
    if (!groups.has(title)) groups.set(title, { title, sheet: null, file: null, findings: [] });
    groups.get(title)!.findings.push(f);
  }
  return [...groups.values()].filter((g) => everyUnit || g.findings.length > 0);
}

/**
 * "3 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 6/6". The pane's status line sets the counts apart with
 * middle dots ("3 lỗi · 1 cảnh báo · …"), as it always has.
 */
export function summaryText(r: { summary: FindingSummary; wards: Completeness }, style: "line" | "status" = "line"): string {
  return summaryLine(r.summary, r.wards, style === "status" ? " · " : ", ");
}
