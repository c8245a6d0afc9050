/** The narrative report as a .docx (Nghị định 30/2020 layout), with its figures in tagged content controls. */
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import { ReportModel, runsText } from "../../core/report/model";
import { appendixChildren } from "./appendix-docx";
import { bodyBlock } from "./body-docx";
import { ControlIds } from "./content-controls";
import { headerTable, signatureTable, titleParagraphs } from "./front-matter-docx";
import { A4, FONT, HEADER_DISTANCE, MARGIN, pt, SIZE, size } from "./layout";

/** Names of the custom document properties that record where the report came from. */
export const REPORT_PROPERTIES = {
  formId: "TongHop.FormId",
  period: "TongHop.Period",
  sourceWorkbook: "TongHop.SourceWorkbook",
  generatedAt: "TongHop.GeneratedAt",
} as const;

/** Page numbers centred at the top, from the second page of a section (none on its first). */
function pageNumberHeaders() {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: size(SIZE.pageNumber) })] })],
    }),
  };
}

export async function writeReportDocx(model: ReportModel): Promise<Uint8Array> {
  const ids = new ControlIds();
  const margin = { ...MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE };
  const title = `${model.documentType} ${model.summary.map(runsText).join(" ")}`;
  const doc = new Document({
    creator: "Tổng hợp",
    lastModifiedBy: "Tổng hợp",
    title,
    description: "Báo cáo viết từ số liệu tổng hợp phụ lục của các đơn vị.",
    customProperties: [
      { name: REPORT_PROPERTIES.formId, value: model.meta.formId },
      { name: REPORT_PROPERTIES.period, value: model.meta.period ?? "" },
      { name: REPORT_PROPERTIES.sourceWorkbook, value: model.meta.sourceWorkbooks.join(", ") },
      { name: REPORT_PROPERTIES.generatedAt, value: model.meta.generatedAt },
    ],
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT }, size: size(SIZE.body), language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin }, titlePage: true },
        headers: pageNumberHeaders(),
        children: [
          headerTable(model, ids),
          ...titleParagraphs(model, ids),
          ...model.body.map((b) => bodyBlock(b, ids)),
          new Paragraph({ spacing: { before: pt(6) }, children: [] }),
          signatureTable(model, ids),
        ],
      },
      {
        properties: { page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin, pageNumbers: { start: 1 } }, titlePage: true },
        headers: pageNumberHeaders(),
        children: appendixChildren(model.appendix, ids),
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
