/** Reading appendix sheets (form §2) and the info sheet (form §6) from snapshots. */
import { a1 } from "./address";
import type { FormDef } from "./form";
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
  | { kind: "appendix"; appendix: AppendixSheet; form: FormDef }
  /** A sheet with the appendix header whose title and codes match none of the forms in use. */
  | { kind: "unknown-form"; title: string | null }
  | { kind: "info" }
  | { kind: "generated"; marker: string }
  | { kind: "no-header" }
  | { kind: "ignored" };

const HEADER_LABELS = { code: "mã số", name: "chỉ tiêu", value: "số liệu", unit: "đơn vị tính", stt: "stt", note: "ghi chú" };

function findHeader(sheet: SheetSnapshot): Header | null {
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

type Header = { row: number; columns: AppendixColumns };

function readAppendix(sheet: SheetSnapshot, header: Header, codes: Set<string>): AppendixSheet {
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

/** Every code the sheet's Mã số column holds, whatever the form. */
function codesOnSheet(sheet: SheetSnapshot, header: Header): Set<string> {
  const out = new Set<string>();
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const code = normalizeCode(cellAt(sheet, r, header.columns.code));
    if (code !== null) out.add(code);
  }
  return out;
}

/** The texts above the header (title, unit, period rows), folded. */
function textsAbove(sheet: SheetSnapshot, headerRow: number): { text: string; key: string }[] {
  const out: { text: string; key: string }[] = [];
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < HEADER_SCAN_COLS; c++) {
      const text = tidy(cellText(cellAt(sheet, r, c)));
      if (text) out.push({ text, key: fold(text) });
    }
  }
  return out;
}

/** Share of codes two sets have in common (Jaccard): 1 for the same codes, 0 for none. */
function overlap(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

const MIN_OVERLAP = 0.5;

/**
 * The form a sheet is an appendix of: among the forms whose title the sheet prints (compared folded),
 * the one sharing the most codes; failing a title, the form sharing at least half the codes.
 */
function matchHeader(sheet: SheetSnapshot, header: Header, forms: FormDef[]): FormDef | { title: string | null } {
  const codes = codesOnSheet(sheet, header);
  const texts = textsAbove(sheet, header.row);
  const scored = forms.map((form) => ({
    form,
    titled: texts.some((t) => t.key.startsWith(fold(form.title))),
    overlap: overlap(codes, new Set(form.indicators.map((i) => i.code))),
  }));
  const best = (list: typeof scored) => list.reduce((a, b) => (b.overlap > a.overlap ? b : a));
  const titled = scored.filter((s) => s.titled);
  if (titled.length > 0) return best(titled).form;
  if (scored.length > 0) {
    const top = best(scored);
    if (top.overlap >= MIN_OVERLAP) return top.form;
    // A bare header without a title or codes: the only form there is, so its rows are reported missing.
    if (forms.length === 1 && codes.size === 0 && !texts.some((t) => t.key.startsWith("số liệu"))) return forms[0];
  }
  return { title: texts.find((t) => t.key.startsWith("số liệu"))?.text ?? null };
}

function generatedMarker(sheet: SheetSnapshot): string | null {
  for (const cell of sheet.rows[0] ?? []) {
    const t = cellText(cell);
    if (t.startsWith(GENERATED_MARKER)) return t;
  }
  return null;
}

function looksLikeAppendix(sheet: SheetSnapshot, forms: FormDef[]): boolean {
  const titles = forms.map((f) => fold(f.title));
  const rows = Math.min(sheet.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < HEADER_SCAN_COLS; c++) {
      const key = labelKey(cellText(cellAt(sheet, r, c)));
      if (key === "phụ lục" || key === "đơn vị báo cáo" || key === "mã số") return true;
      if (titles.some((t) => key.startsWith(t))) return true;
    }
  }
  return false;
}

export function isInfoSheet(sheet: SheetSnapshot): boolean {
  return fold(sheet.name) === fold(INFO_SHEET_NAME) || fold(cellText(cellAt(sheet, 0, 0))) === fold(INFO_SHEET_NAME);
}

/** What a sheet is among `forms`: an appendix of one of them, the info sheet, a generated sheet… */
export function classifySheet(sheet: SheetSnapshot, forms: FormDef[]): SheetClass {
  const marker = generatedMarker(sheet);
  if (marker) return { kind: "generated", marker };
  if (isInfoSheet(sheet)) return { kind: "info" };
  const header = findHeader(sheet);
  if (!header) return looksLikeAppendix(sheet, forms) ? { kind: "no-header" } : { kind: "ignored" };
  const m = matchHeader(sheet, header, forms);
  if (!("indicators" in m)) return { kind: "unknown-form", title: m.title };
  return { kind: "appendix", appendix: readAppendix(sheet, header, new Set(m.indicators.map((i) => i.code))), form: m };
}
