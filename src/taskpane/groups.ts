/** Findings grouped by unit for the pane (units in the result's order, then the city totals, then the rest). */
import type { Finding, Severity } from "../core/findings";
import type { ValidationResult } from "../core/validate";

export interface FindingGroup {
  title: string;
  /** The unit's sheet, when the group is a unit. */
  sheet: string | null;
  findings: Finding[];
}

export const CITY_GROUP = "Toàn thành phố (số tổng hợp)";
export const GENERAL_GROUP = "Chung";

export type SeverityFilter = Severity | "all";

export function groupFindings(result: ValidationResult, filter: SeverityFilter): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const u of result.units) groups.set(u.name, { title: u.name, sheet: u.sheet, findings: [] });
  for (const f of result.findings) {
    if (filter !== "all" && f.severity !== filter) continue;
    const title = f.unit ?? (f.sheet === null ? CITY_GROUP : GENERAL_GROUP);
    if (!groups.has(title)) groups.set(title, { title, sheet: null, findings: [] });
    groups.get(title)!.findings.push(f);
  }
  return [...groups.values()].filter((g) => g.findings.length > 0);
}
