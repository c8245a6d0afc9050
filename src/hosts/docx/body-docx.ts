/** The report's body blocks as docx paragraphs: headings, staff prose, generated paragraphs in their controls. */
import { AlignmentType, Paragraph, ParagraphChild } from "docx";
import { ReportBlock, ReportParagraph, tagOf } from "../../core/report/model";
import { BlockContentControl, ControlIds } from "./content-controls";
import { FIRST_LINE_INDENT, LINE_SPACING, PARAGRAPH_SPACING, SIZE } from "./layout";
import { docxRuns } from "./runs";

function bodyParagraph(children: ParagraphChild[], options: { center?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.center ? undefined : { firstLine: FIRST_LINE_INDENT },
    spacing: { before: PARAGRAPH_SPACING, after: 0, line: LINE_SPACING },
    keepNext: options.keepNext,
    children,
  });
}

function modelParagraph(p: ReportParagraph, ids: ControlIds, center = false): Paragraph {
  const style = p.style === "note" ? { size: SIZE.note, italics: true } : { size: SIZE.body };
  return bodyParagraph(docxRuns(p.runs, style, ids), { center });
}

export function bodyBlock(block: ReportBlock, ids: ControlIds): Paragraph | BlockContentControl {
  switch (block.type) {
    case "heading":
      return bodyParagraph(docxRuns([{ type: "text", text: block.text }], { size: SIZE.body, bold: true }, ids), { keepNext: true });
    case "paragraph":
      return modelParagraph(block.paragraph, ids, block.align === "center");
    case "generated":
      return new BlockContentControl(tagOf(block.key), block.label, ids, block.paragraphs.map((p) => modelParagraph(p, ids)));
  }
}
