/**
 * The `Tổng hợp` sheet: one row per indicator in form order, one column per unit, each unit cell a formula
 * on the unit's own value cell and each total a formula over its row.
 */
import { a1, qualified } from "../address";
import { wardsText } from "../completeness";
import { Finding } from "../findings";
import { excelFormula } from "../expression/excel";
import { IndicatorDef, printedName } from "../form";
import { CellSnapshot } from "../snapshot";
import { IndicatorRowModel, SectionRow, TotalsTable, UnitCell } from "../totals-table";
import { MissingValue } from "../totals";
import { ReportingUnit, ValidationResult } from "../validate";
import { markerOf } from "./names";
import { countFormat, indicatorFormat, palette, printMargins, sheetFont } from "./styles";
import { wrappedRowHeight } from "./text-fit";
import { PlanCell, SheetPlan } from "./types";

const ROW = { title: 0, period: 1, source: 2, status: 3, header: 4, numbering: 5, firstData: 6 } as const;
const COL = { stt: 0, code: 1, name: 2, unit: 3, firstUnit: 4 } as const;
const WIDTH = { stt: 5, code: 6, name: 46, unit: 10, value: 12, total: 13, note: 24 } as const;

export interface TotalsSheetOptions {
  name: string;
  /** Each unit's sheet as named in the workbook being written, parallel to `table.units`. */
  unitSheets: string[];
}

export interface TotalsSheet {
  plan: SheetPlan;
  /** The `Tổng cộng` cell of each indicator code. */
  totalAddress: Map<string, string>;
}

const MISSING_LABEL: Record<MissingValue["reason"], string> = {
  blank: "để trống",
  invalid: "không hợp lệ",
  "missing-row": "thiếu dòng",
  "missing-unit": "chưa gửi số liệu",
  untrusted: "dòng trùng mã hoặc bị lệch",
  "unlisted-unit": "tên chưa khớp danh sách",
  "contested-unit": "hai bản số liệu khác nhau",
  "too-large": "tổng quá lớn",
  "zero-denominator": "mẫu số bằng 0, không tính được tỷ lệ",
};

/** Structure findings that explain why a unit's value cell is not in its total. */
const CELL_STRUCTURE_CODES = new Set(["structure.missing-row", "structure.duplicate-row", "structure.shifted-row"]);

const NOT_TOTALLED = "Số liệu này chưa được cộng vào tổng.";

function text(address: string, value: string, style: Partial<PlanCell> = {}): PlanCell {
  return { address, value, ...style };
}

/** "C9:E9" runs of adjacent columns, so a SUM can leave single columns out. */
function runs(row: number, cols: number[]): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < cols.length; i++) {
    if (start < 0) start = cols[i];
    if (cols[i + 1] !== cols[i] + 1) {
      out.push(start === cols[i] ? a1(row, start) : `${a1(row, start)}:${a1(row, cols[i])}`);
      start = -1;
    }
  }
  return out;
}

function valueNote(cell: UnitCell, finding: Finding | undefined): string | null {
  if (finding) return `${finding.message} ${NOT_TOTALLED}`;
  return cell.reason;
}

/** "Có"/"Không" as Excel compares them: ordinary spaces around, composed accents, any case. */
function excelReadsAsWritten(text: string): boolean {
  const t = text.replace(/^ +| +$/g, "");
  return t === t.normalize("NFC") && /^(có|không)$/i.test(t);
}

function unitCell(
  address: string,
  cell: UnitCell,
  source: CellSnapshot | undefined,
  ref: string,
  ind: IndicatorDef,
  finding: Finding | undefined,
): PlanCell {
  const base: PlanCell = { address, border: true, numberFormat: indicatorFormat(ind), horizontal: "right" };
  switch (cell.state) {
    case "not-applicable":
      return { ...base, fill: palette.notApplicable };
    case "ok":
      if (source?.type !== "text") return { ...base, formula: ref, value: cell.value };
      // A flag written "Có"/"Không" is 1/0 to the engine; the formula says so to Excel too — but Excel's TRIM
      // and "=" neither fold non-breaking spaces nor compose accents, so other spellings are written as values.
      return excelReadsAsWritten(String(source.value))
        ? { ...base, formula: `IF(TRIM(${ref})="Có",1,0)`, value: cell.value }
        : { ...base, value: cell.value, note: `Đơn vị ghi "${String(source.value).trim()}" ở ô ${ref}: tính là ${cell.value}.` };
    case "blank":
    case "missing-row": {
      const note = valueNote(cell, finding);
      return note ? { ...base, fill: palette.blank, note } : base;
    }
    case "invalid": {
      const note = valueNote(cell, finding) ?? undefined;
      // The unit's own (wrong) content stays visible; an error value cannot be a cached formula result.
      return source && source.type !== "error"
        ? { ...base, formula: ref, value: source.value, fill: palette.invalid, note }
        : { ...base, value: source ? String(source.value) : null, fill: palette.invalid, note };
    }
  }
}

