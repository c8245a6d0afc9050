/** Unit names (form §1) and report periods (form §7): normalisation, kinds, matching. */
import { editDistance, fold } from "./text";

export type UnitKind = "ward" | "city-level";

const ABBREVIATIONS: [RegExp, string][] = [
  [/^đk\.\s*/, "đặc khu "],
  [/^tt\.\s*/, "thị trấn "],
  [/^p\.\s*/, "phường "],
  [/^x\.\s*/, "xã "],
];

/** The key two names are compared by: NFC, spaces, case, `P.`/`X.`/`ĐK.`/`TT.` expanded; diacritics kept. */
export function unitKey(name: string): string {
  let k = fold(name);
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(/\s+/g, " ").trim();
}

export function kindOfUnitName(name: string): UnitKind {
  return /^(phường|xã|đặc khu|thị trấn) /.test(unitKey(name)) ? "ward" : "city-level";
}

export function kindOfUnitType(type: string): UnitKind | null {
  const t = fold(type);
  if (t === "phường" || t === "xã" || t === "đặc khu" || t === "thị trấn") return "ward";
  if (t === "") return null;
  return "city-level";
}

/** The closest known name, for "did you mean"; null when nothing is reasonably close. */
export function closestName(name: string, known: string[]): string | null {
  const key = unitKey(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(key, unitKey(candidate));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== null && bestDistance <= Math.max(3, Math.ceil(unitKey(best).length / 2)) ? best : null;
}

const ROMAN: Record<string, string> = { "1": "i", "2": "ii", "3": "iii", "4": "iv" };

/** Period text compared after case, spaces, `06`/`6` and `Quý 1`/`Quý I` are normalised. */
export function periodKey(period: string): string {
  return fold(period)
    .replace(/\b0+(\d)/g, "$1")
    .replace(/quý (\d)\b/g, (_, d: string) => `quý ${ROMAN[d] ?? d}`);
}
