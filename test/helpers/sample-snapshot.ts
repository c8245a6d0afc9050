/**
 * The in-memory twin of `sample-workbook.ts`, with the same names and API so the engine tests only change
 * their import: the sample files are read once per test file through the xlsx host, then every book is a
 * deep copy edited cell by cell — no .xlsx bytes are written or read per case.
 * `test/xlsx/engine-roundtrip.test.ts` keeps the real bytes covered.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { a1, parseA1 } from "../../src/core/address";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks, ValidationResult } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { CITY_FILE, LabelName, SheetLayout, SHEETS, UNIT_DIR, UNIT_FILES } from "./sample-workbook";
import { AppendixLayout, wardSheet } from "./snapshot-builder";

type Scalar = number | string | boolean | null | { error: string };

/** A cell's value as ExcelJS spells it, so edits read the same as in `SampleWorkbook`. */
export type CellValue = Scalar | { formula: string; result?: Scalar };

/** What the xlsx host reads back from a cell holding `v`; the cell's number format stays, as a style does. */
function toCell(v: CellValue, numberFormat?: string): CellSnapshot {
  const format = numberFormat ? { numberFormat } : {};
  if (v === null || v === "") return { type: "blank", value: null };
  if (typeof v === "number") return { type: "number", value: v, ...format };
  if (typeof v === "string") return { type: "text", value: v, ...format };
  if (typeof v === "boolean") return { type: "boolean", value: v, ...format };
  if ("error" in v) return { type: "error", value: v.error, ...format };
  if (v.result === undefined || v.result === null) return { type: "blank", value: null, formula: v.formula, noResult: true, ...format };
  // A formula's result "" is a value, unlike a stored "".
  const result = v.result === "" ? { type: "text" as const, value: "" } : toCell(v.result);
  return { ...result, formula: v.formula, ...format };
}

function toValue(c: CellSnapshot): CellValue {
  const scalar: Scalar = c.type === "blank" ? null : c.type === "error" ? { error: String(c.value) } : c.value;
  if (c.formula === undefined) return scalar;
  return c.noResult ? { formula: c.formula } : { formula: c.formula, result: scalar };
}

function text(c: CellSnapshot): string {
  if (c.type === "blank" || c.value === null) return "";
  return String(c.value).normalize("NFC").replace(/\s+/g, " ").trim();
}

function codeOf(c: CellSnapshot): string | null {
  const t = text(c);
  return /^\d{1,3}$/.test(t) ? String(Number(t)).padStart(2, "0") : null;
}

/** One cell of a sheet, 1-based like ExcelJS; `value` reads and writes through the snapshot. */
export class CellRef {
  constructor(
    private readonly sheet: SheetSnapshot,
    readonly row: number,
    readonly col: number,
  ) {}

  get address(): string {
    return a1(this.row - 1, this.col - 1);
  }

  get snapshot(): CellSnapshot {
    return this.sheet.rows[this.row - 1]?.[this.col - 1] ?? { type: "blank", value: null };
  }

  get value(): CellValue {
    return toValue(this.snapshot);
  }

  set value(v: CellValue) {
    const rows = this.sheet.rows;
    while (rows.length < this.row) rows.push([]);
    const cells = rows[this.row - 1];
    while (cells.length < this.col) cells.push({ type: "blank", value: null });
    cells[this.col - 1] = toCell(v, this.snapshot.numberFormat);
  }
}

/** The part of ExcelJS's worksheet the engine tests use, over a sheet snapshot. */
export class SheetRef {
  constructor(readonly snapshot: SheetSnapshot) {}

  get name(): string {
    return this.snapshot.name;
  }

  get rowCount(): number {
    return this.snapshot.rows.length;
  }

  getCell(rowOrAddress: number | string, col?: number): CellRef {
    if (typeof rowOrAddress === "number") return new CellRef(this.snapshot, rowOrAddress, col!);
    const at = parseA1(rowOrAddress);
    return new CellRef(this.snapshot, at.row + 1, at.col + 1);
  }