function missingText(missing: MissingValue[]): string {
  return `Chưa đủ số liệu: ${missing.map((m) => (m.unit ? `${m.unit} (${MISSING_LABEL[m.reason]})` : MISSING_LABEL[m.reason])).join(", ")}.`;
}

/** The total's formula: over its row, or — for a total computed from totals — over their total cells. */
function totalFormula(
  row: IndicatorRowModel,
  unitCols: number[],
  sheetRow: number,
  totalAddress: Map<string, string>,
  computed: Set<string>,
): string | undefined {
  const { indicator: ind, total, cells } = row;
  // A total computed from totals may read another, which is "" without a figure.
  if (ind.totalExpression) return excelFormula(ind.totalExpression, (code: string) => totalAddress.get(code)!, (code) => computed.has(code));
  // Invalid values are shown in their columns but left out of the total, as the engine does.
  const counted = unitCols.filter((_, i) => cells[i].state !== "invalid");
  const ranges = runs(sheetRow, counted);
  if (ranges.length === 0) return undefined;
  return total.count ? ranges.map((r) => `COUNTIF(${r},1)`).join("+") : `SUM(${ranges.join(",")})`;
}

function totalCell(address: string, row: IndicatorRowModel, formula: string | undefined): PlanCell {
  const { indicator: ind, total } = row;
  return {
    address,
    formula,
    // A ratio without a denominator has no figure: its formula gives "", and so does the cached value.
    value: total.missing.some((m) => m.reason === "zero-denominator") ? null : total.value,
    numberFormat: total.count ? countFormat(total.count.n) : indicatorFormat(ind),
    bold: true,
    border: true,
    horizontal: "right",
    fill: total.incomplete ? palette.incomplete : palette.total,
    note: total.incomplete ? missingText(total.missing) : undefined,
  };
}

function sourceUnits(table: TotalsTable, result: ValidationResult): ReportingUnit[] {
  return table.units.map(
    (t) => result.units.find((u) => u.counted && u.name === t.name && u.sheet === t.sheet && u.file === t.file)!,
  );
}

function cellFinding(result: ValidationResult, cell: UnitCell, code: string): Finding | undefined {
  return result.findings.find(
    (f) =>
      f.unit === cell.unit &&
      f.sheet === cell.sheet &&
      f.indicator === code &&
      (f.code.startsWith("value.") || CELL_STRUCTURE_CODES.has(f.code)),
  );
}

/** What a reader of the printed sheet must know first: incomplete totals and wards without figures. */
function statusLine(table: TotalsTable): string | null {
  const parts: string[] = [];
  if (table.incompleteCount > 0) {
    parts.push(
      `Có ${table.incompleteCount} chỉ tiêu chưa đủ số liệu (ô Tổng cộng màu cam; ô màu vàng: để trống, ô màu hồng: không hợp lệ) — xem cột Ghi chú.`,
    );
  }
  const missing = table.wards.expected === null ? 0 : table.wards.expected - table.wards.reported;
  if (missing > 0) parts.push(`Chưa có số liệu của ${missing}/${table.wards.expected} xã, phường — xem trang kết quả kiểm tra.`);
  return parts.length > 0 ? parts.join(" ") : null;
}

function sourceLine(table: TotalsTable): string {
  const cityLevel = table.units.filter((u) => u.kind === "city-level").length;
  const wards = `Số liệu tổng hợp từ ${wardsText(table.wards)}${table.wards.expected === null ? "" : " xã, phường"}`;
  // The grey cells need a word of explanation, and this line is printed on every copy.
  return cityLevel > 0
    ? `${wards} và ${cityLevel} đơn vị cấp thành phố (ô màu xám: chỉ tiêu chỉ do xã, phường báo cáo)`
    : wards;
}

