/** Writing totals workbooks into a temp folder and reading them back with ExcelJS. */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { phuLucPcmd } from "../../src/forms";
import { SampleWorkbook } from "../helpers/sample-workbook";

export const TOTALS_SHEET = "Tổng hợp";
export const FINDINGS_SHEET = "Kết quả kiểm tra";

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "tonghop-totals-"));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function saveBook(book: SampleWorkbook, path: string): Promise<string> {
  writeFileSync(path, await book.toBuffer());
  return path;
}

export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

export function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  return v !== null && typeof v === "object" && "formula" in v ? (v.formula ?? null) : null;
}

/** A cell's value as a reader sees it: a formula's cached result, else the value. */
export function resultOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  // `cell.value` of a formula drops a cached 0; `cell.result` keeps it.
  return formulaOf(cell) !== null ? ((cell.result as ExcelJS.CellValue) ?? null) : cell.value;
}

export function textOf(cell: ExcelJS.Cell): string {
  const v = resultOf(cell);
  if (v === null || v === undefined) return "";
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return String(v);
}

/** 1-based row of each indicator code on the totals sheet (column B holds "Mã số"). */
export function totalsRows(ws: ExcelJS.Worksheet): Map<string, number> {
  const codes = new Set(phuLucPcmd.indicators.map((i) => i.code));
  const rows = new Map<string, number>();
  ws.eachRow((row, r) => {
    const code = textOf(row.getCell(2));
    if (codes.has(code)) rows.set(code, r);
  });
  return rows;
}

/** 1-based column of a header on the totals sheet's header row. */
export function headerColumn(ws: ExcelJS.Worksheet, title: string): number {
  for (let r = 1; r <= 10; r++) {
    for (let c = 1; c <= ws.columnCount; c++) if (textOf(ws.getCell(r, c)) === title) return c;
  }
  throw new Error(`no header "${title}" on ${ws.name}`);
}

/** What a spreadsheet shows for a total: "k/n" for the count format 0"/n", else the number. */
export function shownTotal(cell: ExcelJS.Cell): number | string {
  const value = resultOf(cell) as number;
  const m = /^0"\/(\d+)"$/.exec(cell.numFmt ?? "");
  return m ? `${value}/${m[1]}` : value;
}

/** Every formula cell of a sheet: address → formula and cached result. */
export function formulaCells(ws: ExcelJS.Worksheet): Map<string, { formula: string; result: ExcelJS.CellValue }> {
  const out = new Map<string, { formula: string; result: ExcelJS.CellValue }>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const formula = formulaOf(cell);
      if (formula !== null) out.set(cell.address, { formula, result: resultOf(cell) });
    }),
  );
  return out;
}

/** Everything a user sees of a sheet: each cell's value and style, merges, column widths and row heights. */
export function sheetPicture(ws: ExcelJS.Worksheet) {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = { value: cell.value ?? null, result: resultOf(cell), style: cell.style, note: cell.note ?? null };
    }),
  );
  const columns = (ws.columns ?? []).map((c) => ({ width: c.width ?? null, hidden: c.hidden ?? false }));
  const rows: Record<number, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => (rows[r] = { height: row.height ?? null, hidden: row.hidden ?? false }));
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    columns,
    rows,
    pageSetup: { orientation: ws.pageSetup.orientation, fitToPage: ws.pageSetup.fitToPage, paperSize: ws.pageSetup.paperSize },
  };
}
