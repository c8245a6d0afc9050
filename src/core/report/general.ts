/**
 * The report of any form, written from the form's data alone: one section per form section, in print order,
 * each indicator's figure in a sentence made of its name and unit ("Người nghiện ma túy có hồ sơ quản lý:
 * 12 người"), its parts ("trong đó …") inside its sentence; then how the figures were checked.
 */
import type { IndicatorDef } from "../form";
import { ANNEX_NOTE, assessmentItems, heading, outlookSections, paragraph, prose, roman } from "./blocks";
import { Narrative, NarrativeContext } from "./context";
import { Figures, indicatorTitle, joinRuns, text } from "./figures";
import { GeneratedBlock, INCOMPLETE_MARK, ReportBlock, Run } from "./model";
import { countText, ratioText, upper } from "./phrases";

/** An indicator with the indicators that are part of it (`parent`) in the same section. */
interface Item {
  ind: IndicatorDef;
  parts: Item[];
}

interface Section {
  title: string;
  items: Item[];
}

/** The report numbers the sections itself: "I. TÌNH HÌNH" → "TÌNH HÌNH". */
function sectionTitle(section: string): string {
  const title = section.replace(/^\s*(?:[IVXLC]+|\d+|[A-Z])[.)]\s*/u, "").trim();
  return upper(title === "" ? section.trim() : title);
}

/** Sections by first appearance; an indicator goes inside its parent when the parent is in its section. */
function sectionsOf(indicators: IndicatorDef[]): Section[] {
  const bySection = new Map<string, IndicatorDef[]>();
  for (const ind of indicators) bySection.set(ind.section, [...(bySection.get(ind.section) ?? []), ind]);
  return [...bySection].map(([section, inds]) => {
    const codes = new Set(inds.map((i) => i.code));
    const placed = new Set<string>();
    const item = (ind: IndicatorDef): Item => {
      placed.add(ind.code);
      return { ind, parts: inds.filter((p) => p.parent === ind.code && !placed.has(p.code)).map(item) };
    };
    const items = inds.filter((i) => i.parent === undefined || !codes.has(i.parent)).map(item);
    // Parents that name each other in a circle (the loader allows it): each stands on its own.
    for (const ind of inds) if (!placed.has(ind.code)) items.push(item(ind));
    return { title: sectionTitle(section), items };
  });
}

function unitAfter(unit: string): string {
  if (unit === "") return "";
  return /^[%‰]/u.test(unit) ? unit : ` ${unit}`;
}

/** "12 người", "1.234,56 gam", "78,1%", "03/06 xã, phường"; a zero reads "không có". */
function figure(c: NarrativeContext, ind: IndicatorDef): Run[] {
  const f = c.figures;
  const total = f.total(ind.code);
  if (total.missing.some((m) => m.reason === "zero-denominator")) return [f.zero(ind.code, "không tính được")];
  if (total.count) {
    if (total.count.k === 0 || total.count.n === 0) return [f.zero(ind.code, `không có ${c.wardWords} nào`)];
    return [f.number(ind.code), text(` ${c.wardWords}`)];
  }
  if (ind.kind === "percent") return [f.number(ind.code), text(unitAfter(ind.unit || "%"))];
  if (f.isZero(ind.code)) return [f.zero(ind.code, "không có")];
  return [f.number(ind.code), text(unitAfter(ind.unit || (ind.kind === "flag" ? "đơn vị" : "")))];
}

/** A part's name inside its parent's sentence, first letter lowered unless the word is an abbreviation. */
function partName(ind: IndicatorDef): string {
  const name = indicatorTitle(ind);
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLocaleLowerCase("vi") + name.slice(1) : name;
}

/** A zero nobody needs told about: complete and not questioned. */
function plainZero(f: Figures, code: string): boolean {
  return f.isZero(code) && !f.isMarked(code);
}

/** "Name: figure", then its parts: ", trong đó a: …; b: …" (deeper parts in parentheses). */
function clause(c: NarrativeContext, item: Item, name: string, depth: number): Run[] {
  const f = c.figures;
  const runs: Run[] = [text(`${name}: `), ...figure(c, item.ind)];
  // The parts of nothing are nothing: not listed.
  const parts = item.parts.filter((p) => !(plainZero(f, p.ind.code) && plainZero(f, item.ind.code)));
  if (parts.length === 0) return runs;
  const inner = joinRuns(parts.map((p) => clause(c, p, partName(p.ind), depth + 1)), "; ");
  return depth === 0 ? [...runs, text(", trong đó "), ...inner] : [...runs, text(" (trong đó "), ...inner, text(")")];
}

function sectionBlock(c: NarrativeContext, section: Section, numeral: string): GeneratedBlock {
  const paragraphs = section.items.map((item) => [text("- "), ...clause(c, item, indicatorTitle(item.ind), 0), text(".")]);
  return c.figures.block(`muc-${numeral}`, `Mục ${numeral}. ${section.title}`, paragraphs);
}

function isMarked(block: GeneratedBlock): boolean {
  return block.paragraphs.some((p) => p.runs.some((r) => r.type === "figure" && (r.incomplete || r.questioned)));
}

/** Where the figures come from and what the check found. */
function checkBlock(c: NarrativeContext, numeral: string, marked: boolean): GeneratedBlock {
  const { wards, summary } = c.result;
  const lz = c.figures.leadingZero;
  const from =
    wards.reported === 0
      ? `- Chưa có ${c.wardWords} nào gửi số liệu.`
      : wards.expected === null
        ? `- Số liệu được tổng hợp từ báo cáo của ${countText(wards.reported, lz)} ${c.wardWords} (chưa có danh sách đơn vị để đối chiếu).`
        : `- Số liệu được tổng hợp từ báo cáo của ${ratioText(wards.reported, wards.expected, lz)} ${c.wardWords}.`;
  const found: [number, string][] = [
    [summary.errors, "lỗi"],
    [summary.warnings, "cảnh báo"],
  ];
  const counts = found.filter(([n]) => n > 0).map(([n, word]) => `${countText(n, lz)} ${word}`);
  const checked =
    counts.length === 0
      ? "- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu không có lỗi, không có cảnh báo."
      : `- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu còn ${counts.join(", ")}.`;
  const lines = [from, checked, ...(marked ? [`- Số liệu chưa đủ hoặc không khớp quy tắc kiểm tra được đánh dấu (${INCOMPLETE_MARK}), kèm ghi chú.`] : [])];
  return c.figures.block(`muc-${numeral}-1`, `Mục ${numeral}.1. Kết quả kiểm tra số liệu`, lines.map((l) => [text(l)]));
}

function body(c: NarrativeContext): ReportBlock[] {
  const sections = sectionsOf(c.result.form.indicators);
  const figures = sections.map((s, i) => ({ numeral: roman(i + 2), title: s.title, block: sectionBlock(c, s, roman(i + 2)) }));
  const assessment = roman(sections.length + 2);
  return [
    heading(1, "I. CÔNG TÁC CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN"),
    ...prose(c.names.fields.direction),
    ...figures.flatMap((s) => [heading(1, `${s.numeral}. ${s.title}`), s.block]),
    paragraph([text(ANNEX_NOTE)]),
    heading(1, `${assessment}. ĐÁNH GIÁ CHUNG`),
    heading(2, "1. Kết quả kiểm tra số liệu"),
    checkBlock(c, assessment, figures.some((s) => isMarked(s.block))),
    ...assessmentItems(c, 2),
    ...outlookSections(c, sections.length + 3),
  ];
}

export const generalNarrative: Narrative = { reads: [], body };