export function buildTotalsSheet(result: ValidationResult, table: TotalsTable, options: TotalsSheetOptions): TotalsSheet {
  const n = table.units.length;
  const unitCols = table.units.map((_, i) => COL.firstUnit + i);
  const totalCol = COL.firstUnit + n;
  const noteCol = totalCol + 1;
  const markerCol = noteCol + 1;
  const lastCol = noteCol;
  const span = (row: number) => `${a1(row, 0)}:${a1(row, lastCol)}`;
  const sources = sourceUnits(table, result);
  const cells: PlanCell[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const totalAddress = new Map<string, string>();
  const computed = new Set(result.form.indicators.filter((i) => i.totalExpression).map((i) => i.code));

  cells.push(text(a1(ROW.title, 0), `TỔNG HỢP ${result.form.title}`, { bold: true, fontSize: 14, horizontal: "center" }));
  cells.push(text(a1(ROW.period, 0), `Kỳ báo cáo: ${table.period ?? "chưa xác định"}`, { bold: true, horizontal: "center" }));
  cells.push(text(a1(ROW.source, 0), sourceLine(table), { italic: true, horizontal: "center" }));
  const status = statusLine(table);
  if (status) cells.push(text(a1(ROW.status, 0), status, { bold: true, fontColor: palette.alert, horizontal: "center" }));

  const header = { bold: true, border: true, fill: palette.header, horizontal: "center", vertical: "middle", wrap: true } as const;
  const headers = ["STT", "Mã số", "Chỉ tiêu", "Đơn vị tính", ...table.units.map((u) => u.name), "Tổng cộng", "Ghi chú"];
  headers.forEach((h, c) => cells.push(text(a1(ROW.header, c), h, header)));
  const numbering = ["A", "B", "C", "D", ...Array.from({ length: n + 2 }, (_, i) => String(i + 1))];
  numbering.forEach((h, c) => cells.push(text(a1(ROW.numbering, c), h, { ...header, bold: false, italic: true })));
  const headerHeight = wrappedRowHeight(table.units.map((u) => ({ text: u.name, width: WIDTH.value })));
  rowHeights.push({ row: ROW.header, height: headerHeight ?? 20 });

  // Every total's cell first: a total computed from totals may read one further down.
  table.rows.forEach((row, i) => {
    if (row.type === "indicator") totalAddress.set(row.indicator.code, a1(ROW.firstData + i, totalCol));
  });
  let r = ROW.firstData;
  for (const row of table.rows) {
    if (row.type === "section") {
      pushSection(cells, r, row, lastCol);
    } else {
      const ind = row.indicator;
      cells.push(text(a1(r, COL.stt), String(row.stt), { border: true, horizontal: "center", vertical: "middle" }));
      cells.push(text(a1(r, COL.code), ind.code, { border: true, horizontal: "center", vertical: "middle" }));
      cells.push(text(a1(r, COL.name), printedName(ind), { border: true, wrap: true, vertical: "middle" }));
      cells.push(text(a1(r, COL.unit), ind.unit, { border: true, horizontal: "center", vertical: "middle", wrap: true }));
      row.cells.forEach((cell, i) => {
        const source = sources[i]?.appendix.rows.get(ind.code)?.cell;
        const ref = cell.address ? qualified(options.unitSheets[i], cell.address) : "";
        const planned = unitCell(a1(r, unitCols[i]), cell, source, ref, ind, cellFinding(result, cell, ind.code));
        cells.push({ ...planned, vertical: "middle" });
      });
      const formula = totalFormula(row, unitCols, r, totalAddress, computed);
      cells.push({ ...totalCell(totalAddress.get(ind.code)!, row, formula), vertical: "middle" });
      const note = row.total.incomplete ? missingText(row.total.missing) : "";
      cells.push({ address: a1(r, noteCol), value: note || null, border: true, wrap: true, vertical: "middle", fontColor: palette.alert });
      const height = wrappedRowHeight([
        { text: printedName(ind), width: WIDTH.name },
        { text: note, width: WIDTH.note },
      ]);
      if (height) rowHeights.push({ row: r, height });
    }
    r++;
  }

  const merges = [span(ROW.title), span(ROW.period), span(ROW.source), span(ROW.status)];
  return {
    plan: {
      name: options.name,
      role: "totals",
      font: sheetFont,
      marker: markerOf("totals"),
      markerAddress: a1(0, markerCol),
      cells,
      merges,
      columnWidths: [
        { col: COL.stt, width: WIDTH.stt },
        { col: COL.code, width: WIDTH.code },
        { col: COL.name, width: WIDTH.name },
        { col: COL.unit, width: WIDTH.unit },
        ...unitCols.map((col) => ({ col, width: WIDTH.value })),
        { col: totalCol, width: WIDTH.total },
        { col: noteCol, width: WIDTH.note },
      ],
      hiddenColumns: [markerCol],
      rowHeights: [{ row: ROW.title, height: 22 }, ...rowHeights],
      frozen: { rows: ROW.firstData, columns: COL.firstUnit },
      autoFilter: null,
      page: {
        orientation: "landscape",
        fitToWidth: true,
        paper: "A4",
        repeatRows: { first: ROW.header, last: ROW.numbering },
        margins: printMargins,
      },
    },
    totalAddress,
  };
}

function pushSection(cells: PlanCell[], r: number, row: SectionRow, lastCol: number): void {
  const style = { bold: true, border: true, fill: palette.section, vertical: "middle" } as const;
  cells.push(text(a1(r, COL.stt), row.stt, { ...style, horizontal: "center" }));
  cells.push(text(a1(r, COL.name), row.title, style));
  for (let c = 0; c <= lastCol; c++) {
    if (c !== COL.stt && c !== COL.name) cells.push({ address: a1(r, c), ...style });
  }
}
