/**
 * A unit's blank appendix in the form's §2 layout (docs/form-phu-luc-pcmd.md), ready to print and to fill:
 * every value cell validates what is typed and says what to type; only the unit, period, value and note
 * cells can be edited, the sheet being protected without a password.
 */
import { a1 } from "../address";
import { printedName, type FormDef, type IndicatorDef } from "../form";
import type { UnitKind } from "../units";
import { indicatorFormat, palette, printMargins, sheetFont } from "./styles";
import { wrappedRowHeight } from "./text-fit";
import type { CellValidation, PlanCell, SheetLayout } from "./types";

export interface TemplateUnit {
  name: string;
  kind: UnitKind;
}

export const TEMPLATE_SHEET_NAME = "Phụ lục";

const COL = { stt: 0, code: 1, name: 2, unit: 3, value: 4, note: 5 } as const;
const LAST_COL = COL.note;
const WIDTHS = [6, 7, 52, 12, 14, 18];
const ROW = { title: 0, formTitle: 1, unit: 2, period: 3, header: 5, numbering: 6, body: 7 } as const;
const HEADERS = ["STT", "Mã số", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"];
const NUMBERING = ["A", "B", "C", "D", "1", "2"];

const TITLE_MAX = 32;
const TEXT_MAX = 255;

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + "…";
}

function unitPart(ind: IndicatorDef): string {
  return ind.unit ? ` (${ind.unit})` : "";
}

/** What the value cell accepts, worded for the ward's clerk. */
export function valueValidation(ind: IndicatorDef): CellValidation {
  // Excel cuts a longer title and may refuse the file over it; the full name then opens the text.
  const title = clip(ind.name, TITLE_MAX);
  const lead = title === ind.name ? "" : `${ind.name}. `;
  const prompt = (text: string) => ({ title, text: clip(lead + text, TEXT_MAX) });
  const error = (text: string) => ({ title: "Số liệu không hợp lệ", text });
  switch (ind.kind) {
    case "integer":
      return {
        type: "whole",
        min: 0,
        prompt: prompt(`Nhập số nguyên ≥ 0${unitPart(ind)}; ghi 0 nếu không phát sinh.`),
        error: error("Chỉ nhập số nguyên không âm (0, 1, 2…), không nhập chữ hay dấu cách."),
      };
    case "decimal":
      return {
        type: "decimal",
        min: 0,
        prompt: prompt(`Nhập số ≥ 0${unitPart(ind)}, tối đa ${ind.decimals} chữ số thập phân; ghi 0 nếu không phát sinh.`),
        error: error(`Chỉ nhập số không âm, tối đa ${ind.decimals} chữ số thập phân, không nhập chữ.`),
      };
    case "percent":
      return {
        type: "decimal",
        min: 0,
        max: 100,
        prompt: prompt(`Nhập tỷ lệ từ 0 đến 100 (không nhập dấu %), tối đa ${ind.decimals} chữ số thập phân.`),
        error: error(`Chỉ nhập số từ 0 đến 100, tối đa ${ind.decimals} chữ số thập phân.`),
      };
    case "flag":
      return {
        type: "list",
        list: ["0", "1"],
        prompt: prompt("Chọn 1 nếu có, 0 nếu không."),
        error: error("Chỉ nhập 1 (có) hoặc 0 (không)."),
      };
  }
}

/** "I. ĐỊA BÀN" → STT "I", title "ĐỊA BÀN"; a section without a numeral keeps its whole name. */
function splitSection(section: string): { stt: string | null; title: string } {
  const m = /^([IVXLCDM]+)\.\s*(.+)$/.exec(section);
  return m ? { stt: m[1], title: m[2] } : { stt: null, title: section };
}

const bordered = { border: true, vertical: "middle" } as const;

