/** A sheet laid out as a grid: its extent, and merged areas as a top-left cell spanning the others. */
import { parseA1 } from "../../core/address";
import type { SheetSnapshot } from "../../core/snapshot";

export interface Position {
  row: number;
  col: number;
}

export interface GridLayout {
  rows: number;
  cols: number;
  /** Rows and columns the cell spans: 1×1, or 0×0 when a merge covers it. */
  span(at: Position): { rows: number; cols: number };
  /** The cell a move from `from` by (dRow, dCol) lands on, skipping the rest of a merge; `from` at the edge. */
  step(from: Position, dRow: number, dCol: number): Position;
}

const key = (p: Position) => `${p.row},${p.col}`;

/** `include` (the cell to show) is inside the grid even when it lies past the sheet's used range. */
export function gridLayout(sheet: SheetSnapshot, include: Position | null): GridLayout {
  const merges = (sheet.merges ?? []).map((ref) => {
    const [a, b = a] = ref.split(":");
    return { top: parseA1(a), bottom: parseA1(b) };
  });
  const rows = Math.max(sheet.rows.length, (include?.row ?? -1) + 1, ...merges.map((m) => m.bottom.row + 1));
  const cols = Math.max(1, (include?.col ?? -1) + 1, ...sheet.rows.map((r) => r.length), ...merges.map((m) => m.bottom.col + 1));

  const spans = new Map<string, { rows: number; cols: number }>();
  const masters = new Map<string, Position>();
  for (const { top, bottom } of merges) {
    spans.set(key(top), { rows: bottom.row - top.row + 1, cols: bottom.col - top.col + 1 });
    for (let r = top.row; r <= bottom.row; r++) {
      for (let c = top.col; c <= bottom.col; c++) if (r !== top.row || c !== top.col) masters.set(key({ row: r, col: c }), top);
    }
  }
  const masterOf = (p: Position) => masters.get(key(p)) ?? p;

  return {
    rows,
    cols,
    span: (at) => (masters.has(key(at)) ? { rows: 0, cols: 0 } : (spans.get(key(at)) ?? { rows: 1, cols: 1 })),
    step(from, dRow, dCol) {
      const start = masterOf(from);
      let p = from;
      for (;;) {
        const next = { row: p.row + dRow, col: p.col + dCol };
        if (next.row < 0 || next.col < 0 || next.row >= rows || next.col >= cols) return start;
        const m = masterOf(next);
        if (m.row !== start.row || m.col !== start.col) return m;
        p = next;
      }
    },
  };
}
