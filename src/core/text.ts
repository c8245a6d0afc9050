/** Text normalisation shared by the reader and the unit checks. Diacritics are never stripped. */

export function nfc(s: string): string {
  return s.normalize("NFC");
}

/** NFC, non-breaking spaces as spaces, trimmed, runs of whitespace collapsed. */
export function tidy(s: string): string {
  return nfc(s).replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\s+/g, " ").trim();
}

/** tidy + lower case (Vietnamese-aware) — for comparing labels and names. */
export function fold(s: string): string {
  return tidy(s).toLocaleLowerCase("vi");
}

/** fold + trailing ":" removed — for labels like "Đơn vị báo cáo:". */
export function labelKey(s: string): string {
  return fold(s).replace(/\s*:\s*$/, "");
}

/** Names longer than this are not names: distance is not measured past it, so it stays cheap. */
export const MAX_DISTANCE_LENGTH = 200;

/** Levenshtein distance over code points, of the first `MAX_DISTANCE_LENGTH` code points of each. */
export function editDistance(a: string, b: string): number {
  const x = [...a].slice(0, MAX_DISTANCE_LENGTH);
  const y = [...b].slice(0, MAX_DISTANCE_LENGTH);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}
