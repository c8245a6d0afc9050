/**
 * The workbook behind the Office.js fake: cells with value, type, formula, number format and fill; notes,
 * comments and merges per sheet; the add-in's settings; a log of every property written and every sync.
 */
import { columnLetters } from "../../../src/core/address";
import { Box, parseBox } from "../../../src/hosts/excel/addresses";
import type { DocumentSettings, ExcelEnv, Platform } from "../../../src/hosts/excel/env";

export type ValueType = "Empty" | "String" | "Double" | "Boolean" | "Error";

export interface Fill {
  pattern: string;
  color: string;
  patternColor: string;
}

export const NO_FILL: Fill = Object.freeze({ pattern: "None", color: "#FFFFFF", patternColor: "#000000" }) as Fill;

export interface FakeCell {
  value: string | number | boolean;
  type: ValueType;
  /** "=SUM(…)", or null for a constant. */
  formula: string | null;
  numberFormat: string;
  fill: Fill;
}

export interface FakeSheet {
  id: string;
  name: string;
  visibility: string;
  /** Writes to a protected sheet fail with AccessDenied, as in Excel. */
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  notes: Map<string, string>;
  comments: Map<string, string>;
}

export interface WriteRecord {
  sheet: string;
  address: string | null;
  property: string;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (row: number, col: number) => `${row},${col}`;

/** Office keeps settings as JSON. */
const json = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/**
 * Office.context.document.settings: loaded with the document, changed in memory by set/remove, written into
 * the workbook (`saved`) only by saveAsync, whose failure is Office's error object (a numeric code).
 */
export class FakeSettings implements DocumentSettings {
  private readonly bag: Map<string, unknown>;
  saves = 0;
  /** The next saveAsync fails with this, as Office reports it. */
  failNextSave: { code: number; name: string; message: string } | null = null;

  constructor(public saved: Record<string, unknown> = {}) {
    this.bag = new Map(Object.entries(json(saved)));
  }

  get(name: string): unknown {
    return this.bag.has(name) ? json(this.bag.get(name)) : null;
  }

  set(name: string, value: unknown): void {
    this.bag.set(name, json(value));
  }

  remove(name: string): void {
    this.bag.delete(name);
  }

  async save(): Promise<void> {
    this.saves++;
    const failure = this.failNextSave;
    this.failNextSave = null;
    if (failure) throw failure;
    this.saved = json(Object.fromEntries(this.bag));
  }
}

export function emptyCell(): FakeCell {
  return { value: "", type: "Empty", formula: null, numberFormat: "General", fill: { ...NO_FILL } };
}

export function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  let c = sheet.cells.get(key(row, col));
  if (!c) {
    c = emptyCell();
    sheet.cells.set(key(row, col), c);
  }
  return c;
}

export function forEachCell(box: Box, f: (row: number, col: number, r: number, c: number) => void): void {
  for (let row = box.top; row <= box.bottom; row++) {
    for (let col = box.left; col <= box.right; col++) f(row, col, row - box.top, col - box.left);
  }
}

/** Inserting whole rows: cells at `from` and below move down `count` rows. */
export function shiftRows(sheet: FakeSheet, from: number, count: number): void {
  const moved = new Map<string, FakeCell>();
  for (const [k, cell] of sheet.cells) {
    const [row, col] = k.split(",").map(Number);
    moved.set(row >= from ? key(row + count, col) : k, cell);
  }
  sheet.cells = moved;
}

/** A box for addresses naming cells ("E9", "A1:F57"); null for whole rows, columns or sheets. */
export function cellBox(local: string | null): Box | null {
  if (!local || !/^\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?$/.test(local)) return null;
  return parseBox(local);
}

/** The smallest box holding every non-empty value: Excel's used range with valuesOnly. */
export function usedBox(sheet: FakeSheet): Box | null {
  let box: Box | null = null;
  for (const [k, cell] of sheet.cells) {
    if (cell.type === "Empty") continue;
    const [row, col] = k.split(",").map(Number);
    box = box
      ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return box;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A value as Excel stores it when typed or assigned. */
export function typedInput(cell: FakeCell, input: unknown, asFormula: boolean): void {
  if (input === null || input === undefined) return;
  cell.formula = null;
  if (asFormula && typeof input === "string" && input.startsWith("=")) {
    cell.formula = input;
    cell.value = "";
    cell.type = "String";
  } else if (typeof input === "number") {
    cell.value = input;
    cell.type = "Double";
  } else if (typeof input === "boolean") {
    cell.value = input;
    cell.type = "Boolean";
  } else {
    const text = String(input);
    cell.value = cell.numberFormat === "@" ? text : text.replace(/^'/, "");
    cell.type = text === "" ? "Empty" : "String";
  }
}

function versionNumber(v: string): number {
  const [major, minor] = v.split(".").map(Number);
  return major * 1000 + minor;
}

export interface FakeOptions {
  /** Highest ExcelApi set the fake Excel supports (default 1.18: notes). */
  api?: string;
  platform?: Platform;
  /** Fails a sync whose loaded data exceeds this many bytes, like Excel on the web's 5 MB cap. */
  payloadLimit?: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  readonly writes: WriteRecord[] = [];
  syncs = 0;
  /** Syncs that ran with API calculation suspended. */
  suspendedSyncs = 0;
  runs = 0;
  bytesRead = 0;
  /** JSON size of every value assigned: what a write batch sends. */
  bytesWritten = 0;
  active: string | null = null;
  /** The add-in's settings as the add-in sees them this session. */
  settings = new FakeSettings();
  selection: { sheet: string; address: string } | null = null;
  /** Worksheets insertWorksheetsFromBase64 produces, by the base64 text given. */
  readonly insertable = new Map<string, FakeSheet[]>();
  private nextId = 1;

  constructor(public options: FakeOptions = {}) {}

  newSheet(name: string): FakeSheet {
    return {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      merges: [],
      notes: new Map(),
      comments: new Map(),
    };
  }

  addSheet(sheet: FakeSheet): FakeSheet {
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.options.api ?? "1.18");
  }

  resetCounters(): void {
    this.syncs = 0;
    this.suspendedSyncs = 0;
    this.runs = 0;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.writes.length = 0;
  }

  env(run: ExcelEnv["run"]): ExcelEnv {
    return { run, settings: this.settings, supports: (v) => this.supports(v), platform: this.options.platform ?? "windows" };
  }

  /** The workbook saved, closed and opened again: the add-in starts over with the settings the file holds. */
  reopen(): void {
    this.settings = new FakeSettings(this.settings.saved);
  }

  /** Address of a cell as Excel reports it: "'P. Ngã Bảy'!E9". */
  qualified(sheet: FakeSheet, local: string): string {
    return `${quoteSheet(sheet.name)}!${local}`;
  }
}

export function columnRange(from: number, to: number): string {
  return `${columnLetters(from)}:${columnLetters(to)}`;
}
