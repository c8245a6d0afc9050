/** Addresses as Office.js returns them: "'P. Ngã Bảy'!A1:F57", "Sheet1!E9", lists joined by commas. */
import { a1, parseA1 } from "../../core/address";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/;

/** Sheet name (unquoted) and the local part ("A1:F57") of a qualified address. */
export function splitAddress(address: string): { sheet: string | null; local: string } {
  const m = QUALIFIED.exec(address.trim());
  if (!m) return { sheet: null, local: address.trim() };
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, local: m[3] };
}

/** "A1:F57" or "E9" (with or without "$") → 0-based box. */
export function parseBox(local: string): Box {
  const [from, to = from] = local.replace(/\$/g, "").split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

export function boxAddress(box: Box): string {
  const from = a1(box.top, box.left);
  const to = a1(box.bottom, box.right);
  return from === to ? from : `${from}:${to}`;
}

const AREA = /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?(?=\s*,|\s*$)/g;

/** The areas of a RangeAreas address ("S!A1:F1, S!A2:F2") as local ranges, "$" removed. */
export function areasOf(address: string): string[] {
  const out: string[] = [];
  for (const m of address.matchAll(AREA)) out.push(m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`);
  return out;
}
