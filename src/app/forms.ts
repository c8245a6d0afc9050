/**
 * The forms in use: the built-in ones and those loaded from `*.form.json` files (`--form <file>`, the
 * pane's form file). A loaded form whose id is a built-in one replaces it, so a reissued appendix needs no release.
 */
import type { FormDef } from "../core/form";
import { parseFormText } from "../core/form-file";
import { builtInForms } from "../forms";
import { problem } from "./problems";

export interface FormRegistry {
  /** Built-in first, then loaded ones: the order sheets are matched and results are listed in. */
  forms: FormDef[];
}

export const builtInRegistry: FormRegistry = { forms: builtInForms };

/** A form file's text compiled; a wrong file throws `form.invalid`, naming the file and every field or rule at fault. */
export function loadFormFile(text: string, fileName: string): FormDef {
  const loaded = parseFormText(text);
  if (!loaded.ok) throw problem("form.invalid", { file: fileName, issues: loaded.issues });
  return loaded.form;
}

/** `registry` with `forms` added; each replaces the form of the same id already there, in its place. */
export function withForms(registry: FormRegistry, forms: FormDef[]): FormRegistry {
  const out = [...registry.forms];
  for (const form of forms) {
    const at = out.findIndex((f) => f.id === form.id);
    if (at >= 0) out[at] = form;
    else out.push(form);
  }
  return { forms: out };
}

/** The form of that id; without an id, the registry's first (the product's own appendix). Null when there is none. */
export function findForm(registry: FormRegistry, idOrNothing?: string | null): FormDef | null {
  if (idOrNothing === undefined || idOrNothing === null) return registry.forms[0] ?? null;
  return registry.forms.find((f) => f.id === idOrNothing) ?? null;
}
