/** `--form`: form files loaded into the registry a run uses; a wrong file stops the run (exit 2) with the catalogue's message. */
import { basename, extname } from "node:path";
import { builtInRegistry, loadFormFile, withForms, type FormRegistry } from "../app/forms";
import { Problem, problem } from "../app/problems";
import type { FormDef } from "../core/form";
import { readInput, UsageError } from "./inputs";

export async function readFormFile(path: string): Promise<FormDef> {
  const { bytes } = await readInput(path, true);
  try {
    return loadFormFile(new TextDecoder("utf-8").decode(bytes), basename(path));
  } catch (e) {
    if (e instanceof Problem) throw new UsageError(e);
    throw e;
  }
}

/** The built-in forms with those of `paths`; two files of one form id are refused, as one would silently replace the other. */
export async function registryOf(paths: string[]): Promise<FormRegistry> {
  const loaded: { path: string; form: FormDef }[] = [];
  for (const path of paths) {
    const form = await readFormFile(path);
    const same = loaded.filter((l) => l.form.id === form.id);
    if (same.length > 0) throw new UsageError(problem("cli.form-same-id", { id: form.id, files: [...same.map((l) => l.path), path] }));
    loaded.push({ path, form });
  }
  return withForms(builtInRegistry, loaded.map((l) => l.form));
}

/** `out` for one of several forms: "tong-hop.xlsx" → "tong-hop-phu-luc-ma-tuy.xlsx". */
export function outForForm(out: string, form: FormDef, several: boolean): string {
  if (!several) return out;
  const extension = extname(out);
  return `${out.slice(0, out.length - extension.length)}-${form.id}${extension}`;
}

/** The heading of a form's part when a run covers several. */
export function formHeading(form: FormDef): string {
  return `=== ${form.title} (biểu mẫu ${form.id}) ===`;
}
