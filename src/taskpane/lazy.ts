/**
 * The pane's heavy modules, loaded on first use so the pane starts with React and Fluent only, bound to
 * the file adapters the composition root (index.tsx) provides: nothing else in src/taskpane reaches src/hosts.
 */
import type { FilePorts } from "../app/file-ports";
import type { ExcelPaneHost, PickedFile, Progress } from "../app/ports";
import type { FormsInUse } from "./form-choice";

let filePorts: () => Promise<FilePorts> = () => Promise.reject(new Error("the pane's file adapters were never provided"));

/** Called once by the composition root: where the steps get the file adapters. */
export function provideFilePorts(load: () => Promise<FilePorts>): void {
  filePorts = load;
}

/** The steps, working with `forms`. */
export async function loadWorkflow(forms: FormsInUse) {
  const [{ paneSteps }, ports] = await Promise.all([import("./workflow"), filePorts()]);
  return paneSteps(ports, forms);
}

export async function loadImporter(forms: FormsInUse) {
  const [{ importWardFiles }, ports] = await Promise.all([import("../app/use-cases/import-ward-files"), filePorts()]);
  return {
    importWardFiles: (host: ExcelPaneHost, files: PickedFile[], progress: Progress) => importWardFiles(ports, host, files, progress, forms.registry),
  };
}

/** The forms in use, built from the built-in ones and a form file. */
export const loadFormChoice = () => import("./form-choice");
