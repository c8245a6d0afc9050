/**
 * The forms the pane's steps use: the built-in ones and the form file the clerk opened. Loaded lazily
 * (it compiles the built-in form), like the steps themselves.
 */
import { builtInRegistry, loadFormFile, withForms, type FormRegistry } from "../app/forms";
import type { StoredForm } from "../app/ports";
import type { FormDef } from "../core/form";

export interface OpenedForm {
  fileName: string;
  form: FormDef;
}

export interface FormsInUse {
  /** What every step checks, totals and reports against. */
  registry: FormRegistry;
  /** The form file opened in the pane; null when only the built-in forms are in use. */
  opened: OpenedForm | null;
  /** The form the pane makes blank templates of: the opened one, else the built-in one. */
  form: FormDef;
}

export function formsInUse(opened: OpenedForm | null): FormsInUse {
  if (!opened) return { registry: builtInRegistry, opened: null, form: builtInForm() };
  // The pane shows one form: the opened one comes first, so a workbook holding both forms is checked,
  // totalled and reported by the form the clerk chose.
  const others = withForms(builtInRegistry, [opened.form]).forms.filter((f) => f !== opened.form);
  return { registry: { forms: [opened.form, ...others] }, opened, form: opened.form };
}

/** The product's own appendix: the first built-in form. */
export function builtInForm(): FormDef {
  return builtInRegistry.forms[0];
}

/** The form of a form file; throws the catalogue's Problem naming what is wrong in it. */
export function readFormFile(file: StoredForm): FormDef {
  return loadFormFile(file.text, file.fileName);
}
