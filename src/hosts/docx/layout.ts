/** Page and type measures of an administrative document, Nghị định 30/2020/NĐ-CP, Phụ lục I. */

/** Twentieths of a point, the unit of Word's measures. */
export function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

export function pt(value: number): number {
  return value * 20;
}

/** Font sizes are given in half-points. */
export function size(points: number): number {
  return points * 2;
}

export const FONT = "Times New Roman";

export const A4 = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
/** The header sits in the top margin: the page number 12 mm from the edge. */
export const HEADER_DISTANCE = mm(12);
export const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;

export const SIZE = {
  body: 14,
  parentAgency: 12,
  agency: 13,
  number: 13,
  nation: 12,
  motto: 13,
  placeDate: 14,
  title: 14,
  recipientsHeading: 12,
  recipients: 11,
  authority: 14,
  signer: 14,
  pageNumber: 13,
  note: 12,
  table: 10,
};

/** First-line indent of body paragraphs: 1,27 cm. */
export const FIRST_LINE_INDENT = mm(12.7);
/** At least 6 pt between paragraphs, lines 1,2 apart (the decree allows single to 1,5). */
export const PARAGRAPH_SPACING = pt(6);
export const LINE_SPACING = 288;

/** The header's two columns: agency (left) and national title (right), as wide as the text. */
export const HEADER_COLUMNS = [mm(68), TEXT_WIDTH - mm(68)];
/** "Nơi nhận" (left) beside the signature (right). */
export const SIGNATURE_COLUMNS = [mm(75), TEXT_WIDTH - mm(75)];
