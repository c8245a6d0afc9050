/**
 * Every tagged content of a report as tag → text: what the .docx holds in each `tonghop:` content control,
 * and what a refresh in Word writes back. Paragraphs of a group are joined by "\n"; the appendix is its table,
 * one row a line with cells joined by "\t" and the header row first, then its notes. Empty paragraphs carry
 * no text.
 */
import { AppendixRow, paragraphText, ReportAppendix, ReportModel, tagOf } from "./model";

function rowCells(row: AppendixRow): string[] {
  return row.type === "section" ? [row.stt, row.title] : row.cells;
}

export function appendixTableText(appendix: ReportAppendix): string {
  return [appendix.columns, ...appendix.rows.map(rowCells)].map((cells) => cells.join("\t")).join("\n");
}

function appendixText(appendix: ReportAppendix): string {
  return [appendixTableText(appendix), ...appendix.notes].join("\n");
}

export function reportFigures(model: ReportModel): Map<string, string> {
  const figures = new Map<string, string>();
  for (const block of model.body) {
    if (block.type !== "generated") continue;
    figures.set(tagOf(block.key), block.paragraphs.map(paragraphText).join("\n"));
    for (const p of block.paragraphs) for (const r of p.runs) if (r.type === "figure") figures.set(tagOf(r.key), r.text);
  }
  figures.set(tagOf(model.appendix.key), appendixText(model.appendix));
  return figures;
}
