/**
 * An Excel.run over office-addin-mock objects. Every Office object handed to the adapter is an
 * OfficeMockObject (so a property read without load + sync yields the mock's "not loaded" text), wrapped
 * in a Proxy that queues each property assignment as a write applied at the next sync, like Office.js.
 * Methods office-addin-mock lacks (getUsedRangeOrNullObject, getMergedAreasOrNullObject, notes,
 * insertWorksheetsFromBase64…) are functions in the mock data.
 */
// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose ESM dependencies Jest cannot
// load; the benchmark (tsx) loads the real module.
if (typeof jest !== "undefined") jest.mock("office-addin-manifest", () => ({ OfficeApp: { Outlook: "outlook" } }));
import ExcelJS from "exceljs";
import { OfficeMockObject } from "office-addin-mock";
import { columnLetters } from "../../../src/core/address";
import { boxAddress } from "../../../src/hosts/excel/addresses";
import {
  cellAt,
  cellBox,
  shiftRows,
  ensureCell,
  FakeCell,
  FakeSheet,
  FakeWorkbook,
  forEachCell,
  NO_FILL,
  OfficeError,
  typedInput,
  usedBox,
} from "./state";
import { sheetFromExcelJS } from "./from-exceljs";

const NOT_LOADED = /^Error, /;

async function decodeInsertable(wb: FakeWorkbook, base64: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(base64, "base64") as unknown as ArrayBuffer);
  wb.insertable.set(base64, book.worksheets.map((ws) => sheetFromExcelJS(wb, ws)));
}

type Op = () => void;
type Obj = Record<string, unknown>;

interface Target {
  sheet: FakeSheet | null;
  address: string | null;
  /** Applies a write to the workbook; unknown properties are only logged. */
  apply?: (property: string, value: unknown) => void;
}

function propsOf(arg: unknown): string[] {
  const list = Array.isArray(arg) ? arg : String(arg ?? "").split(",");
  return list.map((p: string) => p.trim()).filter(Boolean);
}

