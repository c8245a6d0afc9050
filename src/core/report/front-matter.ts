/** The parts of the report made only of info-sheet fields (form §6): header, title, opening, closing, signature. */
import { InfoField, ReportDate } from "../info-sheet";
import { tidy } from "../text";
import { text } from "./figures";
import { agencyHeaderLines, agencyShortName, Locality, localityText } from "./locality";
import { PlaceholderRun, PROSE_PLACEHOLDER, ReportHeader, ReportSignature, Run } from "./model";
import { dateText, upper } from "./phrases";

export interface ReportNames {
  /** The form's subject: "công tác phòng, chống mại dâm". */
  subject: string;
  fields: Record<InfoField, string | null>;
  date: ReportDate | null;
  /** The year for an undated report: the period's. */
  year: number;
  /** In running text: "06 tháng đầu năm 2023"; null when unknown. */
  period: string | null;
  /** "06 tháng cuối năm 2023"; null when the period is not recognised. */
  nextPeriod: string | null;
  locality: Locality | null;
}

export function placeholder(label: string): PlaceholderRun {
  return { type: "placeholder", text: `[${label}]` };
}

export function prosePlaceholder(): PlaceholderRun {
  return { type: "placeholder", text: PROSE_PLACEHOLDER };
}

/** A multi-line field's lines with list dashes and closing punctuation removed. */
export function fieldLines(value: string | null): string[] {
  if (!value) return [];
  return value
    .split("\n")
    .map((l) => tidy(l).replace(/^[-–•+]\s*/u, "").replace(/[;.,]+$/u, "").trim())
    .filter((l) => l !== "");
}

export function localityRuns(n: ReportNames): Run[] {
  return n.locality ? [text(localityText(n.locality))] : [placeholder("Tên địa phương")];
}

export function periodRuns(n: ReportNames): Run[] {
  return n.period ? [text(n.period)] : [placeholder("Kỳ báo cáo")];
}

function agencyRuns(n: ReportNames): Run[] {
  return n.fields.agency ? [text(agencyShortName(n.fields.agency))] : [placeholder("Cơ quan báo cáo")];
}

function symbol(n: ReportNames): string {
  if (n.fields.symbol) return n.fields.symbol;
  return n.fields.agency && /^(ủy|uỷ) ban nhân dân|^ubnd/iu.test(tidy(n.fields.agency)) ? "BC-UBND" : "BC";
}

/** "Số:         /BC-UBND" until the report is numbered. */
function numberLine(n: ReportNames): string {
  const number = n.fields.number;
  if (number && number.includes("/")) return `Số: ${number}`;
  return number ? `Số: ${number}/${symbol(n)}` : `Số:         /${symbol(n)}`;
}

export function header(n: ReportNames): ReportHeader {
  const place = n.fields.place ?? n.locality?.name ?? null;
  return {
    parentAgency: fieldLines(n.fields.parentAgency).map(upper),
    agency: n.fields.agency ? agencyHeaderLines(n.fields.agency).map((l) => [text(l)]) : [[placeholder("CƠ QUAN BÁO CÁO")]],
    number: numberLine(n),
    placeDate: [...(place ? [text(place)] : [placeholder("Địa danh")]), text(`, ${dateText(n.date, n.year)}`)],
  };
}

export function summary(n: ReportNames): Run[][] {
  return [[text(`Kết quả thực hiện ${n.subject}`)], [...periodRuns(n), text(" trên địa bàn "), ...localityRuns(n)]];
}

export function recipients(n: ReportNames): Run[][] {
  const lines = fieldLines(n.fields.recipient);
  if (lines.length === 0) return [[text("Kính gửi: "), placeholder("Nơi nhận báo cáo")]];
  if (lines.length === 1) return [[text(`Kính gửi: ${lines[0]}.`)]];
  return [[text("Kính gửi:")], ...lines.map((l, i) => [text(`- ${l}${i === lines.length - 1 ? "." : ";"}`)])];
}

/** "Thực hiện Công văn số …. UBND thành phố Ngã Bảy báo cáo kết quả … cụ thể như sau:" */
export function opening(n: ReportNames): Run[] {
  const basis = n.fields.basis ? tidy(n.fields.basis).replace(/[.;,]+$/u, "") : null;
  const cited: Run[] = !basis
    ? [text("Thực hiện "), prosePlaceholder()]
    : /^(thực hiện|căn cứ)\s/iu.test(basis)
      ? [text(basis)]
      : [text(`Thực hiện ${basis}`)];
  return [
    ...cited,
    text(". "),
    ...agencyRuns(n),
    text(` báo cáo kết quả thực hiện ${n.subject} `),
    ...periodRuns(n),
    text(` và phương hướng, nhiệm vụ công tác trọng tâm ${n.nextPeriod ?? "thời gian tới"} trên địa bàn `),
    ...localityRuns(n),
    text(", cụ thể như sau:"),
  ];
}

export function closing(n: ReportNames): Run[] {
  return [text(`Trên đây là báo cáo kết quả thực hiện ${n.subject} `), ...periodRuns(n), text(" trên địa bàn "), ...localityRuns(n), text("./.")];
}

export function signature(n: ReportNames): ReportSignature {
  const authority = fieldLines(n.fields.signAuthority).map((l) => [text(upper(l))]);
  return {
    authority: authority.length > 0 ? authority : [[placeholder("THẨM QUYỀN KÝ")]],
    signer: n.fields.signer ? [text(tidy(n.fields.signer))] : [placeholder("Họ và tên người ký")],
  };
}

/** "Nơi nhận:" lines: "- Như trên;" … and always last "- Lưu: VT.". */
export function distribution(n: ReportNames): string[] {
  const lines = fieldLines(n.fields.distribution);
  const filing = lines.filter((l) => /^lưu\b/iu.test(l));
  const others = lines.filter((l) => !/^lưu\b/iu.test(l));
  const list = others.length > 0 || filing.length > 0 ? others : ["Như trên"];
  return [...list.map((l) => `- ${l};`), `- ${filing[0] ?? "Lưu: VT"}.`];
}

/** "(Kèm theo Báo cáo số      /BC-UBND ngày     tháng     năm 2023 của UBND thành phố Ngã Bảy)". */
export function attachedTo(n: ReportNames): Run[] {
  const number = n.fields.number ? (n.fields.number.includes("/") ? n.fields.number : `${n.fields.number}/${symbol(n)}`) : `     /${symbol(n)}`;
  return [text(`(Kèm theo Báo cáo số ${number} ${dateText(n.date, n.year)} của `), ...agencyRuns(n), text(")")];
}
