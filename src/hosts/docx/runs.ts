/** Model runs as docx runs: figures inside their content controls, placeholders highlighted for the clerk. */
import { AlignmentType, BorderStyle, Paragraph, ParagraphChild, TextRun } from "docx";
import { Run, tagOf } from "../../core/report/model";
import { ControlIds, runControl } from "./content-controls";
import { size } from "./layout";

export interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function textRun(text: string, style: RunStyle, highlight: boolean): TextRun {
  return new TextRun({ text, bold: style.bold, italics: style.italics, size: size(style.size), highlight: highlight ? "yellow" : undefined });
}

export function docxRuns(runs: Run[], style: RunStyle, ids: ControlIds): ParagraphChild[] {
  return runs.map((r) => {
    if (r.type === "text") return textRun(r.text, style, false);
    if (r.type === "placeholder") return textRun(r.text, style, true);
    return runControl(tagOf(r.key), r.label, ids, [textRun(r.text, style, r.incomplete || r.questioned)]);
  });
}

/** Rough width of a line of Times New Roman in twips, to size the rules drawn under header lines. */
export function estimatedWidth(text: string, points: number): number {
  let ems = 0;
  for (const ch of text) {
    if (ch === " ") ems += 0.25;
    else if (ch !== ch.toLocaleLowerCase("vi")) ems += 0.7;
    else ems += 0.48;
  }
  return Math.round(ems * points * 20);
}

/** A centred horizontal rule `width` long in a column `columnWidth` wide: an empty paragraph with a bottom border. */
export function rule(width: number, columnWidth: number): Paragraph {
  const side = Math.max(0, Math.round((columnWidth - width) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    spacing: { before: 0, after: 0, line: 80, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}
