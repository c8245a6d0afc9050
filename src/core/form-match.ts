/** Which of the forms in use the workbooks hold: a sheet is an appendix of the form whose title and codes it has. */
import type { FormDef } from "./form";
import { classifySheet } from "./reader";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/** The form `sheet` is an appendix of, among `forms`; null when it is none of theirs (or no appendix). */
export function matchForm(sheet: SheetSnapshot, forms: FormDef[]): FormDef | null {
  const cls = classifySheet(sheet, forms);
  return cls.kind === "appendix" ? cls.form : null;
}

/** The forms at least one sheet is an appendix of, in the order given. */
export function formsIn(forms: FormDef[], workbooks: WorkbookSnapshot[]): FormDef[] {
  const found = new Set(workbooks.flatMap((wb) => wb.sheets.map((sheet) => matchForm(sheet, forms))));
  return forms.filter((f) => found.has(f));
}