  /** Removes `count` rows at `start` (1-based) and inserts one row per `inserts` array. */
  spliceRows(start: number, count: number, ...inserts: CellValue[][]): this {
    this.snapshot.rows.splice(start - 1, count, ...inserts.map((values) => values.map((v) => toCell(v))));
    return this;
  }

  /** Removes `count` columns at `start` (1-based) and inserts one column per `inserts` array. */
  spliceColumns(start: number, count: number, ...inserts: CellValue[][]): this {
    this.snapshot.rows.forEach((cells, r) => {
      if (cells.length < start) return;
      cells.splice(start - 1, count, ...inserts.map((values) => toCell(values[r] ?? null)));
    });
    return this;
  }
}

const loaded = new Map<string, Promise<WorkbookSnapshot>>();

function read(path: string): Promise<WorkbookSnapshot> {
  let snap = loaded.get(path);
  if (!snap) {
    snap = readWorkbookSnapshot(readFileSync(path), basename(path));
    loaded.set(path, snap);
  }
  return snap;
}

export class SampleWorkbook {
  private constructor(
    readonly snapshot: WorkbookSnapshot,
    public file: string,
  ) {}

  static async load(path: string, file = basename(path)): Promise<SampleWorkbook> {
    return new SampleWorkbook(structuredClone(await read(path)), file);
  }

  /** The city workbook: info sheet + 7 unit sheets. */
  static city(): Promise<SampleWorkbook> {
    return SampleWorkbook.load(CITY_FILE);
  }

  /** One unit's file from `don-vi/`, e.g. "phuong-hiep-loi.xlsx". */
  static unit(file: string): Promise<SampleWorkbook> {
    return SampleWorkbook.load(join(UNIT_DIR, file));
  }

  static async allUnits(): Promise<SampleWorkbook[]> {
    return Promise.all(UNIT_FILES.map((f) => SampleWorkbook.load(f)));
  }