export function templateSheet(form: FormDef, unit: TemplateUnit, period: string): SheetLayout {
  const cells: PlanCell[] = [];
  const merges: string[] = [];
  const rowHeights: { row: number; height: number }[] = [{ row: ROW.formTitle, height: 34 }];
  const fitRow = (row: number, texts: { text: string; width: number }[]) => {
    const height = wrappedRowHeight(texts);
    if (height !== null) rowHeights.push({ row, height });
  };
  const wholeRow = (r: number) => `${a1(r, 0)}:${a1(r, LAST_COL)}`;

  cells.push({ address: a1(ROW.title, 0), value: "PHỤ LỤC", bold: true, fontSize: 13, horizontal: "center" });
  cells.push({ address: a1(ROW.formTitle, 0), value: form.title, bold: true, fontSize: 13, horizontal: "center", wrap: true });
  merges.push(wholeRow(ROW.title), wholeRow(ROW.formTitle));
  for (const [r, label, value] of [[ROW.unit, "Đơn vị báo cáo:", unit.name], [ROW.period, "Kỳ báo cáo:", period]] as const) {
    cells.push({ address: a1(r, 0), value: label, bold: true });
    cells.push({ address: a1(r, COL.name), value, unlocked: true });
    merges.push(`${a1(r, 0)}:${a1(r, COL.code)}`, `${a1(r, COL.name)}:${a1(r, LAST_COL)}`);
  }
  HEADERS.forEach((h, c) => {
    cells.push({ address: a1(ROW.header, c), value: h, bold: true, horizontal: "center", wrap: true, fill: palette.header, ...bordered });
    cells.push({ address: a1(ROW.numbering, c), value: NUMBERING[c], italic: true, horizontal: "center", ...bordered });
  });

  let r = ROW.body;
  let section: string | null = null;
  form.indicators.forEach((ind, i) => {
    if (ind.section !== section) {
      section = ind.section;
      const { stt, title } = splitSection(section);
      for (let c = 0; c <= LAST_COL; c++) {
        const value = c === COL.stt ? stt : c === COL.name ? title : null;
        cells.push({ address: a1(r, c), value, bold: true, fill: palette.section, horizontal: c === COL.stt ? "center" : undefined, wrap: c === COL.name, ...bordered });
      }
      // A section title runs across the unit, value and note columns.
      merges.push(`${a1(r, COL.name)}:${a1(r, LAST_COL)}`);
      fitRow(r, [{ text: title, width: WIDTHS[COL.name] + WIDTHS[COL.unit] + WIDTHS[COL.value] + WIDTHS[COL.note] }]);
      r++;
    }
    // A city-level unit leaves a ward-only indicator blank (its value would be counted twice): no entry there.
    const applies = unit.kind === "ward" || ind.scope === "all-units";
    cells.push({ address: a1(r, COL.stt), value: i + 1, horizontal: "center", ...bordered });
    cells.push({ address: a1(r, COL.code), value: ind.code, numberFormat: "@", horizontal: "center", ...bordered });
    cells.push({ address: a1(r, COL.name), value: printedName(ind), wrap: true, ...bordered });
    cells.push({ address: a1(r, COL.unit), value: ind.unit || null, horizontal: "center", wrap: true, ...bordered });
    cells.push(
      applies
        ? { address: a1(r, COL.value), numberFormat: indicatorFormat(ind), validation: valueValidation(ind), unlocked: true, ...bordered }
        : { address: a1(r, COL.value), fill: palette.notApplicable, ...bordered },
    );
    cells.push({ address: a1(r, COL.note), wrap: true, unlocked: true, ...bordered });
    fitRow(r, [{ text: printedName(ind), width: WIDTHS[COL.name] }, { text: ind.unit, width: WIDTHS[COL.unit] }]);
    r++;
  });

  const signature = r + 1;
  for (const [c, role, hint] of [[COL.name, "Người lập biểu", "(Ký, ghi rõ họ tên)"], [COL.value, "Thủ trưởng đơn vị", "(Ký tên, đóng dấu)"]] as const) {
    const to = c === COL.value ? LAST_COL : c;
    cells.push({ address: a1(signature, c), value: role, bold: true, horizontal: "center" });
    cells.push({ address: a1(signature + 1, c), value: hint, italic: true, horizontal: "center" });
    if (to !== c) merges.push(`${a1(signature, c)}:${a1(signature, to)}`, `${a1(signature + 1, c)}:${a1(signature + 1, to)}`);
  }

  return {
    name: TEMPLATE_SHEET_NAME,
    font: sheetFont,
    cells,
    merges,
    columnWidths: WIDTHS.map((width, col) => ({ col, width })),
    hiddenColumns: [],
    rowHeights,
    frozen: { rows: ROW.body, columns: 0 },
    autoFilter: null,
    page: {
      orientation: "portrait",
      fitToWidth: true,
      paper: "A4",
      repeatRows: { first: ROW.header, last: ROW.numbering },
      margins: printMargins,
    },
    protected: true,
  };
}
