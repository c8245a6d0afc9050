/**
 * One look at a worksheet's raw XML bytes, for what ExcelJS cannot do itself: the cells it misreads (ISO dates,
 * formulas whose result is the empty string) and the formatted empty cells past the data that would make it
 * build millions of objects.
 */

export interface IsoDateCell {
  address: string;
  /** The stored ISO 8601 text, e.g. "2023-04-05" or "2023-04-05T10:30:00". */
  text: string;
}

export interface SheetXmlScan {
  /** `<c t="d">` cells: ExcelJS reads "2023-04-05" as the number 2023. */
  isoDates: IsoDateCell[];
  /** Formulas stored with an empty string result (`t="str"`, empty `<v>`): ExcelJS reads them as having none. */
  emptyTextResults: string[];
  /** Cells ExcelJS will build from the XML it is given. */
  cells: number;
  /**
   * The XML without the empty cells and rows past the data, and with whole-column validations cut to the data,
   * or null when there is nothing of that size.
   */
  trimmed: Uint8Array | null;
}

/** A data validation over more cells than this (a whole column: ExcelJS keeps one entry per cell) is cut to the data. */
const VALIDATION_CELLS = 10_000;
const VALIDATION = /<dataValidation\s[^>]*?sqref="([^"]*)"/g;
const RANGE = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/;

function rangeCells(range: string): number {
  const m = RANGE.exec(range);
  if (!m) return 0;
  const rows = m[4] ? Number(m[4]) - Number(m[2]) + 1 : 1;
  const cols = m[3] ? columnOf(m[3]) - columnOf(m[1]) + 1 : 1;
  return Math.abs(rows) * Math.abs(cols);
}

function hasHugeValidation(xml: string): boolean {
  for (const m of xml.matchAll(VALIDATION)) if (m[1].split(" ").some((r) => rangeCells(r) > VALIDATION_CELLS)) return true;
  return false;
}

/** The sheet's tail (after `</sheetData>`) with every huge validation range ending at `lastRow`, or null if none is huge. */
function clampValidations(tail: string, lastRow: number): string | null {
  let clamped = false;
  const out = tail.replace(VALIDATION, (tag: string, sqref: string) => {
    const ranges = sqref.split(" ").map((r) => {
      const m = RANGE.exec(r);
      if (!m || !m[3] || rangeCells(r) <= VALIDATION_CELLS) return r;
      clamped = true;
      const top = Number(m[2]);
      return `${m[1]}${top}:${m[3]}${Math.max(top, Math.min(Number(m[4]), lastRow))}`;
    });
    return tag.replace(`sqref="${sqref}"`, `sqref="${ranges.join(" ")}"`);
  });
  return clamped ? out : null;
}

/** Below this many empty rows and cells past the data a sheet is read as it is. */
const EXCESS_TO_TRIM = 10_000;
const WINDOW = 1 << 20;
/** XML this small holds too few cells to be worth trimming. */
const SMALL_SHEET = 1 << 20;
const TAG = /<(\/?)(row|c|f|v|is|sheetData)(?=[\s/>])([^>]*)>/g;

// windows-1252 maps every byte to one UTF-16 unit, so string offsets are byte offsets; markup is ASCII.
let latin1: TextDecoder | null = null;
/** Created on first use: test environments install `TextDecoder` only after importing this module. */
function oneCharPerByte(): TextDecoder {
  latin1 ??= new TextDecoder("latin1");
  return latin1;
}

interface Tag {
  closing: boolean;
  name: string;
  attrs: string;
  selfClosing: boolean;
  start: number;
  end: number;
  /** For `<v>`: its text (up to the next tag). */
  text: string;
}

/** Calls `onTag` for each tag of interest in bytes[from, to), in order, decoding a window at a time. */
function eachTag(bytes: Uint8Array, from: number, to: number, onTag: (tag: Tag) => void): void {
  let base = from;
  let size = WINDOW;
  while (base < to) {
    const end = Math.min(to, base + size);
    const text = oneCharPerByte().decode(bytes.subarray(base, end));
    // Tags never contain "<", so every tag that starts before the window's last "<" ends inside it.
    const limit = end === to ? text.length : text.lastIndexOf("<");
    if (limit <= 0) {
      size *= 2;
      continue;
    }
    size = WINDOW;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m && m.index < limit; m = TAG.exec(text)) {
      const attrs = m[3];
      const tagEnd = m.index + m[0].length;
      let value = "";
      if (m[2] === "v" && !m[1]) {
        const next = text.indexOf("<", tagEnd);
        value = text.slice(tagEnd, next < 0 ? text.length : next);
      }
      onTag({
        closing: m[1] === "/",
        name: m[2],
        attrs,
        selfClosing: attrs.endsWith("/"),
        start: base + m.index,
        end: base + tagEnd,
        text: value,
      });
    }
    base += limit;
  }
}

function attr(attrs: string, name: string): string | null {
  const at = attrs.indexOf(` ${name}="`);
  if (at < 0) return null;
  const from = at + name.length + 3;
  return attrs.slice(from, attrs.indexOf('"', from));
}

/** 1-based column of an A1 reference ("AB12" → 28), or 0 when it has none. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  return col;
}

/** Growable columns of 32-bit integers, one row of the sheet per index (offsets stay far below 2 GB). */
class RowTable {
  length = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  maxCol = new Int32Array(1024);
  cells = new Int32Array(1024);

