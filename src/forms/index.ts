/** The forms that come with the product, compiled from their `*.form.json` files like any other form. */
import { compileForm } from "../core/form-file";
import type { FormDef } from "../core/form";
import pcmdJson from "./phu-luc-pcmd.form.json";

function builtIn(json: unknown, file: string): FormDef {
  const loaded = compileForm(json);
  // A broken built-in form is a build error; test/forms/built-in.test.ts keeps it from shipping.
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.issues)}`);
  return loaded.form;
}

/** Phụ lục "Số liệu công tác phòng, chống mại dâm": the contract in docs/form-phu-luc-pcmd.md. */
export const phuLucPcmd = builtIn(pcmdJson, "phu-luc-pcmd.form.json");

export const builtInForms: FormDef[] = [phuLucPcmd];

export { formNarratives } from "./narratives";
