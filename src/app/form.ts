/** Sheets classified by the forms in use; the form a front uses when none is named; a form's report wording. */
import type { FormDef } from "../core/form";
import { classifySheet, SheetClass } from "../core/reader";
import type { Narrative } from "../core/report/context";
import type { SheetSnapshot } from "../core/snapshot";
import { formNarratives } from "../forms";
import { builtInRegistry, findForm, type FormRegistry } from "./forms";

/** The product's own appendix (phòng, chống mại dâm): the registry's first built-in form. */
export const form: FormDef = findForm(builtInRegistry)!;

/** What a sheet is among the registry's forms: an appendix of one of them, the info sheet, a generated one… */
export function classify(sheet: SheetSnapshot, registry: FormRegistry = builtInRegistry): SheetClass {
  return classifySheet(sheet, registry.forms);
}

/** The report wording of the form's id, if the product has one; otherwise the report is the general one. */
export function narrativeOf(form: FormDef): Narrative | undefined {
  return formNarratives.get(form.id);
}
