/** The narrative report from a validation result: city totals, unit list and info sheet (form §6). */
import { InfoField, INFO_FIELDS } from "../info-sheet";
import { fold } from "../text";
import { unitKey } from "../units";
import { ValidationResult } from "../validate";
import { buildAppendix } from "./appendix";
import { NarrativeContext } from "./context";
import { Figures, KeyRegistry, text } from "./figures";
import * as front from "./front-matter";
import { localityOf } from "./locality";
import { ReportBlock, ReportModel, Run } from "./model";
import { overviewBlock } from "./overview";
import { nextPeriodDisplay, periodDisplay, periodYear } from "./period";
import { capitalize, countText, ratioText, upper, WardType, wardWords } from "./phrases";
import { budgetBlock, communicationBlock, harmReductionBlock, inspectionBlock } from "./results";

export interface ReportOptions {
  /** Counts under 10 with a leading zero ("04 cơ sở"), as the sample report writes them. Default true. */
  leadingZero?: boolean;
  /** When the report is generated; recorded in the document. Default: now. */
  now?: Date;
}

const WARD_TYPES: WardType[] = ["phường", "xã", "thị trấn"];

function wardTypeOf(name: string, type: string): WardType | null {
  const t = fold(type);
  if ((WARD_TYPES as string[]).includes(t)) return t as WardType;
  return WARD_TYPES.find((w) => unitKey(name).startsWith(`${w} `)) ?? null;
}

/** The wards of the city's list, else the wards that reported. */
function wardsOf(result: ValidationResult): WardType[] {
  const listed = result.info?.units.filter((u) => u.kind === "ward") ?? [];
  const wards = listed.length > 0 ? listed : result.units.filter((u) => u.counted && u.kind === "ward").map((u) => ({ name: u.name, type: "" }));
  return wards.map((w) => wardTypeOf(w.name, w.type)).filter((t): t is WardType => t !== null);
}

function heading(level: 1 | 2, s: string): ReportBlock {
  return { type: "heading", level, text: s };
}

function paragraph(runs: Run[], align: "justify" | "center" = "justify"): ReportBlock {
  return { type: "paragraph", paragraph: { runs, style: "body" }, align };
}

/** Staff prose, one paragraph a line, or the visible placeholder. */
function prose(value: string | null): ReportBlock[] {
  const lines = value?.split("\n").filter((l) => l.trim() !== "") ?? [];
  if (lines.length === 0) return [paragraph([front.prosePlaceholder()])];
  return lines.map((l) => paragraph([text(l)]));
}

function emptyFields(): Record<InfoField, string | null> {
  return Object.fromEntries(Object.keys(INFO_FIELDS).map((k) => [k, null])) as Record<InfoField, string | null>;
}

export function buildReport(result: ValidationResult, options: ReportOptions = {}): ReportModel {
  const now = options.now ?? new Date();
  const fields = result.info?.fields ?? emptyFields();
  const locality = localityOf(fields.agency, fields.parentAgency, fields.place);
  const names: front.ReportNames = {
    fields,
    date: result.info?.date ?? null,
    year: result.info?.date?.year ?? (result.period ? periodYear(result.period) : null) ?? now.getFullYear(),
    period: result.period ? periodDisplay(result.period) : null,
    nextPeriod: result.period ? nextPeriodDisplay(result.period) : null,
    locality,
  };
  const leadingZero = options.leadingZero ?? true;
  const keys = new KeyRegistry();
  const wardTypes = wardsOf(result);
  const words = wardWords(new Set(wardTypes));
  const context: NarrativeContext = {
    figures: new Figures(result, keys, leadingZero),
    subject: locality ? [text(capitalize(locality.type ? `${locality.type} ${locality.name}` : locality.name))] : [text("Địa bàn")],
    areaWord: locality?.type ?? "",
    wardWords: words,
    wards: {
      total: wardTypes.length,
      byType: WARD_TYPES.map((type) => ({ type, count: wardTypes.filter((t) => t === type).length })).filter((t) => t.count > 0),
    },
    period: names.period ?? "kỳ báo cáo",
  };

  const body: ReportBlock[] = [
    paragraph(front.opening(names)),
    heading(1, "I. KHÁI QUÁT TÌNH HÌNH"),
    overviewBlock(context),
    heading(1, "II. KẾT QUẢ THỰC HIỆN"),
    heading(2, "1. Công tác chỉ đạo triển khai thực hiện"),
    ...prose(fields.direction),
    heading(2, "2. Công tác thông tin, tuyên truyền"),
    communicationBlock(context),
    heading(2, "3. Các hoạt động phòng ngừa tệ nạn mại dâm"),
    ...prose(null),
    heading(2, "4. Công tác quản lý địa bàn, kiểm tra, triệt phá, truy tố xét xử"),
    inspectionBlock(context),
    heading(2, "5. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại"),
    harmReductionBlock(context),
    heading(2, "6. Kinh phí thực hiện"),
    budgetBlock(context),
    paragraph([text("(Đính kèm phụ lục)")]),
    heading(1, "III. ĐÁNH GIÁ CHUNG"),
    heading(2, "1. Ưu điểm"),
    ...prose(fields.strengths),
    heading(2, "2. Hạn chế"),
    ...prose(fields.weaknesses),
    heading(1, `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ ${upper(names.nextPeriod ?? "thời gian tới")}`),
    ...prose(fields.tasks),
    heading(1, "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ...prose(fields.proposals),
    paragraph(front.closing(names)),
  ];

  const scope = [...front.periodRuns(names), text(" trên địa bàn "), ...front.localityRuns(names)];
  const { reported, expected } = result.wards;
  const completeness =
    expected === null
      ? `Số ${words} đã báo cáo: ${countText(reported, leadingZero)} (chưa có danh sách đơn vị để đối chiếu).`
      : `Số ${words} đã báo cáo: ${ratioText(reported, expected, leadingZero)}.`;
  return {
    header: front.header(names),
    documentType: "BÁO CÁO",
    summary: front.summary(names),
    recipients: front.recipients(names),
    body,
    signature: front.signature(names),
    distribution: front.distribution(names),
    appendix: buildAppendix(result, keys.take("phu-luc"), scope, front.attachedTo(names), completeness),
    meta: {
      formId: result.form.id,
      period: result.period,
      sourceWorkbooks: [...new Set(result.units.map((u) => u.file).filter((f): f is string => !!f))],
      generatedAt: now.toISOString(),
    },
  };
}
