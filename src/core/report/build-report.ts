/**
 * The narrative report from a validation result: city totals, unit list and info sheet (form §6). The body
 * between the opening and the closing is the form's narrative: its own wording, or the general one.
 */
import { InfoField, INFO_FIELDS } from "../info-sheet";
import { fold } from "../text";
import { unitKey } from "../units";
import { ValidationResult } from "../validate";
import { buildAppendix } from "./appendix";
import { paragraph } from "./blocks";
import { Narrative, NarrativeContext } from "./context";
import { Figures, KeyRegistry, text } from "./figures";
import * as front from "./front-matter";
import { generalNarrative } from "./general";
import { localityOf } from "./locality";
import { ReportModel } from "./model";
import { nextPeriodDisplay, periodDisplay, periodYear } from "./period";
import { capitalize, countText, ratioText, WardType, wardWords } from "./phrases";

export interface ReportOptions {
  /** Counts under 10 with a leading zero ("04 cơ sở"), as the sample report writes them. Default true. */
  leadingZero?: boolean;
  /** When the report is generated; recorded in the document. Default: now. */
  now?: Date;
  /** The form's own wording (src/forms/narratives.ts); default, and for a form lacking an indicator it reads, the general report. */
  narrative?: Narrative;
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

function emptyFields(): Record<InfoField, string | null> {
  return Object.fromEntries(Object.keys(INFO_FIELDS).map((k) => [k, null])) as Record<InfoField, string | null>;
}

function narrativeFor(result: ValidationResult, narrative: Narrative | undefined): Narrative {
  const codes = new Set(result.form.indicators.map((i) => i.code));
  return narrative && narrative.reads.every((code) => codes.has(code)) ? narrative : generalNarrative;
}

export function buildReport(result: ValidationResult, options: ReportOptions = {}): ReportModel {
  const now = options.now ?? new Date();
  const fields = result.info?.fields ?? emptyFields();
  const locality = localityOf(fields.agency, fields.parentAgency, fields.place);
  const names: front.ReportNames = {
    subject: result.form.subject,
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
    result,
    figures: new Figures(result, keys, leadingZero),
    names,
    subject: locality ? [text(capitalize(locality.type ? `${locality.type} ${locality.name}` : locality.name))] : [text("Địa bàn")],
    areaWord: locality?.type ?? "",
    wardWords: words,
    wards: {
      total: wardTypes.length,
      byType: WARD_TYPES.map((type) => ({ type, count: wardTypes.filter((t) => t === type).length })).filter((t) => t.count > 0),
    },
    period: names.period ?? "kỳ báo cáo",
  };
  const body = [paragraph(front.opening(names)), ...narrativeFor(result, options.narrative).body(context), paragraph(front.closing(names))];

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
