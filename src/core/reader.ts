/** Reading appendix sheets (form §2) and the info sheet (form §6) from snapshots. */
import { a1 } from "./address";
import { cellAt, cellText, CellSnapshot, SheetSnapshot } from "./snapshot";
import { fold, labelKey, tidy } from "./text";

export const INFO_SHEET_NAME = "Thông tin báo cáo";
/** Text the generated sheets carry in row 1 of a hidden column, so regenerating recognises them. */
export const GENERATED_MARKER = "tonghop:generated";

const HEADER_SCAN_ROWS = 20;
const HEADER_SCAN_COLS = 10;

export interface AppendixColumns {
  code: number;
  name: number;
  value: number;
  unit: number | null;
  stt: number | null;
  note: number | null;
}

export interface IndicatorRow {
  code: string;
  row: number;
  address: string;
  cell: CellSnapshot;
  nameText: string;
  unitText: string;
}

export interface AppendixSheet {
  sheet: string;
  headerRow: number;
  columns: AppendixColumns;
  unitName: string | null;
  unitNameAddress: string | null;
  period: string | null;
  periodAddress: string | null;
  rows: Map<string, IndicatorRow>;
  duplicates: { code: string; address: string; first: string }[];
  unknownCodes: { code: string; address: string }[];
}

export type SheetClass =
  | { kind: "appendix"; appendix: AppendixSheet }
  | { kind: "info" }
  | { kind: "generated"; marker: string }
  | { kind: "no-header" }
  | { kind: "ignored" };

const HEADER_LABELS = { code: "mã số", name: "chỉ tiêu", value: "số liệu", unit: "đơn vị tính", stt: "stt", note: "ghi chú" };

function findHeader(sheet: SheetSnapshot): { row: number; columns: AppendixColumns } | null {
  const rows = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    const found: Partial<Record<keyof typeof HEADER_LABELS, number>> = {};
    for (let c = 0; c < HEADER_SCAN_COLS; c++) {
      const key = labelKey(cellText(cellAt(sheet, r, c)));
      for (const [field, label] of Object.entries(HEADER_LABELS) as [keyof typeof HEADER_LABELS, string][]) {
        if (key === label && found[field] === undefined) found[field] = c;
      }
    }
    if (found.code !== undefined && found.name !== undefined && found.value !== undefined) {
      return {
        row: r,
        columns: {
          code: found.code,
          name: found.name,
          value: found.value,
          unit: found.unit ?? null,
          stt: found.stt ?? null,
          note: found.note ?? null,
        },
      };
    }
  }
  return null;
}

/** "01", 1, "1", " 01 " → "01"; anything that is not a 1–3 digit number → null. */
export function normalizeCode(cell: CellSnapshot): string | null {
  if (cell.type === "number" && typeof cell.value === "number") {
    return Number.isInteger(cell.value) && cell.value >= 0 && cell.value < 1000
      ? String(cell.value).padStart(2, "0")
      : null;
  }
  if (cell.type !== "text") return null;
  const t = cellText(cell).replace(/\.$/, "");
  return /^\d{1,3}$/.test(t) ? String(Number(t)).padStart(2, "0") : null;
}

/** The value right of a label ("Đơn vị báo cáo:") in the rows above the header. */
function labelledValue(sheet: SheetSnapshot, label: string, beforeRow: number): { text: string | null; address: string | null } {
  for (let r = 0; r < beforeRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(cellAt(sheet, r, c));
      const key = labelKey(text);
      if (key === label) {
        for (let v = c + 1; v < Math.max(row.length, c + 6); v++) {
          const value = tidy(cellText(cellAt(sheet, r, v)));
          if (value) return { text: value, address: a1(r, v) };
        }
        // Blank: point where the form puts the value (§2: label in A, value in C).
        return { text: null, address: a1(r, c + 2) };
      }
      // "Đơn vị báo cáo: Phường Lái Hiếu" in one cell.
      if (key.startsWith(label) && /^\s*:/.test(key.slice(label.length))) {
        const rest = tidy(text.slice(text.indexOf(":") + 1));
        return { text: rest || null, address: a1(r, c) };
      }
    }
  }
  return { text: null, address: null };
}

/**
 * The row under the header numbers the columns ("A B C D 1 2", or "1 2 3 4 5 6" in some templates);
 * its "2" under Mã số is not indicator 02. Its Chỉ tiêu cell holds a marker, never an indicator name.
 */
function isColumnNumbering(nameText: string): boolean {
  return /^\(?[a-z0-9]{1,2}\)?$/i.test(nameText);
}

export function readAppendix(sheet: SheetSnapshot, codes: Set<string>): AppendixSheet | null {
  const header = findHeader(sheet);
  if (!header) return null;
  const { columns } = header;
  const unit = labelledValue(sheet, "đơn vị báo cáo", header.row);
  const period = labelledValue(sheet, "kỳ báo cáo", header.row);
  const rows = new Map<string, IndicatorRow>();
  const duplicates: AppendixSheet["duplicates"] = [];
  const unknownCodes: AppendixSheet["unknownCodes"] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    if (r === header.row + 1 && isColumnNumbering(cellText(cellAt(sheet, r, columns.name)))) continue;
    const codeCell = cellAt(sheet, r, columns.code);
    const code = normalizeCode(codeCell);
    if (code === null) continue;
    const address = a1(r, columns.value);
    if (!codes.has(code)) {
      unknownCodes.push({ code: cellText(codeCell), address: a1(r, columns.code) });
      continue;
    }
    const first = rows.get(code);
    if (first) {
      duplicates.push({ code, address: a1(r, columns.code), first: first.address });
      continue;
    }
    rows.set(code, {
      code,
      row: r,
      address,
      cell: cellAt(sheet, r, columns.value),
      nameText: tidy(cellText(cellAt(sheet, r, columns.name))),
      unitText: columns.unit === null ? "" : tidy(cellText(cellAt(sheet, r, columns.unit))),
    });
  }
  return {
    sheet: sheet.name,
    headerRow: header.row,
    columns,
    unitName: unit.text,
    unitNameAddress: unit.address,
    period: period.text,
    periodAddress: period.address,
    rows,
    duplicates,
    unknownCodes,
  };
}

function generatedMarker(sheet: SheetSnapshot): string | null {
  for (const cell of sheet.rows[0] ?? []) {
    const t = cellText(cell);
    if (t.startsWith(GENERATED_MARKER)) return t;
  }
  return null;
}

function looksLikeAppendix(sheet: SheetSnapshot): boolean {
  const rows = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < HEADER_SCAN_COLS; c++) {
      const key = labelKey(cellText(cellAt(sheet, r, c)));
      if (key === "phụ lục" || key.startsWith("số liệu công tác phòng") || key === "đơn vị báo cáo" || key === "mã số") return true;
    }
  }
  return false;
}

export function isInfoSheet(sheet: SheetSnapshot): boolean {
  return fold(sheet.name) === fold(INFO_SHEET_NAME) || fold(cellText(cellAt(sheet, 0, 0))) === fold(INFO_SHEET_NAME);
}

export function classifySheet(sheet: SheetSnapshot, codes: Set<string>): SheetClass {
  const marker = generatedMarker(sheet);
  if (marker) return { kind: "generated", marker };
  if (isInfoSheet(sheet)) return { kind: "info" };
  const appendix = readAppendix(sheet, codes);
  if (appendix) return { kind: "appendix", appendix };
  return looksLikeAppendix(sheet) ? { kind: "no-header" } : { kind: "ignored" };
}
