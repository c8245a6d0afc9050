/**
 * The bundled sample as editable ExcelJS workbooks: change cells by indicator code, then read the
 * bytes back through the xlsx host exactly as the CLI and the engine see them.
 */
import ExcelJS from "exceljs";
import type { AppendixLayout } from "./snapshot-builder";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { phuLucPcmd } from "../../src/forms";
import { WorkbookSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks, ValidationResult } from "../../src/core/validate";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";

export const SAMPLE_DIR = join(__dirname, "..", "..", "examples", "ngabay-2023-h1");
export const CITY_FILE = join(SAMPLE_DIR, "tong-hop-ngabay.xlsx");
export const UNIT_DIR = join(SAMPLE_DIR, "don-vi");
export const UNIT_FILES = readdirSync(UNIT_DIR)
  .filter((f) => f.endsWith(".xlsx"))
  .sort()
  .map((f) => join(UNIT_DIR, f));
export const EXPECTED_TOTALS: Record<string, number | string> = JSON.parse(
  readFileSync(join(SAMPLE_DIR, "expected-totals.json"), "utf8"),
);

/** Sheet names of the city workbook. */
export const SHEETS = {
  ngaBay: "P. Ngã Bảy",
  laiHieu: "P. Lái Hiếu",
  hiepThanh: "P. Hiệp Thành",
  hiepLoi: "P. Hiệp Lợi",
  daiThanh: "X. Đại Thành",
  tanThanh: "X. Tân Thành",
  city: "Cấp thành phố",
  info: "Thông tin báo cáo",
} as const;

export const WARD_NAMES = ["Phường Ngã Bảy", "Phường Lái Hiếu", "Phường Hiệp Thành", "Phường Hiệp Lợi", "Xã Đại Thành", "Xã Tân Thành"];

const bytesCache = new Map<string, Buffer>();

function fileBytes(path: string): Buffer {
  let b = bytesCache.get(path);
  if (!b) {
    b = readFileSync(path);
    bytesCache.set(path, b);
  }
  return b;
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v).normalize("NFC").replace(/\s+/g, " ").trim();
}

function codeOf(v: ExcelJS.CellValue): string | null {
  const t = text(v);
  return /^\d{1,3}$/.test(t) ? String(Number(t)).padStart(2, "0") : null;
}

export interface SheetLayout {
  /** 1-based, as ExcelJS counts. */
  headerRow: number;
  codeCol: number;
  nameCol: number;
  valueCol: number;
}

export type LabelName = "Đơn vị báo cáo" | "Kỳ báo cáo";

export class SampleWorkbook {
  private constructor(
    readonly workbook: ExcelJS.Workbook,
    public file: string,
  ) {}

  static async load(path: string, file = basename(path)): Promise<SampleWorkbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fileBytes(path) as unknown as ArrayBuffer);
    return new SampleWorkbook(wb, file);
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

  static empty(file: string): SampleWorkbook {
    return new SampleWorkbook(new ExcelJS.Workbook(), file);
  }

  /** A sheet by name; without a name, the first sheet (a ward file's only sheet). */
  sheet(name?: string): ExcelJS.Worksheet {
    const ws = name === undefined ? this.workbook.worksheets[0] : this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }

  layout(sheet?: string): SheetLayout {
    const ws = this.sheet(sheet);
    for (let r = 1; r <= 20; r++) {
      const cols: Record<string, number> = {};
      ws.getRow(r).eachCell((cell, c) => {
        cols[text(cell.value).toLowerCase()] = c;
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
      if (r === headerRow + 1 && text(ws.getCell(r, nameCol).value).length <= 2) continue;
      if (codeOf(ws.getCell(r, codeCol).value) === code) return r;
    }
    throw new Error(`no row ${code} on ${ws.name}`);
  }

  /** A1 address of an indicator's value cell. */
  address(sheet: string | undefined, code: string): string {
    return this.valueCell(sheet, code).address;
  }

  valueCell(sheet: string | undefined, code: string): ExcelJS.Cell {
    return this.sheet(sheet).getCell(this.rowOf(sheet, code), this.layout(sheet).valueCol);
  }

  value(sheet: string | undefined, code: string): ExcelJS.CellValue {
    return this.valueCell(sheet, code).value;
  }

  /** Sets an indicator's value; `null` blanks the cell. */
  setValue(sheet: string | undefined, code: string, value: ExcelJS.CellValue): this {
    this.valueCell(sheet, code).value = value;
    return this;
  }

  setValues(sheet: string | undefined, values: Record<string, ExcelJS.CellValue>): this {
    for (const [code, v] of Object.entries(values)) this.setValue(sheet, code, v);
    return this;
  }

  /** Every indicator's value on a sheet, by code. */
  values(sheet?: string): Record<string, ExcelJS.CellValue> {
    const out: Record<string, ExcelJS.CellValue> = {};
    for (const ind of phuLucPcmd.indicators) out[ind.code] = this.value(sheet, ind.code);
    return out;
  }

  /** The cell holding the value of "Đơn vị báo cáo" / "Kỳ báo cáo" (the sample writes it in column C). */
  labelCell(sheet: string | undefined, label: LabelName): ExcelJS.Cell {
    const ws = this.sheet(sheet);
    const { headerRow } = this.layout(sheet);
    for (let r = 1; r < headerRow; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= 10; c++) {
        if (text(row.getCell(c).value).replace(/\s*:$/, "") === label) {
          for (let v = c + 1; v <= c + 5; v++) if (text(row.getCell(v).value)) return row.getCell(v);
          return row.getCell(c + 2);
        }
      }
    }
    throw new Error(`no label ${label} on ${ws.name}`);
  }

  setLabel(sheet: string | undefined, label: LabelName, value: ExcelJS.CellValue): this {
    this.labelCell(sheet, label).value = value;
    return this;
  }

  /** Sets a field of the info sheet (label in column A, value in B). */
  setInfo(label: string, value: ExcelJS.CellValue): this {
    const ws = this.sheet(SHEETS.info);
    for (let r = 1; r <= ws.rowCount; r++) {
      if (text(ws.getCell(r, 1).value) === label) {
        ws.getCell(r, 2).value = value;
        return this;
      }
    }
    throw new Error(`no info field ${label}`);
  }

  /** Renames a unit in the info sheet's list ("Tên đơn vị", column B). */
  renameListedUnit(from: string, to: string): this {
    const ws = this.sheet(SHEETS.info);
    for (let r = 1; r <= ws.rowCount; r++) {
      if (text(ws.getCell(r, 2).value) === from) {
        ws.getCell(r, 2).value = to;
        return this;
      }
    }
    throw new Error(`no listed unit ${from}`);
  }

  /** Rewrites a unit's sheet from scratch (same name, unit, period and values) with layout variations. */
  rewriteSheet(name: string, variations: Partial<AppendixSpec> = {}): this {
    const spec: AppendixSpec = {
      unit: text(this.labelCell(name, "Đơn vị báo cáo").value),
      period: text(this.labelCell(name, "Kỳ báo cáo").value),
      values: this.values(name),
      ...variations,
    };
    this.removeSheet(name);
    writeAppendix(this.workbook.addWorksheet(name), spec);
    return this;
  }

  removeSheet(name: string): this {
    this.workbook.removeWorksheet(this.sheet(name).id);
    return this;
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** Written to .xlsx bytes and read back through the xlsx host. */
  async toSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(await this.toBuffer(), this.file);
  }
}

