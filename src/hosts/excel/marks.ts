/**
 * The record of marked cells, kept in a very hidden sheet so "Xóa đánh dấu" can give every cell back its
 * earlier fill and note even after the workbook was closed and reopened.
 */
import { GENERATED_MARKER } from "../../core/reader";

export const MARKS_SHEET = "_tonghop_marks";
const MARKER = `${GENERATED_MARKER}:marks`;
const HEADER = [MARKER, "Ô", "Kiểu tô", "Màu tô", "Màu mẫu", "Có ghi chú", "Ghi chú cũ"];

/** A cell's fill before it was marked; pattern "None" means no fill. */
export interface PriorFill {
  pattern: string;
  color: string;
  patternColor: string;
}

export interface Mark {
  sheet: string;
  cell: string;
  fill: PriorFill;
  /** The note the cell had before (null: none). */
  note: string | null;
}

export function markKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export function encodeMarks(marks: Mark[]): string[][] {
  return [
    HEADER,
    ...marks.map((m) => [m.sheet, m.cell, m.fill.pattern, m.fill.color, m.fill.patternColor, m.note === null ? "0" : "1", m.note ?? ""]),
  ];
}

/** Rows of the marks sheet's used range (from A1) → marks; rows that are not marks are skipped. */
export function decodeMarks(values: unknown[][]): Mark[] {
  if (String(values[0]?.[0] ?? "") !== MARKER) return [];
  const out: Mark[] = [];
  for (const row of values.slice(1)) {
    const [sheet, cell, pattern, color, patternColor, hadNote, note] = row.map((v) => String(v ?? ""));
    if (!sheet || !cell) continue;
    out.push({ sheet, cell, fill: { pattern: pattern || "None", color, patternColor }, note: hadNote === "1" ? note : null });
  }
  return out;
}
