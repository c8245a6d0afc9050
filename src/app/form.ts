/** The form every front checks against (the appendix of the prostitution-prevention report), and sheets classified by it. */
import { classifySheet, SheetClass } from "../core/reader";
import type { SheetSnapshot } from "../core/snapshot";
import { phuLucPcmd } from "../forms";

export const form = phuLucPcmd;

const codes = new Set(form.indicators.map((i) => i.code));

/** What a sheet is by the form's indicator codes: an appendix, the info sheet, a generated one… */
export function classify(sheet: SheetSnapshot): SheetClass {
  return classifySheet(sheet, codes);
}
