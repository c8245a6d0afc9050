/** How many wards reported, and the one summary line every front shows under the findings. */
import { FindingSummary } from "./findings";
import { formatNumber } from "./numbers";

/** Wards whose figures arrived, against the list's count; `expected` is null without a list (`unit.no-list`). */
export interface Completeness {
  reported: number;
  expected: number | null;
}

/** "6/6", or without a list "5 xã, phường (chưa có danh sách để đối chiếu)" — never a "5/5" that was not checked. */
export function wardsText(w: Completeness): string {
  return w.expected === null
    ? `${formatNumber(w.reported)} xã, phường (chưa có danh sách để đối chiếu)`
    : `${formatNumber(w.reported)}/${formatNumber(w.expected)}`;
}

/** "3 lỗi, 1 cảnh báo, 0 thông tin — đơn vị: 6/6"; `separator` between the counts. */
export function summaryLine(s: FindingSummary, w: Completeness, separator = ", "): string {
  const counts = [`${formatNumber(s.errors)} lỗi`, `${formatNumber(s.warnings)} cảnh báo`, `${formatNumber(s.infos)} thông tin`];
  return `${counts.join(separator)} — đơn vị: ${wardsText(w)}`;
}
