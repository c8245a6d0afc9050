/**
 * The report fields the pane edits, and what writing them means for the info sheet "Thông tin báo cáo"
 * (form §6): values in column B beside their labels; a missing label gets a row above the unit list; a
 * missing sheet is created whole, with the unit list made from the appendix sheets found.
 */
import { a1 } from "../core/address";
import { INFO_FIELDS, InfoField, UNIT_LIST_TITLE } from "../core/info-sheet";
import { INFO_SHEET_NAME, isInfoSheet } from "../core/reader";
import { cellAt, cellText, SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import { labelKey } from "../core/text";
import { unitKey } from "../core/units";
import type { ValidationResult } from "../app/use-cases/check-workbooks";
import type { InfoSheetWrite } from "../app/ports";

export type InfoValues = Record<InfoField, string>;

export const FIELDS = Object.keys(INFO_FIELDS) as InfoField[];

/** Fields written one item a line (titles of the signer, recipients) or as prose. */
export const MULTILINE: ReadonlySet<InfoField> = new Set<InfoField>([
  "basis",
  "signAuthority",
  "distribution",
  "direction",
  "strengths",
  "weaknesses",
  "tasks",
  "proposals",
]);

export function infoValuesOf(result: ValidationResult | null): InfoValues {
  return Object.fromEntries(FIELDS.map((f) => [f, result?.info?.fields[f] ?? ""])) as InfoValues;
}

const TITLE = "THÔNG TIN BÁO CÁO";
const WIDTHS = [
  { col: 0, width: 26 },
  { col: 1, width: 70 },
  { col: 2, width: 16 },
];

export function unitType(name: string): string {
  const key = unitKey(name);
  if (key.startsWith("phường ")) return "Phường";
  if (key.startsWith("xã ")) return "Xã";
  if (key.startsWith("thị trấn ")) return "Thị trấn";
  return "Cấp thành phố";
}

function newSheet(values: InfoValues, units: string[]): InfoSheetWrite {
  const cells: InfoSheetWrite["cells"] = [{ address: "A1", text: TITLE, bold: true }];
  FIELDS.forEach((f, i) => {
    cells.push({ address: a1(i + 2, 0), text: INFO_FIELDS[f] }, { address: a1(i + 2, 1), text: values[f] });
  });
  const listRow = FIELDS.length + 3;
  cells.push({ address: a1(listRow, 0), text: UNIT_LIST_TITLE, bold: true });
  ["STT", "Tên đơn vị", "Loại"].forEach((text, c) => cells.push({ address: a1(listRow + 1, c), text, bold: true }));
  units.forEach((name, i) => {
    const r = listRow + 2 + i;
    cells.push({ address: a1(r, 0), text: String(i + 1) }, { address: a1(r, 1), text: name }, { address: a1(r, 2), text: unitType(name) });
  });
  return { sheet: INFO_SHEET_NAME, create: true, insertRows: null, cells, columnWidths: WIDTHS };
}

function existingSheet(sheet: SheetSnapshot, values: InfoValues): InfoSheetWrite {
  const rowOf = new Map<string, number>();
  let listRow = sheet.rows.length;
  for (let r = 0; r < sheet.rows.length; r++) {
    const label = labelKey(cellText(cellAt(sheet, r, 0)));
    if (label === labelKey(UNIT_LIST_TITLE)) {
      listRow = r;
      break;
    }
    if (!rowOf.has(label)) rowOf.set(label, r);
  }
  const missing = FIELDS.filter((f) => !rowOf.has(labelKey(INFO_FIELDS[f])));
  const lastField = Math.max(0, ...rowOf.values());
  // New label rows go after the last field, before the unit list; nothing below them moves unless needed.
  const insertAt = Math.min(lastField + 1, listRow);
  const cells: InfoSheetWrite["cells"] = [];
  for (const f of FIELDS) {
    const r = rowOf.get(labelKey(INFO_FIELDS[f]));
    if (r !== undefined) cells.push({ address: a1(r, 1), text: values[f] });
  }
  missing.forEach((f, i) => {
    cells.push({ address: a1(insertAt + i, 0), text: INFO_FIELDS[f] }, { address: a1(insertAt + i, 1), text: values[f] });
  });
  return {
    sheet: sheet.name,
    create: false,
    insertRows: missing.length > 0 ? { before: insertAt, count: missing.length } : null,
    cells,
    columnWidths: [],
  };
}

/** `result` is the last check of `snapshot`: its units make the list of a new info sheet. */
export function infoSheetWrite(snapshot: WorkbookSnapshot, result: ValidationResult, values: InfoValues): InfoSheetWrite {
  const sheet = snapshot.sheets.find(isInfoSheet);
  if (sheet) return existingSheet(sheet, values);
  return newSheet(values, result.units.filter((u) => u.counted).map((u) => u.name));
}
