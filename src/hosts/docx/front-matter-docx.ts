/**
 * The parts around the body, laid out per Nghị định 30/2020, Phụ lục I: the header (agency | national title),
 * the document type and summary, "Kính gửi", and at the end "Nơi nhận" beside the signature.
 */
import { AlignmentType, Paragraph, ParagraphChild, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { MOTTO, NATION, ReportModel, runsText } from "../../core/report/model";
import { ControlIds } from "./content-controls";
import { HEADER_COLUMNS, LINE_SPACING, pt, SIGNATURE_COLUMNS, SIZE, size, TEXT_WIDTH } from "./layout";
import { docxRuns, estimatedWidth, rule, RunStyle } from "./runs";

function centred(children: ParagraphChild[], before = 0, line = 240): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, line }, children });
}

function borderlessTable(widths: number[], cells: Paragraph[][]): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: cells.map(
          (children, i) =>
            new TableCell({
              width: { size: widths[i], type: WidthType.DXA },
              margins: { left: 0, right: 0 },
              verticalAlign: VerticalAlign.TOP,
              children,
            }),
        ),
      }),
    ],
  });
}

export function headerTable(model: ReportModel, ids: ControlIds): Table {
  const h = model.header;
  const [left, right] = HEADER_COLUMNS;
  const agencyStyle: RunStyle = { size: SIZE.agency, bold: true };
  const agencyWidth = Math.max(...h.agency.map((l) => estimatedWidth(runsText(l), SIZE.agency)));
  const agencyCell = [
    ...h.parentAgency.map((l) => centred([new TextRun({ text: l, size: size(SIZE.parentAgency) })])),
    ...h.agency.map((l) => centred(docxRuns(l, agencyStyle, ids))),
    // The decree's rule under the agency: a third to a half of its line (at most the column), centred.
    rule(Math.round(Math.min(agencyWidth, left) * 0.4), left),
    centred([new TextRun({ text: h.number, size: size(SIZE.number) })], pt(8)),
  ];
  const nationCell = [
    centred([new TextRun({ text: NATION, bold: true, size: size(SIZE.nation) })]),
    centred([new TextRun({ text: MOTTO, bold: true, size: size(SIZE.motto) })]),
    // The rule under the motto is as long as the motto.
    rule(estimatedWidth(MOTTO, SIZE.motto), right),
    centred(docxRuns(h.placeDate, { size: SIZE.placeDate, italics: true }, ids), pt(8)),
  ];
  return borderlessTable(HEADER_COLUMNS, [agencyCell, nationCell]);
}

/** "BÁO CÁO", the summary lines with a short rule under them, and "Kính gửi". */
export function titleParagraphs(model: ReportModel, ids: ControlIds): Paragraph[] {
  const titleStyle: RunStyle = { size: SIZE.title, bold: true };
  const summaryWidth = Math.max(...model.summary.map((l) => estimatedWidth(runsText(l), SIZE.title)));
  return [
    centred([new TextRun({ text: model.documentType, bold: true, size: size(SIZE.title) })], pt(18), LINE_SPACING),
    ...model.summary.map((line) => centred(docxRuns(line, titleStyle, ids), 0, LINE_SPACING)),
    rule(Math.round(summaryWidth * 0.4), TEXT_WIDTH),
    ...model.recipients.map((line, i) => centred(docxRuns(line, { size: SIZE.body }, ids), i === 0 ? pt(12) : 0, LINE_SPACING)),
  ];
}

export function signatureTable(model: ReportModel, ids: ControlIds): Table {
  const left = (text: string, style: RunStyle, before = 0) =>
    new Paragraph({ spacing: { before, after: 0, line: 240 }, children: [new TextRun({ text, bold: style.bold, italics: style.italics, size: size(style.size) })] });
  const recipients = [
    left("Nơi nhận:", { size: SIZE.recipientsHeading, bold: true, italics: true }),
    ...model.distribution.map((l) => left(l, { size: SIZE.recipients })),
  ];
  const s = model.signature;
  const signature = [
    ...s.authority.map((l) => centred(docxRuns(l, { size: SIZE.authority, bold: true }, ids))),
    // Room for the signature and seal.
    centred(docxRuns(s.signer, { size: SIZE.signer, bold: true }, ids), pt(80)),
  ];
  return borderlessTable(SIGNATURE_COLUMNS, [recipients, signature]);
}
