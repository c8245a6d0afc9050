/** The Word pane's Vietnamese wording that depends on data: confirmations, keys, dates. */
import { TAG_PREFIX } from "../../core/report/model";
import { linkConflicts, ReportLink } from "../../core/report/report-link";
import type { DocumentKind, PreparedReport } from "../../app/word-ports";

/** "03", "muc-I": the key as the document's tags carry it, without the prefix. */
export function keyOf(tag: string): string {
  return tag.startsWith(TAG_PREFIX) ? tag.slice(TAG_PREFIX.length) : tag;
}

/** "12/07/2023 09:00", local time. */
export function dateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const unknown = (s: string | null) => (s ? `«${s}»` : "(không rõ)");

/** Why pushing `report` into the document needs the user's explicit yes; empty when it does not. */
export function confirmReasons(report: PreparedReport, link: ReportLink | null): string[] {
  const reasons: string[] = [];
  if (report.summary.errors > 0) reasons.push(`Sổ tổng hợp còn ${report.summary.errors} lỗi.`);
  for (const c of linkConflicts(link, report)) {
    const what = c.kind === "period" ? "kỳ" : "biểu mẫu";
    reasons.push(`Tài liệu đang chứa số liệu ${what} ${unknown(c.linked)}; file vừa chọn là ${what} ${unknown(c.incoming)}.`);
  }
  return reasons;
}

export const ACTION_LABEL: Record<DocumentKind, string> = {
  empty: "Chèn báo cáo",
  report: "Cập nhật số liệu",
  other: "Cập nhật số liệu",
};

export const DOCUMENT_STATE: Record<DocumentKind, string> = {
  empty: "Tài liệu trống: toàn bộ báo cáo (kèm số trang và phụ lục) sẽ được chèn vào.",
  report: "Tài liệu đang chứa báo cáo: chỉ các ô số liệu và đoạn văn tự động được cập nhật, phần cán bộ viết giữ nguyên.",
  other:
    "Tài liệu này có nội dung nhưng không có ô số liệu của Tổng hợp. Hãy mở một tài liệu trống (Tệp → Mới) để chèn báo cáo, hoặc mở báo cáo đã tạo trước đó.",
};
