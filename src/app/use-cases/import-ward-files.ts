/**
 * Import ward files ("Nhập file đơn vị"): each picked ward file's appendix sheet is copied into the open
 * workbook under the unit's name. A unit the workbook already has, and a file without an appendix sheet, are refused.
 */
import type { AppendixSheet } from "../../core/reader";
import type { SheetSnapshot } from "../../core/snapshot";
import { unitKey } from "../../core/units";
import { unitSheetName } from "../../core/workbook-plan/names";
import type { FilePorts } from "../file-ports";
import { classify } from "../form";
import { builtInRegistry, type FormRegistry } from "../forms";
import type { ExcelPaneHost, ImportOutcome, PickedFile, Progress, SheetImport } from "../ports";
import { Problem, problem } from "../problems";

/** A unit's sheet of a form: a unit sends one per form. */
const sheetKey = (formId: string, unitName: string) => `${formId}\u0000${unitKey(unitName)}`;

function appendicesOf(sheets: SheetSnapshot[], registry: FormRegistry): { appendix: AppendixSheet; formId: string }[] {
  return sheets.flatMap((s) => {
    const c = classify(s, registry);
    return c.kind === "appendix" ? [{ appendix: c.appendix, formId: c.form.id }] : [];
  });
}

/** Appendices are known by the registry's forms: a ward's sheet of any form in use is imported. */
export async function importWardFiles(
  ports: FilePorts,
  host: ExcelPaneHost,
  files: PickedFile[],
  progress: Progress,
  registry: FormRegistry = builtInRegistry,
): Promise<ImportOutcome[]> {
  const current = await host.readWorkbook(progress);
  const present = new Map<string, string>();
  for (const { appendix: a, formId } of appendicesOf(current.sheets, registry)) if (a.unitName) present.set(sheetKey(formId, a.unitName), a.sheet);
  const taken = current.sheets.map((s) => s.name);

  progress("Đang đọc file của đơn vị…");
  const outcomes: ImportOutcome[] = [];
  const imports: SheetImport[] = [];
  const refuse = (file: string, refusal: Problem) => outcomes.push({ file, imported: false, message: refusal.message });

  for (const file of files) {
    let sheets;
    try {
      sheets = (await ports.readWorkbook(file.bytes, file.name)).sheets;
    } catch (e) {
      if (!(e instanceof Problem)) throw e;
      refuse(file.name, e);
      continue;
    }
    const appendices = appendicesOf(sheets, registry);
    if (appendices.length === 0) {
      refuse(file.name, problem("import.no-appendix", { file: file.name }));
      continue;
    }
    for (const { appendix: a, formId } of appendices) {
      if (!a.unitName) {
        refuse(file.name, problem("import.no-unit-name", { file: file.name, sheet: a.sheet }));
        continue;
      }
      const there = present.get(sheetKey(formId, a.unitName));
      if (there) {
        refuse(file.name, problem("import.already-present", { file: file.name, unit: a.unitName, sheet: there }));
        continue;
      }
      const name = unitSheetName(a.unitName, taken);
      taken.push(name);
      present.set(sheetKey(formId, a.unitName), name);
      const sheet = sheets.find((s) => s.name === a.sheet)!;
      imports.push({ bytes: await ports.unitSheetFile(file.bytes, file.name, sheet), sourceSheet: a.sheet, name });
      outcomes.push({ file: file.name, imported: true, message: `Đã nhập ${a.unitName} từ "${file.name}" vào trang "${name}".` });
    }
  }
  if (imports.length > 0) {
    progress("Đang chép trang vào sổ tính…");
    await host.insertSheets(imports);
  }
  return outcomes;
}
