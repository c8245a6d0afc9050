/**
 * The pure half of writing a SheetPlan through Office.js: the 2-D blocks to assign, cells grouped by
 * format into as few rectangles as possible, sizes converted, and where each generated sheet goes.
 */
import { a1, columnLetters, parseA1 } from "../../core/address";
import type { PlanCell, SheetPlan } from "../../core/workbook-plan/types";
import { Box, boxAddress } from "./addresses";

export interface CellStyle {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: PlanCell["horizontal"];
  vertical?: PlanCell["vertical"];
  wrap?: boolean;
  border?: boolean;
}

export interface StyleGroup {
  style: CellStyle;
  /** Comma-joined local addresses, each list short enough for one getRanges call. */
  addressLists: string[];
}

export interface Blocks {
  box: Box;
  formulas: (string | number | boolean | null)[][];
  numberFormat: string[][];
}

const MAX_ADDRESS_LIST = 1000;

/** Text Excel would turn into something else when assigned (a formula, a number, a date, a boolean). */
function coercible(text: string): boolean {
  return /^[=+\-@']/.test(text) || /^[\d\s.,/:%()$]+$/.test(text) || /^(true|false)$/i.test(text);
}

function inputOf(cell: PlanCell): string | number | boolean | null {
  if (cell.formula !== undefined && !cell.link) return `=${cell.formula}`;
  const v = cell.link ? String(cell.value ?? cell.link.address) : cell.value;
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") return v;
  // A leading apostrophe keeps text as typed and is not part of the value.
  return cell.numberFormat !== "@" && coercible(v) ? `'${v}` : v;
}

/** Plan cells plus the marker, positioned. */
function allCells(plan: SheetPlan): { cell: PlanCell; row: number; col: number }[] {
  const cells = [...plan.cells, { address: plan.markerAddress, value: plan.marker }];
  return cells.map((cell) => ({ cell, ...parseA1(cell.address) }));
}

/** One formulas block and one number-format block over the cells' bounding box; gaps are null (left as is). */
export function blocksOf(plan: SheetPlan): Blocks {
  const cells = allCells(plan);
  const box: Box = {
    top: Math.min(...cells.map((c) => c.row)),
    left: Math.min(...cells.map((c) => c.col)),
    bottom: Math.max(...cells.map((c) => c.row)),
    right: Math.max(...cells.map((c) => c.col)),
  };
  const height = box.bottom - box.top + 1;
  const width = box.right - box.left + 1;
  const formulas = Array.from({ length: height }, () => Array<string | number | boolean | null>(width).fill(null));
  const numberFormat = Array.from({ length: height }, () => Array<string>(width).fill("General"));
  for (const { cell, row, col } of cells) {
    formulas[row - box.top][col - box.left] = inputOf(cell);
    if (cell.numberFormat) numberFormat[row - box.top][col - box.left] = cell.numberFormat;
  }
  return { box, formulas, numberFormat };
}

function styleOf(cell: PlanCell, font: SheetPlan["font"]): CellStyle {
  const style: CellStyle = {
    fontName: font?.name,
    fontSize: cell.fontSize ?? font?.size,
    bold: cell.bold,
    italic: cell.italic,
    underline: cell.underline,
    fontColor: cell.fontColor,
    fill: cell.fill,
    horizontal: cell.horizontal,
    vertical: cell.vertical,
    wrap: cell.wrap,
    border: cell.border,
  };
  for (const k of Object.keys(style) as (keyof CellStyle)[]) if (style[k] === undefined || style[k] === false) delete style[k];
  return style;
}

/** Cells → maximal row runs, then runs stacked into rectangles when consecutive rows span the same columns. */
export function rectangles(points: { row: number; col: number }[]): Box[] {
  const byRow = new Map<number, number[]>();
  for (const p of points) byRow.set(p.row, [...(byRow.get(p.row) ?? []), p.col]);
  const open = new Map<string, Box>();
  const done: Box[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const next = new Map<string, Box>();
    for (const [left, right] of runs) {
      const key = `${left}:${right}`;
      const box = open.get(key);
      if (box && box.bottom === row - 1) {
        box.bottom = row;
        open.delete(key);
        next.set(key, box);
      } else next.set(key, { top: row, left, bottom: row, right });
    }
    done.push(...open.values());
    open.clear();
    for (const [k, b] of next) open.set(k, b);
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

function addressLists(boxes: Box[]): string[] {
  const lists: string[] = [];
  let current = "";
  for (const b of boxes) {
    const address = boxAddress(b);
    if (current && current.length + address.length + 1 > MAX_ADDRESS_LIST) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

export function styleGroups(plan: SheetPlan): StyleGroup[] {
  const groups = new Map<string, { style: CellStyle; points: { row: number; col: number }[] }>();
  for (const { cell, row, col } of allCells(plan)) {
    const style = styleOf(cell, plan.font);
    if (Object.keys(style).length === 0) continue;
    const key = JSON.stringify(style);
    const g = groups.get(key) ?? { style, points: [] };
    g.points.push({ row, col });
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ style: g.style, addressLists: addressLists(rectangles(g.points)) }));
}

/** Excel character units (the plan's widths) → points (Office.js): 7 px a character plus 5 px padding. */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive columns of equal width as one "C:AB" range. */
export function columnRuns(widths: { col: number; width: number }[]): { address: string; points: number }[] {
  const sorted = [...widths].sort((a, b) => a.col - b.col);
  const runs: { from: number; to: number; width: number }[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === w.col - 1 && last.width === w.width) last.to = w.col;
    else runs.push({ from: w.col, to: w.col, width: w.width });
  }
  return runs.map((r) => ({ address: `${columnLetters(r.from)}:${columnLetters(r.to)}`, points: widthInPoints(r.width) }));
}

/** The frozen top-left block as Office.js wants it. */
export function frozenRange(frozen: NonNullable<SheetPlan["frozen"]>): string {
  return `A1:${a1(Math.max(frozen.rows, 1) - 1, Math.max(frozen.columns, 1) - 1)}`;
}

/**
 * Tab positions of the generated sheets: each takes the place of the first sheet it replaces, the others go
 * to the end. `order` is the workbook's sheets in tab order before the write. Null: leave where `add` puts it.
 */
export function positionsOf(plans: Pick<SheetPlan, "name" | "replaces">[], order: string[]): (number | null)[] {
  const replaced = new Set(plans.flatMap((p) => p.replaces ?? []));
  const slot = new Map<string, number>();
  plans.forEach((p, i) => {
    const first = order.find((name) => (p.replaces ?? []).includes(name));
    if (first !== undefined) slot.set(first, i);
  });
  const final: (string | number)[] = [];
  for (const name of order) {
    if (slot.has(name)) final.push(slot.get(name)!);
    else if (!replaced.has(name)) final.push(name);
  }
  return plans.map((_, i) => {
    const at = final.indexOf(i);
    return at >= 0 ? at : null;
  });
}
