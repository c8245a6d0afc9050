/** Sheet names: where the generated sheets go in a workbook, and valid names for copied unit sheets. */
import { GENERATED_MARKER } from "../reader";
import { nfc } from "../text";
import { SheetRole } from "./types";

export const GENERATED_SHEET_NAMES: Record<SheetRole, string> = {
  totals: "Tổng hợp",
  findings: "Kết quả kiểm tra",
};

export function markerOf(role: SheetRole): string {
  return `${GENERATED_MARKER}:${role}`;
}

export interface ExistingSheet {
  name: string;
  /** True when the sheet carries the product's marker. */
  generated: boolean;
}

export interface SheetPlacement {
  /** The name to write the sheet under. */
  name: string;
  /** Earlier generated sheets this one supersedes (the intended name or its "(k)" variants). */
  replaces: string[];
  /** The user's own sheet that holds the intended name, when the sheet had to go elsewhere. */
  userSheet: string | null;
}

const MAX_NAME = 31;

/** Excel compares sheet names without regard to case. */
function nameKey(name: string): string {
  return nfc(name).toLocaleLowerCase("vi");
}

function numbered(base: string, k: number): string {
  if (k === 1) return base;
  const suffix = ` (${k})`;
  return base.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where a generated sheet goes: over the product's own earlier sheet of that name, never over a user's sheet —
 * then "Tổng hợp (2)", "Tổng hợp (3)"… `reserved` are names other sheets of this run take.
 */
export function placeGeneratedSheet(intended: string, existing: ExistingSheet[], reserved: string[] = []): SheetPlacement {
  const own = new RegExp(`^${escapeRegExp(nameKey(intended))}( \\(\\d+\\))?$`);
  const replaces = existing.filter((s) => s.generated && own.test(nameKey(s.name))).map((s) => s.name);
  const taken = new Set([...existing.filter((s) => !s.generated).map((s) => nameKey(s.name)), ...reserved.map(nameKey)]);
  let k = 1;
  while (taken.has(nameKey(numbered(intended, k)))) k++;
  const userSheet = existing.find((s) => !s.generated && nameKey(s.name) === nameKey(intended))?.name ?? null;
  return { name: numbered(intended, k), replaces, userSheet };
}

/** A valid, unused sheet name for a unit: no []:*?/\, no edge apostrophes, at most 31 characters. */
export function unitSheetName(unitName: string, taken: string[]): string {
  const base =
    nfc(unitName)
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, MAX_NAME)
      .trimEnd() || "Đơn vị";
  // "History" is reserved by Excel.
  const used = new Set([...taken.map(nameKey), "history"]);
  let k = 1;
  while (used.has(nameKey(numbered(base, k)))) k++;
  return numbered(base, k);
}
