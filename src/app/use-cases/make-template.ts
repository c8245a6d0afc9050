/**
 * Make blank templates: one unit's appendix workbook to fill, in the form's layout with data validation and
 * protection — `tonghop template`, and the pane's "Tạo mẫu cho xã, phường". The form is a parameter so any
 * form the registry loads gets its templates the same way.
 */
import type { FormDef } from "../../core/form";
import { readInfoSheet } from "../../core/info-sheet";
import { isInfoSheet } from "../../core/reader";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/snapshot";
import { tidy } from "../../core/text";
import { kindOfUnitName, unitKey } from "../../core/units";
import { templateSheet, type TemplateUnit } from "../../core/workbook-plan/template-sheet";
import { safeFileName, XLSX_MIME, type FilePorts } from "../file-ports";
import { builtInRegistry, findForm, type FormRegistry } from "../forms";
import { can, type Delivery, type PaneHost, type Progress } from "../ports";
import { problem } from "../problems";

export type { TemplateUnit };

export interface TemplateFile {
  unit: TemplateUnit;
  /** "<unit name>.xlsx", unique among the files made together. */
  fileName: string;
  bytes: Uint8Array;
}

/** The registry's form of that id; an unknown id is refused, naming the ones there are. */
export function formById(id: string, registry: FormRegistry = builtInRegistry): FormDef {
  const found = findForm(registry, id);
  if (!found) throw problem("form.unknown", { form: id, known: registry.forms.map((f) => f.id) });
  return found;
}

/** The units an info sheet lists (each once) and its Kỳ báo cáo. */
export interface ListedTemplateUnits {
  units: TemplateUnit[];
  period: string | null;
}

export function unitsOfInfoSheet(sheet: SheetSnapshot): ListedTemplateUnits {
  const info = readInfoSheet(sheet);
  const seen = new Set<string>();
  const units = info.units.flatMap((u) => {
    const key = unitKey(u.name);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ name: u.name, kind: u.kind }];
  });
  return { units, period: info.fields.period };
}

/** A unit the clerk typed: a ward or a city-level unit by its name (form §1). */
export function typedUnit(name: string): TemplateUnit {
  const tidied = tidy(name);
  return { name: tidied, kind: kindOfUnitName(tidied) };
}

/** One template per unit; file names from the unit names, numbered when two come out the same. */
export async function makeTemplates(ports: FilePorts, form: FormDef, units: TemplateUnit[], period: string): Promise<TemplateFile[]> {
  const taken = new Set<string>();
  const files: TemplateFile[] = [];
  for (const unit of units) {
    const base = safeFileName(unit.name) || "Đơn vị";
    let fileName = `${base}.xlsx`;
    for (let k = 2; taken.has(fileName.toLocaleLowerCase("vi")); k++) fileName = `${base} (${k}).xlsx`;
    taken.add(fileName.toLocaleLowerCase("vi"));
    files.push({ unit, fileName, bytes: await ports.templateWorkbook(templateSheet(form, unit, tidy(period))) });
  }
  return files;
}

/** The units listed in the info sheet of what the pane works on, and its period; none without an info sheet. */
export async function openWorkbookUnits(host: PaneHost, progress: Progress): Promise<ListedTemplateUnits> {
  const snapshots: WorkbookSnapshot[] = can(host, "writesInPlace") ? [await host.readWorkbook(progress)] : host.files().map((f) => f.snapshot);
  const sheet = snapshots.flatMap((s) => s.sheets).find(isInfoSheet);
  return sheet ? unitsOfInfoSheet(sheet) : { units: [], period: null };
}

/**
 * The pane's templates: for the unit the clerk typed, else for every unit the open workbook's info sheet
 * lists; the period typed, else the info sheet's. Made only where the host can hand files to the clerk.
 */
export async function paneTemplates(
  ports: FilePorts,
  host: PaneHost,
  form: FormDef,
  typed: { unit: string; period: string },
  progress: Progress,
): Promise<TemplateFile[]> {
  if (!host.can.deliversFiles) throw problem("template.download-blocked");
  const listed = await openWorkbookUnits(host, progress);
  const units = tidy(typed.unit) ? [typedUnit(typed.unit)] : listed.units;
  if (units.length === 0) throw problem("template.no-units");
  const period = tidy(typed.period) || listed.period;
  if (!period) throw problem("template.no-period");
  progress(`Đang tạo ${units.length} file mẫu…`);
  return makeTemplates(ports, form, units, period);
}

/** Offers one template as a download. */
export async function deliverTemplate(host: PaneHost, file: TemplateFile): Promise<Delivery> {
  return host.deliverFile(file.bytes, file.fileName, XLSX_MIME);
}
