/**
 * What the use cases need done with file bytes: .xlsx read and written, the report .docx written and taken
 * apart for Word. src/hosts/files.ts does it with ExcelJS, docx and JSZip; the composition roots
 * (bin/tonghop.js, src/taskpane/index.tsx) pass it in. No library type appears here.
 */
import type { ReportModel } from "../core/report/model";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/snapshot";
import type { ValidationResult } from "../core/validate";
import type { TotalsWorkbookPlan } from "../core/workbook-plan/totals-workbook";
import type { SheetLayout } from "../core/workbook-plan/types";

/** A workbook read for building the totals file from it; the adapter keeps its own model of it alongside. */
export interface LoadedWorkbook {
  /** The file name the engine reports. */
  readonly file: string;
  readonly snapshot: WorkbookSnapshot;
}

export interface CopiedSheet {
  unit: string;
  from: { file: string; sheet: string };
  name: string;
}

/** The city totals workbook: the inputs' sheets plus the generated `Tổng hợp` and `Kết quả kiểm tra`. */
export interface TotalsFile {
  bytes: Uint8Array;
  plan: TotalsWorkbookPlan;
  /** The input file whose workbook the output extends, or null when it was assembled from ward files. */
  base: string | null;
  /** Unit sheets copied in from the other input files, under their new names. */
  copied: CopiedSheet[];
}

export interface FilePorts {
  /** Every sheet of an .xlsx file; a file the reader refuses throws the `Problem` saying why. */
  readWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookSnapshot>;
  /** As readWorkbook, keeping each workbook for totalsWorkbook. */
  loadWorkbooks(inputs: { file: string; bytes: Uint8Array }[]): Promise<LoadedWorkbook[]>;
  /** The totals workbook built from workbooks loadWorkbooks returned and the result of checking their snapshots. */
  totalsWorkbook(loaded: LoadedWorkbook[], result: ValidationResult): Promise<TotalsFile>;
  reportDocx(model: ReportModel): Promise<Uint8Array>;
  /** A workbook of that one sheet: a unit's blank template, its data validation and protection included. */
  templateWorkbook(sheet: SheetLayout): Promise<Uint8Array>;
  /** One appendix sheet of a ward's file as a workbook of its own, its formulas written as the values they show. */
  unitSheetFile(bytes: Uint8Array, file: string, sheet: SheetSnapshot): Promise<Uint8Array>;
  /** Control tag → that control's contents in the report .docx, as a Flat OPC package Word can insert. */
  controlContents(docx: Uint8Array, tags: string[]): Promise<Map<string, string>>;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "<title> <period>.<extension>", with the characters Windows forbids in a file name replaced. */
export function outputFileName(title: string, period: string | null, extension: string): string {
  const name = period ? `${title} ${period}` : title;
  return `${name.replace(/[\\/:*?"<>|]/g, "-")}.${extension}`;
}

/**
 * `name` as a file name on any system: Vietnamese kept (NFC), the characters Windows forbids and control
 * characters replaced, and no trailing dot or space, which Windows drops.
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.normalize("NFC").replace(/[\\/:*?"<>|\u0000-\u001f]/g, "-").replace(/[. ]+$/, "").trim();
}
