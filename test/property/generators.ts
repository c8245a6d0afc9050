/**
 * Seeded generators for the property tests: random valid unit sheets (in memory and as .xlsx files written
 * with ExcelJS, in the shapes wards send) and the city totals computed from their figures independently of
 * the engine — scopes, decimals and aggregates are taken from the contract (form §3), not from the form code.
 */
import ExcelJS from "exceljs";
import { CellSnapshot } from "../../src/core/snapshot";
import { phuLucPcmd } from "../../src/forms";
import { validWardFigures } from "../helpers/snapshot-builder";
import { SampleWorkbook } from "../helpers/sample-workbook";

export type Rand = () => number;
export type Figures = Record<string, number>;

export const CODES = phuLucPcmd.indicators.map((i) => i.code);
/** Form §3: 19–40 are reported by any unit; 01–18 by wards only. */
export const ANY_UNIT = new Set(CODES.filter((c) => Number(c) >= 19));
/** Form §3: the flags, totalled as "k/n" wards. */
export const COUNTED = new Set(["17", "18"]);
/** Form §3: D(2) and D(3). */
export const DECIMALS: Record<string, number> = { "01": 2, "40": 3 };
export const HELPER_SHEET = "Dữ liệu";

export const int = (rand: Rand, max: number) => Math.floor(rand() * (max + 1));
export const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)];

export function shuffled<T>(rand: Rand, list: readonly T[]): T[] {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rand, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Valid ward figures, some with penalty amounts in the tens of thousands of billions (exact-sum territory). */
export function wardFigures(rand: Rand): Figures {
  const v = validWardFigures(rand);
  if (v["33"] > 0 && rand() < 0.4) v["33"] *= 1 + int(rand, 100_000);
  return v;
}

/**
 * A city-level unit's figures: the any-unit indicators only, without inspections, penalties or counselled
 * workers, so that no city rule comparing them with ward-only totals (R12–R15, R22) can fail.
 */
export function cityLevelFigures(rand: Rand): Figures {
  const v = validWardFigures(rand);
  const out: Figures = {};
  for (const code of ANY_UNIT) out[code] = ["27", "28", "29", "30", "31", "32", "33", "39"].includes(code) ? 0 : v[code];
  return out;
}

export interface GeneratedUnit {
  kind: "ward" | "city-level";
  figures: Figures;
}

function decimalText(scaled: bigint, decimals: number): string {
  if (decimals === 0) return scaled.toString();
  const digits = scaled.toString().padStart(decimals + 1, "0");
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

export function scaled(value: number, decimals: number): bigint {
  return BigInt(Math.round(value * 10 ** decimals));
}

/**
 * Each indicator's city total as a spreadsheet shows it: sums over the units that report it, added as
 * scaled integers; flags as "k/n" with n the wards expected.
 */
export function independentTotals(units: GeneratedUnit[], expectedWards: number): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const code of CODES) {
    const reporting = units.filter((u) => u.kind === "ward" || ANY_UNIT.has(code));
    if (COUNTED.has(code)) {
      out[code] = `${reporting.filter((u) => u.figures[code] === 1).length}/${expectedWards}`;
      continue;
    }
    const d = DECIMALS[code] ?? 0;
    const sum = reporting.reduce((s, u) => s + scaled(u.figures[code], d), 0n);
    out[code] = Number(decimalText(sum, d));
  }
  return out;
}

/** The way a ward's value cell holds a figure, as the snapshot of a host adapter shows it. */
export function snapshotCell(rand: Rand, code: string, v: number, row: number): CellSnapshot {
  const r = rand();
  if (COUNTED.has(code) && r < 0.2) return { type: "text", value: v === 1 ? "Có" : "Không" };
  if (r < 0.4) return { type: "number", value: v };
  if (r < 0.55) return { type: "number", value: v, numberFormat: pick(rand, ["#,##0", "0", "0.00", "#,##0.000", "General"]) };
  if (v === 0) return { type: "number", value: 0, formula: pick(rand, ["0", "SUM(J1:J3)", `IF(H${row}>1,1,0)`]) };
  if (v === 1 && rand() < 0.5) return { type: "number", value: 1, formula: `IF(H${row}=1,1,0)` };
  return { type: "number", value: v, formula: pick(rand, [`H${row}+0`, `'${HELPER_SHEET}'!B${row}`, `ROUND(H${row},3)`]) };
}

export type CellShape = "plain" | "local-formula" | "zero-formula" | "flag-formula" | "helper-formula" | "flag-text";

const f = (formula: string, result: number) => ({ formula, result }) as ExcelJS.CellFormulaValue;

/**
 * Writes `figures` into the value cells of an appendix sheet of `book`, each in a random shape: a plain
 * value; a formula on a hidden column of the sheet with its cached result; a zero as `=0`, `=SUM()` of empty
 * cells or `=IF(…,1,0)`; a figure read from the helper sheet `Dữ liệu` (created on first use). Returns the
 * shapes used.
 */
export function writeFigures(rand: Rand, book: SampleWorkbook, sheet: string | undefined, figures: Figures, helpers: boolean): CellShape[] {
  const ws = book.sheet(sheet);
  const shapes: CellShape[] = [];
  let helperRow = 2;
  for (const code of Object.keys(figures)) {
    const cell = book.valueCell(sheet, code);
    const row = Number(cell.row);
    const v = figures[code];
    const r = rand();
    let shape: CellShape;
    if (COUNTED.has(code) && r < 0.15) shape = "flag-text";
    else if (r < 0.35) shape = "plain";
    else if (v === 0 && r < 0.7) shape = "zero-formula";
    else if (v === 1 && r < 0.7) shape = "flag-formula";
    else if (helpers && r < 0.7) shape = "helper-formula";
    else shape = "local-formula";
    shapes.push(shape);
    switch (shape) {
      case "plain":
        cell.value = v;
        break;
      case "flag-text":
        cell.value = v === 1 ? "Có" : "Không";
        break;
      case "zero-formula": {
        const kind = int(rand, 2);
        if (kind === 2) ws.getCell(row, 8).value = 0;
        cell.value = f(["0", `SUM(J${row}:L${row})`, `IF(H${row}>1,1,0)`][kind], 0);
        break;
      }
      case "flag-formula":
        ws.getCell(row, 8).value = 1;
        cell.value = f(`IF(H${row}=1,1,0)`, 1);
        break;
      case "helper-formula": {
        const helper = book.workbook.getWorksheet(HELPER_SHEET) ?? book.workbook.addWorksheet(HELPER_SHEET);
        helper.getCell(1, 1).value = "Số liệu gốc";
        helper.getCell(helperRow, 1).value = code;
        helper.getCell(helperRow, 2).value = v;
        cell.value = f(`'${HELPER_SHEET}'!B${helperRow}`, v);
        helperRow++;
        break;
      }
      case "local-formula":
        ws.getCell(row, 8).value = v;
        cell.value = f(`H${row}+0`, v);
        break;
    }
  }
  if (shapes.some((s) => s !== "plain" && s !== "flag-text" && s !== "helper-formula")) ws.getColumn(8).hidden = rand() < 0.5;
  return shapes;
}
