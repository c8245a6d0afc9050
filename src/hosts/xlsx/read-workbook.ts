/** Loading .xlsx bytes with ExcelJS, with the failures a user can cause turned into clear errors. */
import ExcelJS from "exceljs";
import { Problem, problem } from "../../app/problems";
import { isDateFormat } from "../../core/number-format";
import { WorkbookSnapshot } from "../../core/snapshot";
import { dateFormatFor, workbookSnapshot } from "./snapshot-from-exceljs";
import { DEFAULT_LIMITS, prepareWorkbookZip, RawSheet, ZipLimits, ZipProblem, ZipProblemError } from "./workbook-zip";

/** A file this reader refuses; `problem` is the catalogue's account of why, and `message` its message. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    readonly problem: Problem,
  ) {
    super(problem.message);
    this.name = "UnreadableWorkbookError";
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

function zipProblem(file: string, p: ZipProblem): Problem {
  switch (p.kind) {
    case "corrupt":
      return problem("file.corrupt", { file });
    case "other-document":
      return problem("file.other-document", { file, format: p.format });
    case "no-workbook-part":
      return problem("file.no-workbook-part", { file });
    case "missing-part":
      return problem("file.missing-part", { file, part: p.part, role: p.role });
    case "missing-sheet":
      return problem("file.missing-sheet", { file, sheet: p.sheet, part: p.part });
    case "part-too-large":
      return problem("file.part-too-large", { file, sheet: p.sheet, part: p.part, bytes: p.bytes, limit: p.limit });
    case "total-too-large":
      return problem("file.total-too-large", { file, bytes: p.bytes, limit: p.limit });
    case "too-many-cells":
      return problem("file.too-many-cells", { file, sheet: p.sheet, cells: p.cells, limit: p.limit });
  }
}

const ISO_DATE = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 cell value as ExcelJS represents dates (the wall-clock time in UTC), or null when it is not one. */
function isoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const [y, mo, d] = m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
  const date = new Date(ms);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** The formula cell's own value (plain or shared formula, kept as it is) with the cached result the XML holds. */
function withResult(cell: ExcelJS.Cell, result: string | Date): ExcelJS.CellValue {
  const formula: object = cell.value as object;
  return { ...formula, result } as ExcelJS.CellValue;
}

/** Writes into ExcelJS's model what the raw XML says and ExcelJS misread, so snapshots and copied sheets agree. */
function applyRawSheets(wb: ExcelJS.Workbook, sheets: RawSheet[], file: string): void {
  for (const raw of sheets) {
    const ws = wb.getWorksheet(raw.name);
    if (!ws) {
      throw new UnreadableWorkbookError(file, problem("file.unreadable-sheet", { file, sheet: raw.name }));
    }
    for (const address of raw.emptyTextResults) {
      const cell = ws.getCell(address);
      if (cell.type === ExcelJS.ValueType.Formula) cell.value = withResult(cell, "");
    }
    for (const { address, text } of raw.isoDates) {
      const cell = ws.getCell(address);
      const date = isoDate(text);
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      if (date === null) {
        // Not a date Excel could have written: the text itself, which no rule counts.
        if (!isFormula) cell.value = text;
        continue;
      }
      cell.value = isFormula ? withResult(cell, date) : date;
      // Styles are shared between cells: the date format goes on a copy.
      if (!isDateFormat(cell.numFmt)) cell.style = { ...cell.style, numFmt: dateFormatFor(date) };
    }
  }
}

export async function loadWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  file: string,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isZip(data)) {
    // An .xls and a password-protected .xlsx are both OLE compound files.
    const compound = data.length > 8 && data[0] === 0xd0 && data[1] === 0xcf;
    throw new UnreadableWorkbookError(file, problem(!compound ? "file.not-xlsx" : /\.xls$/i.test(file) ? "file.xls" : "file.password", { file }));
  }
  let prepared;
  try {
    prepared = await prepareWorkbookZip(data, limits);
  } catch (e) {
    if (e instanceof ZipProblemError) throw new UnreadableWorkbookError(file, zipProblem(file, e.problem));
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(prepared.bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(file, problem("file.corrupt", { file }));
  }
  applyRawSheets(wb, prepared.sheets, file);
  restoreNumberFormats(wb, prepared.numberFormats);
  return wb;
}

/** Days between the 1900 and 1904 date systems, by which ExcelJS shifts a 1904 workbook's dates. */
const DATE1904_OFFSET = 1462;

/**
 * Puts back the escapes ExcelJS drops from number formats, so a cell shown "13,61 km²" (`0.00\ \k\m\²`) is
 * neither read as a date (ExcelJS's own test sees the "m") nor copied with a format Excel reads as months.
 */
function restoreNumberFormats(wb: ExcelJS.Workbook, stored: string[]): void {
  const raw = new Map(stored.filter((f) => f.includes("\\")).map((f) => [f.replace(/\\(.)/g, "$1"), f]));
  if (raw.size === 0) return;
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;
  const serial = (d: Date) => Number(((d.getTime() - Date.UTC(1899, 11, 30)) / 86400000 - (date1904 ? DATE1904_OFFSET : 0)).toFixed(10));
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const format = raw.get(cell.numFmt);
        if (format === undefined) return;
        cell.style.numFmt = format;
        if (isDateFormat(format)) return;
        const v = cell.value as ExcelJS.CellValue;
        if (v instanceof Date) cell.value = serial(v);
        else if (v && typeof v === "object" && "formula" in v && v.result instanceof Date) cell.value = { ...v, result: serial(v.result) };
      }),
    );
  }
}

export async function readWorkbookSnapshot(bytes: Uint8Array | ArrayBuffer, file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(bytes, file), file);
}
