/**
 * In-memory workbooks in the appendix layout (form §2), for engine tests that need no file:
 * `wardSheet("P. Hiệp Lợi", "Phường Hiệp Lợi", { "02": 7412 })`, and random valid figures for property tests.
 */
import { printedName, type FormDef } from "../../src/core/form";
import { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { phuLucPcmd } from "../../src/forms";

export type CellInput = number | string | boolean | null | CellSnapshot;

export function cell(v: CellInput): CellSnapshot {
  if (v === null) return { type: "blank", value: null };
  if (typeof v === "number") return { type: "number", value: v };
  if (typeof v === "string") return v === "" ? { type: "blank", value: null } : { type: "text", value: v };
  if (typeof v === "boolean") return { type: "boolean", value: v };
  return v;
}

export const PERIOD = "6 tháng đầu năm 2023";

/** Where and how a unit lays its appendix out: the variations a ward may make to the form's layout (§2). */
export interface AppendixLayout {
  /** Where the block starts: 1-based row of "PHỤ LỤC" and column of "STT". */
  top?: number;
  left?: number;
  /** A column inserted between STT and Mã số. */
  extraColumn?: boolean;
  codesAsNumbers?: boolean;
  /** Indicator codes in the order their rows are written (default: the form's order). */
  order?: string[];
  /** Blank rows written after every indicator row. */
  blankRowsBetween?: number;
}

/** One unit's appendix sheet; codes not given are written as 0 (or left out with `omit`). */
export function wardSheet(
  sheet: string,
  unit: string | null,
  values: Record<string, CellInput>,
  options: { period?: string; omit?: string[]; names?: Record<string, string>; form?: FormDef; title?: string } & AppendixLayout = {},
): SheetSnapshot {
  const top = options.top ?? 1;
  const left = options.left ?? 1;
  const rows: CellSnapshot[][] = [];
  const put = (row: number, col: number, v: CellInput) => {
    for (let r = rows.length; r < row; r++) rows.push([]);
    const cells = rows[row - 1];
    for (let c = cells.length; c < col - 1; c++) cells.push(cell(null));
    cells[col - 1] = cell(v);
  };
  const line = (row: number, ...cells: CellInput[]) => cells.forEach((v, i) => put(row, left + i, v));
  line(top, "PHỤ LỤC");
  const form = options.form ?? phuLucPcmd;
  line(top + 1, options.title ?? form.title);
  line(top + 2, "Đơn vị báo cáo:", null, unit);
  line(top + 3, "Kỳ báo cáo:", null, options.period ?? PERIOD);
  const header = top + 5;
  const extra = (v: string) => (options.extraColumn ? [v] : []);
  line(header, "STT", ...extra("Ghi chú nội bộ"), "Mã số", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú");
  const byCode = new Map(form.indicators.map((ind) => [ind.code, ind]));
  const codes = (options.order ?? [...byCode.keys()]).filter((code) => !options.omit?.includes(code));
  let row = header + 1;
  for (const code of codes) {
    const ind = byCode.get(code)!;
    const name = options.names?.[code] ?? printedName(ind);
    line(row, Number(code), ...extra("đã rà soát"), options.codesAsNumbers ? Number(code) : code, name, ind.unit, values[code] ?? 0, null);
    row += 1 + (options.blankRowsBetween ?? 0);
  }
  return { name: sheet, rows };
}

export function infoSheet(units: { name: string; type: string }[], period = PERIOD): SheetSnapshot {
  return {
    name: "Thông tin báo cáo",
    rows: [
      [cell("Thông tin báo cáo")],
      [cell("Kỳ báo cáo"), cell(period)],
      [cell("ĐƠN VỊ BÁO CÁO")],
      [cell("STT"), cell("Tên đơn vị"), cell("Loại")],
      ...units.map((u, i) => [cell(i + 1), cell(u.name), cell(u.type)]),
    ],
  };
}

export function workbook(file: string | null, ...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { file, sheets };
}

/** A seeded generator (mulberry32): the same seed gives the same figures on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Figures of one ward that satisfy every rule of the form (§4), drawn from `rand`. */
export function validWardFigures(rand: () => number): Record<string, number> {
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const upTo = (n: number) => int(n);
  const v: Record<string, number> = {};
  v["01"] = Math.round((1 + rand() * 60) * 100) / 100;
  v["02"] = 1000 + int(30000);
  for (const c of ["04", "05", "06", "07", "08"]) v[c] = int(40);
  v["03"] = v["04"] + v["05"] + v["06"] + v["07"] + v["08"];
  v["09"] = int(500);
  v["10"] = upTo(v["09"]);
  v["11"] = upTo(v["10"]);
  v["12"] = upTo(v["09"]);
  v["13"] = upTo(v["03"]);
  v["14"] = rand() < 0.5 ? 0 : int(20);
  v["15"] = upTo(v["14"]);
  v["16"] = rand() < 0.5 ? 0 : int(5);
  v["17"] = v["14"] === 0 && v["16"] === 0 ? 1 : 0;
  v["18"] = rand() < 0.7 ? 1 : 0;
  for (const [a, b] of [["21", "22"], ["23", "24"]]) {
    v[a] = rand() < 0.3 ? 0 : 1 + int(20);
    v[b] = v[a] === 0 ? 0 : 1 + int(900);
  }
  for (const c of ["19", "20", "25", "38"]) v[c] = int(2000);
  v["26"] = int(60);
  v["27"] = upTo(Math.min(v["26"], v["03"]));
  v["28"] = upTo(Math.min(v["04"], v["27"]));
  v["29"] = upTo(Math.min(v["07"], v["27"] - v["28"]));
  v["30"] = upTo(Math.min(v["05"], v["27"] - v["28"] - v["29"]));
  v["31"] = upTo(v["27"]);
  v["32"] = upTo(v["31"]);
  v["33"] = v["32"] === 0 ? 0 : v["32"] * (1 + int(20)) * 500000;
  v["35"] = rand() < 0.5 ? 0 : int(6);
  v["34"] = v["35"] > 0 ? 1 + int(5) : int(3);
  v["36"] = int(10);
  v["37"] = v["36"];
  v["39"] = upTo(v["09"]);
  v["40"] = Math.round(rand() * 50000) / 1000;
  return v;
}
