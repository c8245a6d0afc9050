/** Report periods as the report writes them (form §7): "06 tháng đầu năm 2023", and the period after one. */
import { tidy } from "../text";
import { periodKey } from "../units";

export type Period =
  | { kind: "first-half" | "second-half" | "year"; year: number }
  | { kind: "quarter"; quarter: 1 | 2 | 3 | 4; year: number };

const QUARTERS = ["I", "II", "III", "IV"] as const;

export function parsePeriod(text: string): Period | null {
  const key = periodKey(text);
  let m = /^6 tháng (đầu|cuối) năm (\d{4})$/.exec(key);
  if (m) return { kind: m[1] === "đầu" ? "first-half" : "second-half", year: Number(m[2]) };
  m = /^năm (\d{4})$/.exec(key);
  if (m) return { kind: "year", year: Number(m[1]) };
  m = /^quý (i|ii|iii|iv) năm (\d{4})$/.exec(key);
  if (m) {
    const quarter = (QUARTERS.indexOf(m[1].toUpperCase() as (typeof QUARTERS)[number]) + 1) as 1 | 2 | 3 | 4;
    return { kind: "quarter", quarter, year: Number(m[2]) };
  }
  return null;
}

/** In running text, as the sample report writes it: "06 tháng đầu năm 2023", "năm 2023", "quý I năm 2023". */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "first-half":
      return `06 tháng đầu năm ${p.year}`;
    case "second-half":
      return `06 tháng cuối năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
    case "quarter":
      return `quý ${QUARTERS[p.quarter - 1]} năm ${p.year}`;
  }
}

export function followingPeriod(p: Period): Period {
  switch (p.kind) {
    case "first-half":
      return { kind: "second-half", year: p.year };
    case "second-half":
    case "year":
      return { kind: "year", year: p.year + 1 };
    case "quarter":
      return p.quarter === 4 ? { kind: "quarter", quarter: 1, year: p.year + 1 } : { kind: "quarter", quarter: (p.quarter + 1) as 2 | 3 | 4, year: p.year };
  }
}

/** A period text for running text; an unrecognised text is kept as staff wrote it. */
export function periodDisplay(text: string): string {
  const p = parsePeriod(text);
  return p ? formatPeriod(p) : tidy(text);
}

/** "6 tháng đầu năm 2023" → "06 tháng cuối năm 2023"; null when the period is not recognised. */
export function nextPeriodDisplay(text: string): string | null {
  const p = parsePeriod(text);
  return p ? formatPeriod(followingPeriod(p)) : null;
}

export function periodYear(text: string): number | null {
  const p = parsePeriod(text);
  if (p) return p.year;
  const m = /\b(\d{4})\b/.exec(text);
  return m ? Number(m[1]) : null;
}
