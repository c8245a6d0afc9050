/** The appendix page: title lines, then the city totals by unit in a bordered table, in one content control. */
import { AlignmentType, BorderStyle, FileChild, Paragraph, ParagraphChild, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import { ReportAppendix, tagOf } from "../../core/report/model";
import { BlockContentControl, ControlIds } from "./content-controls";
import { LANDSCAPE_TEXT_WIDTH, LINE_SPACING, mm, pt, SIZE, size } from "./layout";
import { docxRuns, RunStyle } from "./runs";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** STT, Mã số, Chỉ tiêu (the rest), Đơn vị tính, one column a unit, Tổng cộng. */
function columnWidths(unitCount: number): number[] {
  const fixed = { stt: mm(11), code: mm(11), unit: mm(17), total: mm(18) };
  const unitWidth = Math.min(mm(18), Math.floor((LANDSCAPE_TEXT_WIDTH - mm(60) - fixed.stt - fixed.code - fixed.unit - fixed.total) / Math.max(unitCount, 1)));
  const name = LANDSCAPE_TEXT_WIDTH - fixed.stt - fixed.code - fixed.unit - fixed.total - unitWidth * unitCount;
  return [fixed.stt, fixed.code, name, fixed.unit, ...Array<number>(unitCount).fill(unitWidth), fixed.total];
}

function cell(text: string, width: number, options: { bold?: boolean; align?: "left" | "center" | "right"; span?: number; highlight?: boolean } = {}): TableCell {
  const alignment = options.align === "left" ? AlignmentType.LEFT : options.align === "right" ? AlignmentType.RIGHT : AlignmentType.CENTER;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: mm(1), right: mm(1), top: mm(0.3), bottom: mm(0.3) },
    children: [
      new Paragraph({
        alignment,
        spacing: { before: 0, after: 0, line: 240 },
        children: [new TextRun({ text, bold: options.bold, size: size(SIZE.table), highlight: options.highlight ? "yellow" : undefined })],
      }),
    ],
  });
}

function table(a: ReportAppendix): Table {
  const widths = columnWidths(a.columns.length - 5);
  const last = a.columns.length - 1;
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: a.columns.map((c, i) => cell(c, widths[i], { bold: true })) });
  const rows = a.rows.map((row) => {
    if (row.type === "section") {
      const rest = widths.slice(1).reduce((x, y) => x + y, 0);
      return new TableRow({ cantSplit: true, children: [cell(row.stt, widths[0], { bold: true }), cell(row.title, rest, { bold: true, align: "left", span: last })] });
    }
    return new TableRow({
      cantSplit: true,
      children: row.cells.map((text, i) =>
        cell(text, widths[i], {
          align: i === 2 ? "left" : i >= 4 ? "right" : "center",
          bold: i === last,
          highlight: i === last && row.incomplete,
        }),
      ),
    });
  });
  return new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...rows],
  });
}

export function appendixChildren(a: ReportAppendix, ids: ControlIds): FileChild[] {
  const centred = (runs: ParagraphChild[], before = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before, after: 0, line: LINE_SPACING }, children: runs });
  const bold: RunStyle = { size: SIZE.title, bold: true };
  const notes = a.notes.map(
    (n) => new Paragraph({ spacing: { before: pt(4), after: 0 }, children: [new TextRun({ text: n, italics: true, size: size(SIZE.note) })] }),
  );
  return [
    centred([new TextRun({ text: a.title, bold: true, size: size(SIZE.title) })]),
    centred([new TextRun({ text: a.subtitle, bold: true, size: size(SIZE.title) })]),
    centred(docxRuns(a.scope, bold, ids)),
    centred(docxRuns(a.attachedTo, { size: SIZE.title, italics: true }, ids)),
    // The control opens with an empty paragraph: LibreOffice drops the first cell's formatting when a
    // control starts with a table.
    new BlockContentControl(tagOf(a.key), "Phụ lục: số liệu tổng hợp theo đơn vị", ids, [
      new Paragraph({ spacing: { before: 0, after: pt(6) }, children: [] }),
      table(a),
      ...notes,
    ]),
  ];
}
