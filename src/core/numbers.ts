/** Vietnamese number notation: parsing text that holds a number, and formatting with Intl (vi-VN). */

const GROUPED = /^-?\d{1,3}([. ]\d{3})+(,\d+)?$/;
const PLAIN = /^-?\d+(,\d+)?$/;
const DOT_DECIMAL = /^-?\d+\.\d+$/;

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

const formatters = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, maxDecimals = 3): string {
  const key = String(maxDecimals);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: maxDecimals, useGrouping: true });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** Count of decimals of a number as written (10.35 → 2), robust to binary float noise. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  for (let d = 1; d <= 10; d++) {
    if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-7) return d;
  }
  return 10;
}

/** Sum of numbers with float noise removed (10.35 + 20.1 = 30.45, not 30.450000000000003). */
export function cleanSum(values: number[]): number {
  const d = Math.max(0, ...values.map(decimalsOf));
  const s = values.reduce((a, b) => a + b, 0);
  return Number(s.toFixed(Math.min(d, 10)));
}