  /** A sheet by name; without a name, the first sheet (a ward file's only sheet). */
  sheet(name?: string): SheetRef {
    const ws = name === undefined ? this.snapshot.sheets[0] : this.snapshot.sheets.find((s) => s.name === name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return new SheetRef(ws);
  }

  addSheet(name: string): SheetRef {
    const ws: SheetSnapshot = { name, rows: [], merges: [] };
    this.snapshot.sheets.push(ws);
    return new SheetRef(ws);
  }

  layout(sheet?: string): SheetLayout {
    const ws = this.sheet(sheet).snapshot;
    for (let r = 1; r <= 20; r++) {
      const cols: Record<string, number> = {};
      (ws.rows[r - 1] ?? []).forEach((c, i) => {
        if (c.type !== "blank") cols[text(c).toLowerCase()] = i + 1;
      });
      if (cols["mã số"] && cols["chỉ tiêu"] && cols["số liệu"]) {
        return { headerRow: r, codeCol: cols["mã số"], nameCol: cols["chỉ tiêu"], valueCol: cols["số liệu"] };
      }
    }
    throw new Error(`no header on ${ws.name}`);
  }

  rowOf(sheet: string | undefined, code: string): number {
    const ws = this.sheet(sheet);
    const { headerRow, codeCol, nameCol } = this.layout(sheet);
    for (let r = headerRow + 1; r <= ws.rowCount; r++) {
      // Skip the column-numbering row under the header ("A B C D 1 2").
      if (r === headerRow + 1 && text(ws.getCell(r, nameCol).snapshot).length <= 2) continue;
      if (codeOf(ws.getCell(r, codeCol).snapshot) === code) return r;
    }
    throw new Error(`no row ${code} on ${ws.name}`);
  }

  /** A1 address of an indicator's value cell. */
  address(sheet: string | undefined, code: string): string {
    return this.valueCell(sheet, code).address;
  }

  valueCell(sheet: string | undefined, code: string): CellRef {
    return this.sheet(sheet).getCell(this.rowOf(sheet, code), this.layout(sheet).valueCol);
  }

  value(sheet: string | undefined, code: string): CellValue {
    return this.valueCell(sheet, code).value;
  }

  /** Sets an indicator's value; `null` blanks the cell. */
  setValue(sheet: string | undefined, code: string, value: CellValue): this {
    this.valueCell(sheet, code).value = value;
    return this;
  }

  setValues(sheet: string | undefined, values: Record<string, CellValue>): this {
    for (const [code, v] of Object.entries(values)) this.setValue(sheet, code, v);
    return this;
  }

  /** Every indicator's value on a sheet, by code. */
  values(sheet?: string): Record<string, CellValue> {
    const out: Record<string, CellValue> = {};
    for (const ind of phuLucPcmd.indicators) out[ind.code] = this.value(sheet, ind.code);
    return out;
  }

  /** The cell holding the value of "Đơn vị báo cáo" / "Kỳ báo cáo" (the sample writes it in column C). */
  labelCell(sheet: string | undefined, label: LabelName): CellRef {
    const ws = this.sheet(sheet);
    const { headerRow } = this.layout(sheet);
    for (let r = 1; r < headerRow; r++) {
      for (let c = 1; c <= 10; c++) {
        if (text(ws.getCell(r, c).snapshot).replace(/\s*:$/, "") === label) {
          for (let v = c + 1; v <= c + 5; v++) if (text(ws.getCell(r, v).snapshot)) return ws.getCell(r, v);
          return ws.getCell(r, c + 2);
        }
      }
    }
    throw new Error(`no label ${label} on ${ws.name}`);
  }

  setLabel(sheet: string | undefined, label: LabelName, value: CellValue): this {
    this.labelCell(sheet, label).value = value;
    return this;
  }

  /** Sets a field of the info sheet (label in column A, value in B). */
  setInfo(label: string, value: CellValue): this {
    this.infoCell(1, label).value = value;
    return this;
  }

  /** Renames a unit in the info sheet's list ("Tên đơn vị", column B). */
  renameListedUnit(from: string, to: string): this {
    this.infoCell(2, from).value = to;
    return this;
  }

  /** The info sheet's column-B cell on the row whose column `col` reads `find`. */
  private infoCell(col: number, find: string): CellRef {
    const ws = this.sheet(SHEETS.info);
    for (let r = 1; r <= ws.rowCount; r++) if (text(ws.getCell(r, col).snapshot) === find) return ws.getCell(r, 2);
    throw new Error(`no info row ${find}`);
  }

  /** Rewrites a unit's sheet from scratch (same name, unit, period and values) with layout variations. */
  rewriteSheet(name: string, variations: AppendixLayout = {}): this {
    const unit = text(this.labelCell(name, "Đơn vị báo cáo").snapshot);
    const period = text(this.labelCell(name, "Kỳ báo cáo").snapshot);
    // A fresh sheet: values without the old cells' formats.
    const values = Object.fromEntries(Object.entries(this.values(name)).map(([code, v]) => [code, toCell(v)]));
    const index = this.snapshot.sheets.findIndex((s) => s.name === name);
    this.snapshot.sheets.splice(index, 1);
    this.snapshot.sheets.push(wardSheet(name, unit, values, { period, ...variations }));
    return this;
  }

  removeSheet(name: string): this {
    this.snapshot.sheets.splice(this.snapshot.sheets.indexOf(this.sheet(name).snapshot), 1);
    return this;
  }

  /** A copy, as a fresh read of the file would give. */
  toSnapshot(): WorkbookSnapshot {
    return { ...structuredClone(this.snapshot), file: this.file };
  }
}

export async function validateBooks(...books: SampleWorkbook[]): Promise<ValidationResult> {
  return validateWorkbooks(phuLucPcmd, books.map((b) => b.toSnapshot()));
}
