/** Small pieces of report wording: counts as the sample writes them, k/n, dates, capitalisation. */
import { ReportDate } from "../info-sheet";
import { formatNumber } from "../numbers";

/** A whole count: under 10 with a leading zero when asked ("04 cơ sở"), else vi-VN ("56.182"). */
export function countText(n: number, leadingZero: boolean): string {
  if (leadingZero && Number.isInteger(n) && n > 0 && n < 10) return `0${n}`;
  return formatNumber(n, 0);
}

/** k of n wards: "06/06". */
export function ratioText(k: number, n: number, leadingZero: boolean): string {
  return `${countText(k, leadingZero)}/${countText(n, leadingZero)}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

export function upper(s: string): string {
  return s.toLocaleUpperCase("vi");
}

/** The kinds of wards a city has, as its reports name them: "xã, phường", "phường", "xã, phường, thị trấn". */
export function wardWords(kinds: Set<WardType>): string {
  const order: WardType[] = ["xã", "phường", "thị trấn"];
  const present = order.filter((k) => kinds.has(k));
  return present.length > 0 ? present.join(", ") : "xã, phường";
}

export type WardType = "phường" | "xã" | "thị trấn";

const BLANK_DAY = "     ";

/**
 * "ngày 05 tháng 01 năm 2023": Nghị định 30/2020, Phụ lục I — a day under 10 and the months 1 and 2 take a
 * leading zero. Undated, the day and month are left blank for the clerk to write in.
 */
export function dateText(date: ReportDate | null, year: number): string {
  if (!date) return `ngày${BLANK_DAY}tháng${BLANK_DAY}năm ${year}`;
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}
