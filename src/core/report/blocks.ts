/** Body blocks every narrative builds with: headings, paragraphs, staff prose and the sections made only of it. */
import { NarrativeContext } from "./context";
import { text } from "./figures";
import { prosePlaceholder } from "./front-matter";
import { ReportBlock, Run } from "./model";
import { upper } from "./phrases";

export function heading(level: 1 | 2, s: string): ReportBlock {
  return { type: "heading", level, text: s };
}

export function paragraph(runs: Run[], align: "justify" | "center" = "justify"): ReportBlock {
  return { type: "paragraph", paragraph: { runs, style: "body" }, align };
}

/** Staff prose, one paragraph a line, or the visible placeholder. */
export function prose(value: string | null): ReportBlock[] {
  const lines = value?.split("\n").filter((l) => l.trim() !== "") ?? [];
  if (lines.length === 0) return [paragraph([prosePlaceholder()])];
  return lines.map((l) => paragraph([text(l)]));
}

const NUMERALS: [number, string][] = [
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** The section numeral of a report: 1 → "I", 14 → "XIV". */
export function roman(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, numeral] of NUMERALS) {
    for (; rest >= value; rest -= value) out += numeral;
  }
  return out;
}

export const ANNEX_NOTE = "(Đính kèm phụ lục)";

/** "1. Ưu điểm", "2. Hạn chế" under "ĐÁNH GIÁ CHUNG", numbered from `first`. */
export function assessmentItems(c: NarrativeContext, first: number): ReportBlock[] {
  const { fields } = c.names;
  return [heading(2, `${first}. Ưu điểm`), ...prose(fields.strengths), heading(2, `${first + 1}. Hạn chế`), ...prose(fields.weaknesses)];
}

/** "PHƯƠNG HƯỚNG, NHIỆM VỤ …" and "ĐỀ XUẤT, KIẾN NGHỊ", the first numbered `first`. */
export function outlookSections(c: NarrativeContext, first: number): ReportBlock[] {
  const { fields, nextPeriod } = c.names;
  return [
    heading(1, `${roman(first)}. PHƯƠNG HƯỚNG, NHIỆM VỤ ${upper(nextPeriod ?? "thời gian tới")}`),
    ...prose(fields.tasks),
    heading(1, `${roman(first + 1)}. ĐỀ XUẤT, KIẾN NGHỊ`),
    ...prose(fields.proposals),
  ];
}
