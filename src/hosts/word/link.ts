/// <reference types="office-js" />
/**
 * The link to the workbook, kept in the document's custom properties (`TongHop.*`, WordApi 1.3): the .docx
 * writer stores the same names, so a report made by the CLI or downloaded from Excel is linked from the
 * start, and the link is written in the same batch as the figures it describes.
 */
import { ReportLink } from "../../core/report/report-link";
import type { PreparedReport } from "../../app/word-ports";

/** The first four are the .docx writer's (`REPORT_PROPERTIES`); a test keeps them equal. */
export const LINK_PROPERTIES = {
  formId: "TongHop.FormId",
  period: "TongHop.Period",
  workbook: "TongHop.SourceWorkbook",
  generatedAt: "TongHop.GeneratedAt",
  refreshedAt: "TongHop.RefreshedAt",
  groups: "TongHop.Groups",
} as const;

type LinkField = keyof typeof LINK_PROPERTIES;

/** Queues the load of the link's properties; call the result after the sync. */
export function loadLink(context: Word.RequestContext): () => ReportLink | null {
  const properties = context.document.properties.customProperties;
  const items = new Map<LinkField, Word.CustomProperty>();
  for (const [field, name] of Object.entries(LINK_PROPERTIES) as [LinkField, string][]) {
    const item = properties.getItemOrNullObject(name);
    item.load("value");
    items.set(field, item);
  }
  return () => {
    const value = (field: LinkField): string | null => {
      const item = items.get(field)!;
      const v = item.isNullObject ? "" : String(item.value ?? "").trim();
      return v === "" ? null : v;
    };
    const formId = value("formId");
    const workbook = value("workbook");
    if (formId === null && workbook === null) return null;
    return {
      workbook: workbook ?? "",
      formId: formId ?? "",
      period: value("period"),
      refreshedAt: value("refreshedAt") ?? value("generatedAt"),
      groups: value("groups")?.split(",") ?? null,
    };
  };
}

/**
 * Queues writing the link; `generatedAt` only when the report is inserted whole. An unknown value is left
 * out rather than stored as an empty property.
 */
export function writeLink(context: Word.RequestContext, link: ReportLink, generatedAt: string | null = null): void {
  const properties = context.document.properties.customProperties;
  const values: [string, string | null][] = [
    [LINK_PROPERTIES.formId, link.formId],
    [LINK_PROPERTIES.period, link.period],
    [LINK_PROPERTIES.workbook, link.workbook],
    [LINK_PROPERTIES.generatedAt, generatedAt],
    [LINK_PROPERTIES.refreshedAt, link.refreshedAt],
    [LINK_PROPERTIES.groups, link.groups?.join(",") ?? null],
  ];
  for (const [name, value] of values) if (value) properties.add(name, value);
}

/** The link after writing `report` into the document, which now knows the groups `groups`. */
export function linkAfter(report: PreparedReport, groups: string[], now: Date): ReportLink {
  return { workbook: report.workbook, formId: report.formId, period: report.period, refreshedAt: now.toISOString(), groups };
}