  push(start: number): number {
    if (this.length === this.start.length) {
      for (const key of ["start", "end", "maxCol", "cells"] as const) {
        const grown = new Int32Array(this.length * 2);
        grown.set(this[key]);
        this[key] = grown;
      }
    }
    this.start[this.length] = start;
    return this.length++;
  }
}

export function scanSheetXml(bytes: Uint8Array): SheetXmlScan {
  if (bytes.length <= SMALL_SHEET) {
    // Most sheets: nothing ExcelJS misreads, and too few cells to trim; counting them is enough.
    const xml = oneCharPerByte().decode(bytes);
    if (!/\st="(d|str)"/.test(xml) && !hasHugeValidation(xml)) {
      return { isoDates: [], emptyTextResults: [], cells: xml.match(/<c[\s/>]/g)?.length ?? 0, trimmed: null };
    }
  }
  const isoDates: IsoDateCell[] = [];
  const emptyTextResults: string[] = [];
  const rows = new RowTable();
  let sheetDataEnd = -1;
  let lastDataRow = -1;
  let lastDataCol = 0;
  let lastDataRowNumber = 1;
  let totalCells = 0;

  let row = -1;
  let col = 0;
  let cell: { address: string; type: string | null; formula: boolean; value: string | null; data: boolean } | null = null;

  const endCell = () => {
    if (!cell) return;
    if (cell.data) {
      lastDataRow = row;
      const number = Number(/\d+$/.exec(cell.address)?.[0] ?? 0);
      if (number > lastDataRowNumber) lastDataRowNumber = number;
      if (col > lastDataCol) lastDataCol = col;
      if (cell.type === "d" && cell.value) isoDates.push({ address: cell.address, text: cell.value });
      if (cell.type === "str" && cell.formula && cell.value === "") emptyTextResults.push(cell.address);
    }
    cell = null;
  };

  eachTag(bytes, 0, bytes.length, (tag) => {
    switch (tag.name) {
      case "sheetData":
        if (tag.closing) sheetDataEnd = tag.start;
        break;
      case "row":
        if (tag.closing) {
          rows.end[row] = tag.end;
        } else {
          row = rows.push(tag.start);
          col = 0;
          if (tag.selfClosing) rows.end[row] = tag.end;
        }
        break;
      case "c":
        if (tag.closing) {
          endCell();
          break;
        }
        endCell();
        {
          const ref = attr(tag.attrs, "r");
          col = ref ? columnOf(ref) : col + 1;
          cell = { address: ref ?? "", type: attr(tag.attrs, "t"), formula: false, value: null, data: false };
          rows.cells[row]++;
          rows.maxCol[row] = Math.max(rows.maxCol[row], col);
          totalCells++;
          if (tag.selfClosing) endCell();
        }
        break;
      case "f":
        if (cell && !tag.closing) cell.formula = cell.data = true;
        break;
      case "v":
        if (cell && !tag.closing) {
          cell.value = tag.selfClosing ? "" : tag.text;
          if (cell.value !== "") cell.data = true;
        }
        break;
      case "is":
        if (cell && !tag.closing) cell.data = true;
        break;
    }
  });

  let excess = 0;
  for (let r = lastDataRow + 1; r < rows.length; r++) excess += 1 + rows.cells[r];
  for (let r = 0; r <= lastDataRow; r++) excess += Math.min(rows.cells[r], Math.max(0, rows.maxCol[r] - lastDataCol));
  const tail = sheetDataEnd < 0 ? null : clampValidations(new TextDecoder().decode(bytes.subarray(sheetDataEnd)), lastDataRowNumber);
  if (excess <= EXCESS_TO_TRIM || sheetDataEnd < 0) {
    const trimmed = tail === null ? null : join([bytes.subarray(0, sheetDataEnd), new TextEncoder().encode(tail)]);
    return { isoDates, emptyTextResults, cells: totalCells, trimmed };
  }

  // Keep everything up to the last row holding data, minus its empty cells right of the last column holding data.
  const pieces: Uint8Array[] = [];
  let kept = 0;
  let from = 0;
  const keep = (to: number) => {
    if (to > from) pieces.push(bytes.subarray(from, to));
  };
  for (let r = 0; r <= lastDataRow; r++) {
    if (rows.maxCol[r] <= lastDataCol) {
      kept += rows.cells[r];
      continue;
    }
    let c = 0;
    let cellStart = -1;
    let cellData = false;
    eachTag(bytes, rows.start[r], rows.end[r], (tag) => {
      if (tag.name === "c" && !tag.closing) {
        const ref = attr(tag.attrs, "r");
        c = ref ? columnOf(ref) : c + 1;
        cellStart = tag.start;
        cellData = false;
      } else if ((tag.name === "f" || tag.name === "is") && !tag.closing) {
        cellData = true;
      } else if (tag.name === "v" && !tag.closing && !tag.selfClosing && tag.text !== "") {
        cellData = true;
      }
      if (tag.name !== "c" || !(tag.closing || tag.selfClosing) || cellStart < 0) return;
      if (c > lastDataCol && !cellData) {
        keep(cellStart);
        from = tag.end;
      } else kept++;
      cellStart = -1;
    });
  }
  keep(lastDataRow >= 0 ? rows.end[lastDataRow] : rows.start[0]);
  from = sheetDataEnd;
  if (tail === null) keep(bytes.length);
  else pieces.push(new TextEncoder().encode(tail));
  return { isoDates, emptyTextResults, cells: kept, trimmed: join(pieces) };
}

function join(pieces: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
