/**
 * The form file opened in the pane, kept in the workbook as one of the add-in's settings (not a custom XML
 * part): the settings come with the document when the add-in starts, so reading the form at start costs no
 * round trip to Excel, and `saveAsync` puts them in the file on Windows, Mac and the web alike.
 */
import type { StoredForm } from "../../app/ports";
import type { DocumentSettings } from "./env";

const SETTING = "TongHop.form";

/** The stored form, or null; a value of another shape (hand-edited, or from another version) counts as none. */
export function storedForm(settings: DocumentSettings): StoredForm | null {
  const value = settings.get(SETTING) as Partial<StoredForm> | null | undefined;
  if (typeof value?.fileName !== "string" || typeof value.text !== "string") return null;
  return { fileName: value.fileName, text: value.text };
}

/** Sets (or removes) the form and saves the settings; when saving fails, the settings are as they were. */
export async function storeForm(settings: DocumentSettings, form: StoredForm | null): Promise<void> {
  const before = settings.get(SETTING);
  if (form) settings.set(SETTING, { fileName: form.fileName, text: form.text });
  else settings.remove(SETTING);
  try {
    await settings.save();
  } catch (e) {
    if (before === null || before === undefined) settings.remove(SETTING);
    else settings.set(SETTING, before);
    throw e;
  }
}