/** "items/name,items/visibility" → ["name", "visibility"]. */
function itemProps(arg: unknown): string[] {
  return propsOf(arg).map((p) => p.replace(/^items\//, ""));
}

export class Batch {
  private readonly pending: Op[] = [];
  private readonly roots: OfficeMockObject[] = [];
  private readonly afterSync: Op[] = [];
  private readonly loads: { raw: OfficeMockObject; props: string[] }[] = [];
  private readonly info = new WeakMap<object, Target>();
  private readonly raws = new WeakMap<object, OfficeMockObject>();
  private readonly added: FakeSheet[] = [];
  private readonly decodes: Promise<void>[] = [];
  private suspended = false;
  readonly context: Obj;

  constructor(private readonly wb: FakeWorkbook) {
    this.context = {
      workbook: this.workbook(),
      application: this.make({ suspendApiCalculationUntilNextSync: () => (this.suspended = true) }, { sheet: null, address: null }),
      sync: () => this.sync(),
    };
  }

  private async sync(): Promise<void> {
    this.wb.syncs++;
    if (this.suspended) this.wb.suspendedSyncs++;
    this.suspended = false;
    await Promise.all(this.decodes.splice(0));
    for (const op of this.pending.splice(0)) op();
    for (const raw of this.roots) void raw.sync();
    // office-addin-mock settles nested properties in later microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const op of this.afterSync.splice(0)) op();
    let bytes = 0;
    for (const { raw, props } of this.loads.splice(0)) {
      for (const p of props) {
        const v = raw[p];
        if (!(typeof v === "string" && NOT_LOADED.test(v))) bytes += JSON.stringify(v ?? null).length;
      }
    }
    if (this.wb.options.payloadLimit !== undefined && bytes > this.wb.options.payloadLimit) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.wb.bytesRead += bytes;
  }

  /** An OfficeMockObject behind a Proxy that logs assignments (not the mock's own ones during load). */
  private make(data: Obj, target: Target, extra: Obj = {}): Obj {
    const raw = new OfficeMockObject(data);
    Object.assign(raw, extra);
    this.roots.push(raw);
    return this.wrap(raw, target, "");
  }

  private wrap(raw: OfficeMockObject, target: Target, path: string): Obj {
    let internal = false;
    const nested = new Map<string, Obj>();
    const proxy: Obj = new Proxy(raw as unknown as Obj, {
      get: (t, prop, receiver) => {
        const v = Reflect.get(t, prop, receiver);
        if (prop === "load" && typeof v === "function") {
          return (arg: unknown) => {
            internal = true;
            try {
              if (!Object.prototype.hasOwnProperty.call(raw, "load")) this.loads.push({ raw, props: propsOf(arg) });
              return v.call(receiver, arg);
            } finally {
              internal = false;
            }
          };
        }
        if (v instanceof OfficeMockObject && typeof prop === "string") {
          if (!nested.has(prop)) nested.set(prop, this.wrap(v, target, `${path}${prop}.`));
          return nested.get(prop);
        }
        return v;
      },
      set: (t, prop, value) => {
        if (!internal && typeof prop === "string") this.write(target, `${path}${prop}`, value);
        return Reflect.set(t, prop, value);
      },
    });
    this.info.set(proxy, target);
    this.raws.set(proxy, raw);
    return proxy;
  }

  private write(target: Target, property: string, value: unknown): void {
    this.wb.bytesWritten += JSON.stringify(value ?? null).length;
    this.pending.push(() => {
      if (target.sheet?.protected) throw new OfficeError("AccessDenied", "The sheet is protected.");
      this.wb.writes.push({ sheet: target.sheet?.name ?? "", address: target.address, property });
      target.apply?.(property, value);
    });
  }

  /** A method call with an effect at sync. */
  private op(target: Target, name: string, effect?: Op): void {
    this.write({ ...target, apply: () => effect?.() }, name, undefined);
  }

  private failAtSync(code: string, message: string): void {
    this.pending.push(() => {
      throw new OfficeError(code, message);
    });
  }

  // ---- workbook and collections ----

  private workbook(): Obj {
    return {
      worksheets: this.worksheets(),
      notes: this.annotationList("notes"),
      comments: this.annotationList("comments"),
      insertWorksheetsFromBase64: (base64: string, options?: { sheetNamesToInsert?: string[] }) => this.insert(base64, options),
    };
  }

  private findSheet(key: string): FakeSheet | undefined {
    const k = key.toLocaleLowerCase("vi");
    return [...this.wb.sheets, ...this.added].find((s) => s.id === key || s.name.toLocaleLowerCase("vi") === k);
  }

  private worksheets(): Obj {
    const collection = this.make(
      {
        load: (arg: unknown) => {
          const props = itemProps(arg);
          const items = this.wb.sheets.map((s) => this.sheet(s));
          for (const item of items) (item.load as (p: string) => void)(props.join(","));
          this.afterSync.push(() => (this.raws.get(collection)!.items = items));
        },
        getItem: (key: string) => {
          const s = this.findSheet(key);
          if (s) return this.sheet(s);
          this.failAtSync("ItemNotFound", `The requested resource doesn't exist: ${key}`);
          return this.sheet(this.wb.newSheet(key));
        },
        add: (name: string) => {
          const s = this.wb.newSheet(name);
          this.added.push(s);
          this.op({ sheet: null, address: null }, "worksheets.add", () => {
            if (this.wb.sheets.some((x) => x.name.toLocaleLowerCase("vi") === name.toLocaleLowerCase("vi"))) {
              throw new OfficeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
            }
            this.wb.sheets.push(s);
          });
          return this.sheet(s);
        },
      },
      { sheet: null, address: null },
    );
    return collection;
  }

  private insert(base64: string, options?: { sheetNamesToInsert?: string[] }): Obj {
    const result: Obj = { value: "Error, context.sync() was not called" };
    // Bytes not registered in advance are read as Excel would, before the sync applies the insert.
    if (!this.wb.insertable.has(base64)) this.decodes.push(decodeInsertable(this.wb, base64));
    let created: FakeSheet[] = [];
    this.op({ sheet: null, address: null }, "insertWorksheetsFromBase64", () => {
      const sources = (this.wb.insertable.get(base64) ?? []).filter(
        (s) => !options?.sheetNamesToInsert || options.sheetNamesToInsert.includes(s.name),
      );
      created = sources.map((source) => {
        let name = source.name;
        for (let k = 2; this.wb.sheets.some((s) => s.name === name); k++) name = `${source.name} (${k})`;
        const sheet: FakeSheet = { ...structuredClone({ ...source, id: undefined }), id: this.wb.newSheet("").id, name };
        this.wb.sheets.push(sheet);
        return sheet;
      });
    });
    this.afterSync.push(() => (result.value = created.map((s) => s.id)));
    return result;
  }

  // ---- worksheet ----

  private sheet(s: FakeSheet): Obj {
    const target: Target = {
      sheet: s,
      address: null,
      apply: (property, value) => {
        if (property === "name") s.name = String(value);
        else if (property === "visibility") s.visibility = String(value);
        else if (property === "position") {
          this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
          this.wb.sheets.splice(Number(value), 0, s);
        }
      },
    };
    const plain: Target = { sheet: s, address: null };
    return this.make(
      {
        name: s.name,
        id: s.id,
        visibility: s.visibility,
        position: this.wb.sheets.indexOf(s),
        getUsedRangeOrNullObject: () => {
          const box = usedBox(s);
          return box ? this.range(s, boxAddress(box)) : this.nullRange(s);
        },
        getRange: (address?: string) => this.range(s, address ?? null),
        getRanges: (list: string) => this.range(s, list),
        getRangeByIndexes: (row: number, col: number, rows: number, cols: number) =>
          this.range(s, boxAddress({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 })),
        activate: () => this.op(plain, "activate", () => (this.wb.active = s.name)),
        delete: () =>
          this.op(plain, "delete", () => {
            this.wb.sheets = this.wb.sheets.filter((x) => x !== s);
          }),
        notes: {
          add: (range: Obj, text: string) => this.addAnnotation("notes", range, text),
        },
        freezePanes: {
          freezeAt: () => this.op(plain, "freezePanes.freezeAt"),
          freezeRows: () => this.op(plain, "freezePanes.freezeRows"),
          freezeColumns: () => this.op(plain, "freezePanes.freezeColumns"),
        },
        autoFilter: { apply: () => this.op(plain, "autoFilter.apply") },
        pageLayout: {
          orientation: "Portrait",
          paperSize: "Letter",
          setPrintTitleRows: () => this.op(plain, "pageLayout.setPrintTitleRows"),
        },
      },
      target,
    );
  }

  // ---- ranges ----

  private nullRange(s: FakeSheet): Obj {
    return this.make(
      { address: undefined, values: undefined, formulas: undefined, numberFormat: undefined, valueTypes: undefined },
      { sheet: s, address: null },
      { isNullObject: true },
    );
  }

  private grid(s: FakeSheet, local: string | null): Obj {
    const box = cellBox(local);
    if (!box || (box.bottom - box.top + 1) * (box.right - box.left + 1) > 1_000_000) return {};
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const numberFormat: string[][] = [];
    const valueTypes: string[][] = [];
    forEachCell(box, (row, col, r, c) => {
      const cell = cellAt(s, row, col);
      (values[r] ??= [])[c] = cell?.value ?? "";
      (formulas[r] ??= [])[c] = cell?.formula ?? cell?.value ?? "";
      (numberFormat[r] ??= [])[c] = cell?.numberFormat ?? "General";
      (valueTypes[r] ??= [])[c] = cell?.type ?? "Empty";
    });
    return { values, formulas, numberFormat, valueTypes };
  }

  private range(s: FakeSheet, local: string | null): Obj {
    const box = cellBox(local);
    const single = box && box.top === box.bottom && box.left === box.right ? cellAt(s, box.top, box.left) : undefined;
    const fill = single?.fill ?? NO_FILL;
    const cells = (f: (cell: FakeCell, r: number, c: number) => void) => {
      if (box) forEachCell(box, (row, col, r, c) => f(ensureCell(s, row, col), r, c));
    };
    const target: Target = {
      sheet: s,
      address: local,
      apply: (property, value) => {
        const grid = value as unknown[][];
        if (property === "values" || property === "formulas") cells((cell, r, c) => typedInput(cell, grid[r][c], property === "formulas"));
        else if (property === "numberFormat") cells((cell, r, c) => (cell.numberFormat = String(grid[r][c] ?? cell.numberFormat)));
        else if (property === "format.fill.color") cells((cell) => (cell.fill = { ...cell.fill, pattern: cell.fill.pattern === "None" ? "Solid" : cell.fill.pattern, color: String(value) }));
        else if (property === "format.fill.pattern") cells((cell) => (cell.fill = { ...cell.fill, pattern: String(value) }));
        else if (property === "format.fill.patternColor") cells((cell) => (cell.fill = { ...cell.fill, patternColor: String(value) }));
      },
    };
    const plain: Target = { sheet: s, address: local };
    return this.make(
      {
        address: this.wb.qualified(s, local ?? "A:XFD"),
        ...this.grid(s, local),
        columnHidden: false,
        format: {
          fill: {
            color: fill.color,
            pattern: fill.pattern,
            patternColor: fill.patternColor,
            clear: () => this.op(plain, "format.fill.clear", () => cells((cell) => (cell.fill = { ...NO_FILL }))),
          },
          font: { name: "Calibri", size: 11, bold: false, italic: false, color: "#000000" },
          borders: { getItem: (edge: string) => this.make({ style: "None", color: "#000000" }, { sheet: s, address: `${local} ${edge}` }) },
          columnWidth: 48,
          rowHeight: 15,
          wrapText: false,
          horizontalAlignment: "General",
          verticalAlignment: "Bottom",
        },
        merge: () => this.op(plain, "merge", () => local && s.merges.push(local)),
        select: () => this.op(plain, "select", () => (this.wb.selection = { sheet: s.name, address: local ?? "" })),
        clear: () =>
          this.op(plain, "clear", () => {
            if (!box) s.cells.clear();
            else cells((cell) => Object.assign(cell, { value: "", type: "Empty", formula: null, numberFormat: "General", fill: { ...NO_FILL } }));
          }),
        insert: () =>
          this.op(plain, "insert", () => {
            const rows = /^(\d+):(\d+)$/.exec(local ?? "");
            if (rows) shiftRows(s, Number(rows[1]) - 1, Number(rows[2]) - Number(rows[1]) + 1);
          }),
        getEntireColumn: () => this.range(s, box ? `${columnLetters(box.left)}:${columnLetters(box.right)}` : local),
        getEntireRow: () => this.range(s, box ? `${box.top + 1}:${box.bottom + 1}` : local),
        getMergedAreasOrNullObject: () => {
          const list = s.merges.map((m) => this.wb.qualified(s, m)).join(", ");
          return this.make({ address: list }, plain, { isNullObject: s.merges.length === 0 });
        },
      },
      target,
      { isNullObject: false },
    );
  }

  // ---- notes and comments ----

  private addAnnotation(kind: "notes" | "comments", range: Obj, text: string): void {
    const at = this.info.get(range);
    if (!at?.sheet || !at.address) throw new Error("annotation needs a one-cell range");
    const s = at.sheet;
    const cell = at.address;
    this.op({ sheet: s, address: cell }, `${kind}.add`, () => {
      if (s[kind].has(cell)) throw new OfficeError("InvalidArgument", `The cell already has ${kind}.`);
      s[kind].set(cell, text);
    });
  }

  private annotationList(kind: "notes" | "comments"): Obj {
    const collection = this.make(
      {
        load: (arg: unknown) => {
          const props = itemProps(arg).join(",");
          const items = this.wb.sheets.flatMap((s) => [...s[kind].keys()].map((cell) => this.annotation(kind, s, cell)));
          for (const item of items) (item.load as (p: string) => void)(props);
          this.afterSync.push(() => (this.raws.get(collection)!.items = items));
        },
        add: (range: Obj, text: string) => this.addAnnotation(kind, range, text),
      },
      { sheet: null, address: null },
    );
    return collection;
  }

  private annotation(kind: "notes" | "comments", s: FakeSheet, cell: string): Obj {
    const target: Target = {
      sheet: s,
      address: cell,
      apply: (property, value) => property === "content" && s[kind].set(cell, String(value)),
    };
    return this.make(
      {
        content: s[kind].get(cell),
        getLocation: () => this.range(s, cell),
        delete: () => this.op({ sheet: s, address: cell }, `${kind}.delete`, () => s[kind].delete(cell)),
      },
      target,
    );
  }
}

/** Excel.run over the fake: one Batch per run, its context handed to the batch function. */
export function fakeRun(wb: FakeWorkbook) {
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    wb.runs++;
    return batch(new Batch(wb).context as unknown as Excel.RequestContext);
  };
}

export function fakeEnv(wb: FakeWorkbook) {
  return wb.env(fakeRun(wb));
}