export async function validateBooks(...books: SampleWorkbook[]): Promise<ValidationResult> {
  return validateWorkbooks(phuLucPcmd, await Promise.all(books.map((b) => b.toSnapshot())));
}

export interface AppendixSpec extends AppendixLayout {
  unit: string | null;
  period: string | null;
  values: Record<string, ExcelJS.CellValue>;
}

/** Writes one unit's appendix in the form's layout (§2) onto an empty worksheet, with the variations a ward may make. */
export function writeAppendix(ws: ExcelJS.Worksheet, spec: AppendixSpec): void {
  const top = spec.top ?? 1;
  const left = spec.left ?? 1;
  const shift = spec.extraColumn ? 1 : 0;
  const col = { stt: left, code: left + 1 + shift, name: left + 2 + shift, unit: left + 3 + shift, value: left + 4 + shift, note: left + 5 + shift };
  ws.getCell(top, left).value = "PHỤ LỤC";
  ws.getCell(top + 1, left).value = "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM";
  ws.getCell(top + 2, left).value = "Đơn vị báo cáo:";
  ws.getCell(top + 2, left + 2).value = spec.unit;
  ws.getCell(top + 3, left).value = "Kỳ báo cáo:";
  ws.getCell(top + 3, left + 2).value = spec.period;
  const header = top + 5;
  ws.getCell(header, col.stt).value = "STT";
  if (spec.extraColumn) ws.getCell(header, left + 1).value = "Ghi chú nội bộ";
  ws.getCell(header, col.code).value = "Mã số";
  ws.getCell(header, col.name).value = "Chỉ tiêu";
  ws.getCell(header, col.unit).value = "Đơn vị tính";
  ws.getCell(header, col.value).value = "Số liệu";
  ws.getCell(header, col.note).value = "Ghi chú";
  const byCode = new Map(phuLucPcmd.indicators.map((i) => [i.code, i]));
  let r = header + 1;
  for (const code of spec.order ?? phuLucPcmd.indicators.map((i) => i.code)) {
    const ind = byCode.get(code)!;
    ws.getCell(r, col.stt).value = String(Number(code));
    if (spec.extraColumn) ws.getCell(r, left + 1).value = "đã rà soát";
    ws.getCell(r, col.code).value = spec.codesAsNumbers ? Number(code) : code;
    ws.getCell(r, col.name).value = ind.name;
    ws.getCell(r, col.unit).value = ind.unit || null;
    ws.getCell(r, col.value).value = spec.values[code] ?? null;
    r += 1 + (spec.blankRowsBetween ?? 0);
  }
  ws.getCell(r + 1, col.name).value = "Người lập biểu";
  ws.getCell(r + 1, col.value).value = "Thủ trưởng đơn vị";
}

export function withCode(result: ValidationResult, code: string) {
  return result.findings.filter((f) => f.code === code);
}

/** Codes of all findings, sorted, for "exactly these fired" assertions. */
export function codesOf(result: ValidationResult): string[] {
  return result.findings.map((f) => f.code).sort();
}
