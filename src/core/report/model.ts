/**
 * The narrative report as data: what `buildReport` produces and every writer (.docx now, the Word add-in
 * later) lays out.
 *
 * Tags link the document to the workbook. Each computed figure and each generated paragraph group carries a
 * `key`; writers put it in a content control tagged `tonghop:<key>`:
 * - a figure of an indicator is keyed by its two-digit code (`03`); a figure computed from the unit list by a
 *   name (`don-vi`, `don-vi-phuong`…);
 * - a group of generated paragraphs by its section (`muc-I`, `muc-II-2`…), the appendix table by `phu-luc`.
 * A key is unique within the document: when the same base key is used again, the second use is `<key>#2`,
 * the third `<key>#3`, in reading order.
 *
 * Text that comes only from the info sheet (header, title, opening, prose, signature) is staff data and is
 * never tagged, so refreshing the figures never overwrites what staff wrote.
 */

export const TAG_PREFIX = "tonghop:";

/** Shown where staff prose is expected but the info sheet has none. */
export const PROSE_PLACEHOLDER = "[Nội dung do cán bộ bổ sung]";

/** Appended to a figure whose total leaves out blank or invalid unit values; explained by a note. */
export const INCOMPLETE_MARK = "*";

export const NATION = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

export interface TextRun {
  type: "text";
  text: string;
}

/** A field the clerk must fill in (missing prose, missing info-sheet value): shown highlighted. */
export interface PlaceholderRun {
  type: "placeholder";
  text: string;
}

export interface FigureRun {
  type: "figure";
  key: string;
  /** The indicator code, or null for a figure computed from the unit list. */
  code: string | null;
  /** What the figure is, shown as the content control's title in Word. */
  label: string;
  /** "56.182", "06/06", or the phrase that stands for a zero ("không có lao động ngoại tỉnh"); ends with `*` when marked. */
  text: string;
  incomplete: boolean;
  /** Compared by an error rule that failed: marked like an incomplete figure and explained in the note. */
  questioned: boolean;
}

export type Run = TextRun | PlaceholderRun | FigureRun;

export interface ReportParagraph {
  runs: Run[];
  /** "note" paragraphs explain incomplete figures: smaller, italic. */
  style: "body" | "note";
}

export interface HeadingBlock {
  type: "heading";
  /** 1: "I. KHÁI QUÁT TÌNH HÌNH"; 2: "1. Công tác chỉ đạo triển khai thực hiện". */
  level: 1 | 2;
  text: string;
}

/** Untagged paragraphs: staff prose, placeholders, fixed sentences made only of info-sheet fields. */
export interface ParagraphBlock {
  type: "paragraph";
  paragraph: ReportParagraph;
  align?: "justify" | "center";
}

/** Paragraphs written from the figures, in one content control keyed `key`. */
export interface GeneratedBlock {
  type: "generated";
  key: string;
  label: string;
  paragraphs: ReportParagraph[];
}

export type ReportBlock = HeadingBlock | ParagraphBlock | GeneratedBlock;

export interface ReportHeader {
  /** Cơ quan chủ quản in capitals, one entry a line; empty when there is none. */
  parentAgency: string[];
  /** Cơ quan báo cáo in capitals, one entry a line. */
  agency: Run[][];
  /** "Số:         /BC-UBND" when not numbered yet. */
  number: string;
  /** "Ngã Bảy, ngày     tháng     năm 2023" when not dated yet. */
  placeDate: Run[];
}

export interface ReportSignature {
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  authority: Run[][];
  signer: Run[];
}

export type AppendixRow =
  | { type: "section"; stt: string; title: string }
  | { type: "indicator"; cells: string[]; incomplete: boolean };

/** The city totals by unit after a page break: the same content as the `Tổng hợp` sheet. */
export interface ReportAppendix {
  key: string;
  /** "Phụ lục". */
  title: string;
  /** "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM". */
  subtitle: string;
  /** "06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy". */
  scope: Run[];
  /** "(Kèm theo Báo cáo số …/BC-UBND ngày … của UBND thành phố Ngã Bảy)". */
  attachedTo: Run[];
  columns: string[];
  rows: AppendixRow[];
  notes: string[];
}

export interface ReportMeta {
  formId: string;
  period: string | null;
  sourceWorkbooks: string[];
  /** ISO 8601. */
  generatedAt: string;
}

export interface ReportModel {
  header: ReportHeader;
  /** "BÁO CÁO". */
  documentType: string;
  /** The summary ("trích yếu") lines under the document type. */
  summary: Run[][];
  /** "Kính gửi: …" lines: one line, or "Kính gửi:" followed by "- …;" lines. */
  recipients: Run[][];
  body: ReportBlock[];
  signature: ReportSignature;
  /** "Nơi nhận:" list, each "- …;", the last "- Lưu: VT.". */
  distribution: string[];
  appendix: ReportAppendix;
  meta: ReportMeta;
}

export function tagOf(key: string): string {
  return TAG_PREFIX + key;
}

export function paragraphText(p: ReportParagraph): string {
  return p.runs.map((r) => r.text).join("");
}

export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
