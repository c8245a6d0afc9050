/** What a Word document records about the workbook its figures come from, and the checks before a refresh. */
import { periodKey } from "../units";

export interface ReportLink {
  /** File name of the workbook the figures were last taken from. */
  workbook: string;
  formId: string;
  period: string | null;
  /** ISO 8601; null when unknown. */
  refreshedAt: string | null;
  /** Group tags the document was last written with; null for a document that does not record them. */
  groups: string[] | null;
}

export interface LinkConflict {
  kind: "form" | "period";
  linked: string | null;
  incoming: string | null;
}

/** Where the incoming figures differ in form or period from the ones the document holds. */
export function linkConflicts(link: ReportLink | null, incoming: { formId: string; period: string | null }): LinkConflict[] {
  if (!link) return [];
  const conflicts: LinkConflict[] = [];
  if (link.formId !== incoming.formId) conflicts.push({ kind: "form", linked: link.formId, incoming: incoming.formId });
  const key = (p: string | null) => (p === null ? null : periodKey(p));
  if (key(link.period) !== key(incoming.period)) conflicts.push({ kind: "period", linked: link.period, incoming: incoming.period });
  return conflicts;
}
