/**
 * A used range as Office.js returns it → the host-neutral sheet snapshot, cell for cell what the xlsx
 * adapter reads from the same file: rows start at A1, each row ends at its last non-empty cell, and cells
 * covered by a merge (other than its top-left one) are present but blank.
 */
import { BLANK, CellSnapshot, SheetSnapshot } from "../../core/snapshot";
import { Box, parseBox } from "./addresses";

/** The four parallel grids loaded from one used range. */
export interface RangeGrid {
  /** Local address of the used range ("A1:F57"). */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

function scalar(type: string, value: unknown): Pick<CellSnapshot, "type" | "value"> {
  switch (type) {
    case "Double":
    case "Integer":
      return { type: "number", value: Number(value) };
    case "Boolean":
      return { type: "boolean", value: Boolean(value) };
    case "Error":
      return { type: "error", value: String(value) };
    case "Empty":
      return { type: "blank", value: null };
    default: {
      const text = String(value ?? "");
      return text === "" ? { type: "blank", value: null } : { type: "text", value: text };
    }
  }
}

function cellOf(grid: RangeGrid, r: number, c: number): CellSnapshot {
  const cell: CellSnapshot = { ...scalar(grid.valueTypes[r][c], grid.values[r][c]) };
  const f = grid.formulas[r][c];
  if (typeof f === "string" && f.startsWith("=")) cell.formula = f.slice(1);
  const fmt = grid.numberFormat[r][c];
  if (typeof fmt === "string" && fmt !== "" && fmt !== "General") cell.numberFormat = fmt;
  return cell;
}

function inBox(box: Box, r: number, c: number): boolean {
  return r >= box.top && r <= box.bottom && c >= box.left && c <= box.right;
}

export function sheetFromGrid(name: string, grid: RangeGrid | null, merges: string[] | undefined): SheetSnapshot {
  const used = grid ? parseBox(grid.address) : null;
  const mergeBoxes = (merges ?? []).map(parseBox);
  const lastRow = Math.max(used?.bottom ?? -1, ...mergeBoxes.map((m) => m.bottom));
  const lastCol = Math.max(used?.right ?? -1, ...mergeBoxes.map((m) => m.right));
  const rows: CellSnapshot[][] = [];
  for (let r = 0; r <= lastRow; r++) {
    const cells: CellSnapshot[] = [];
    for (let c = 0; c <= lastCol; c++) {
      const merge = mergeBoxes.find((m) => inBox(m, r, c));
      if (merge && (merge.top !== r || merge.left !== c)) {
        cells[c] = BLANK;
        continue;
      }
      if (!used || !inBox(used, r, c)) continue;
      const gr = r - used.top;
      const gc = c - used.left;
      if (grid!.valueTypes[gr][gc] === "Empty") continue;
      cells[c] = cellOf(grid!, gr, gc);
    }
    for (let c = 0; c < cells.length; c++) if (!cells[c]) cells[c] = BLANK;
    rows[r] = cells;
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const sheet: SheetSnapshot = { name, rows };
  if (merges) sheet.merges = merges.slice();
  return sheet;
}
