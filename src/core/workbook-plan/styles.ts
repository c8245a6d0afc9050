/** The generated sheets' palette, fonts and number formats. */
import { IndicatorDef } from "../form";

/** Fills and font colours as RRGGBB; the Excel add-in highlights findings with the same error/warning/info fills. */
export const palette = {
  header: "DDEBF7",
  section: "F2F2F2",
  total: "E2EFDA",
  notApplicable: "D9D9D9",
  blank: "FFEB9C",
  invalid: "FFC7CE",
  incomplete: "F8CBAD",
  error: "FFC7CE",
  warning: "FFEB9C",
  info: "DDEBF7",
  link: "0563C1",
  alert: "C00000",
} as const;

/** Narrow margins in inches, so a city's table of about 50 rows prints on one A4 landscape page. */
export const printMargins = { top: 0.4, bottom: 0.4, left: 0.5, right: 0.5 } as const;

export const sheetFont = { name: "Times New Roman", size: 12 } as const;

/**
 * Excel number formats are locale-neutral: "," groups and "." marks decimals in the file, and Excel shows
 * them with the reader's separators, so a vi-VN Excel displays 56.182 and 78,07.
 */
export function indicatorFormat(ind: IndicatorDef): string {
  if (ind.kind === "flag") return "0";
  if (ind.decimals === 0) return "#,##0";
  // Two decimals always, further ones only when present: 31,50 and 2,125.
  return "#,##0." + "0".repeat(Math.min(ind.decimals, 2)) + "#".repeat(Math.max(ind.decimals - 2, 0));
}

/** A ward count k shown as "k/n" while the cell keeps the number k. */
export function countFormat(n: number): string {
  return `0"/${n}"`;
}
