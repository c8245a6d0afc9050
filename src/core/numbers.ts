/** Vietnamese number notation: parsing text that holds a number, and formatting with Intl (vi-VN). */

/** 9.007.199.254.740.991: above it a figure cannot be held exactly (form §2, `value.too-large`). */
export const MAX_EXACT = Number.MAX_SAFE_INTEGER;

const GROUPED = /^-?\d{1,3}([. ]\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;
const DOT_DECIMAL = /^-?\d+\.\d+$/;
/** English notation: "1,500,000", "1,500.25", "1,500" (a comma before exactly three digits). */
const ENGLISH_GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * The number a text would be in Vietnamese notation ("7.412", "1.500.000", "12,5", " 80 "),
 * or null when the text is not a number. A lone dot followed by other than three digits
 * ("12.5") is read as a decimal point, since it cannot be a thousands separator.
 */
export function parseVietnameseNumber(text: string): number | null {
  const s = text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (s === "") return null;
  if (GROUPED.test(s)) return Number(s.replace(/[. ]/g, "").replace(",", "."));
  if (PLAIN.test(s)) return Number(s.replace(",", "."));
  if (DOT_DECIMAL.test(s)) return Number(s);
  return null;
}

export interface NumberText {
  /** The number in Vietnamese notation. */
  value: number;
  /** The text is written the English way ("1,500,000", "12.5"): the number it means there. */
  english: boolean;
  /** "1,500": a Vietnamese decimal (1,5) or an English thousand (1.500); `value` is the Vietnamese reading. */
  englishValue: number | null;
}

/** A text number read both ways, so a message can name the notation the ward used. */
export function readNumberText(text: string): NumberText | null {
  const s = text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ").trim();
  if (ENGLISH_GROUPED.test(s)) {
    const english = Number(s.replace(/,/g, ""));
    if (/^-?\d{1,3},\d{3}$/.test(s)) return { value: Number(s.replace(",", ".")), english: false, englishValue: english };
    return { value: english, english: true, englishValue: null };
  }
  if (DOT_DECIMAL.test(s) && !GROUPED.test(s)) return { value: Number(s), english: true, englishValue: null };
  const value = parseVietnameseNumber(s);
  return value === null ? null : { value, english: false, englishValue: null };
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, maxDecimals = 3): string {
  // Intl writes NaN and ±∞ as symbols no clerk can act on.
  if (Number.isNaN(value)) return "(không phải số)";
  if (!Number.isFinite(value)) return value > 0 ? "(số vô hạn)" : "(số âm vô hạn)";
  const key = String(maxDecimals);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(value);
}

/**
 * Count of decimals of a number as written (10.35 → 2), robust to binary float noise (0.30000000000000004 → 1)
 * at every magnitude: a scaled value counts as whole within a few units of its last binary digit.
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  for (let d = 1; d <= 10; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(Math.round(scaled) - scaled) <= Math.abs(scaled) * 4 * Number.EPSILON) return d;
  }
  return 10;
}

/**
 * The exact sum of decimal figures, added as scaled integers (10.35 + 20.1 = 30.45, never
 * 30.450000000000003; 9.007.199.254.740.991 + 1 is not rounded away). Null when the sum itself is
 * above `MAX_EXACT` and so cannot be held as a number.
 */
export function exactSum(values: number[]): number | null {
  const d = Math.min(10, Math.max(0, ...values.map(decimalsOf)));
  let sum = 0n;
  for (const v of values) sum += BigInt(v.toFixed(d).replace(".", ""));
  const scale = 10n ** BigInt(d);
  const whole = sum / scale;
  if (whole > BigInt(MAX_EXACT) || whole < -BigInt(MAX_EXACT)) return null;
  const negative = sum < 0n;
  const abs = negative ? -sum : sum;
  const fraction = (abs % scale).toString().padStart(d, "0");
  return Number(`${negative ? "-" : ""}${abs / scale}${d > 0 ? "." + fraction : ""}`);
}
