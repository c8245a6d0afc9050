/**
 * A neutral write plan: what to write into a workbook, produced once in core and only translated by
 * the xlsx writer (ExcelJS) and the Excel add-in writer. No layout logic lives in a host adapter.
 */

export interface PlanCell {
  /** A1 address on the sheet. */
  address: string;
  value?: string | number | boolean | null;
  /** Formula without the leading "="; `value` is its cached result. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontSize?: number;
  /** Fill colour as RRGGBB. */
  fill?: string;
  fontColor?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
  /** Cell note (comment) text. */
  note?: string;
  /** Internal hyperlink to a cell of the workbook. */
  link?: { sheet: string; address: string };
  /** Excel data validation: what the cell accepts, the message shown when it is selected and on a refusal. */
  validation?: CellValidation;
  /** Editable when the sheet is protected (cells are locked by default). */
  unlocked?: true;
}

export interface CellValidation {
  /** "whole" and "decimal" accept numbers from `min` (to `max` when given); "list" one of `list`. */
  type: "whole" | "decimal" | "list";
  min?: number;
  max?: number;
  list?: string[];
  /** Excel shows at most 32 characters of a title and 255 of a text. */
  prompt: { title: string; text: string };
  error: { title: string; text: string };
}

export type SheetRole = "totals" | "findings";

/** A sheet's contents and print layout: a generated sheet (SheetPlan), or a ward's blank template. */
export interface SheetLayout {
  name: string;
  /** Font of every cell of the sheet unless a cell says otherwise. */
  font?: { name: string; size: number };
  cells: PlanCell[];
  merges: string[];
  /** Column widths in Excel character units, by 0-based column index. */
  columnWidths: { col: number; width: number }[];
  hiddenColumns: number[];
  /** Row heights in points, by 0-based row index; rows not listed keep the default. */
  rowHeights?: { row: number; height: number }[];
  frozen: { rows: number; columns: number } | null;
  autoFilter: string | null;
  page: {
    orientation: "landscape" | "portrait";
    fitToWidth: boolean;
    paper: "A4";
    /** 0-based rows repeated at the top of every printed page. */
    repeatRows?: { first: number; last: number };
    /** Page margins in inches; the host's defaults when absent. */
    margins?: { top: number; bottom: number; left: number; right: number };
  };
  /** Protected without a password: only `unlocked` cells can be edited; column widths and row heights still can. */
  protected?: true;
}

/** A sheet the product generates into a workbook and regenerates later. */
export interface SheetPlan extends SheetLayout {
  /**
   * The intended name ("Tổng hợp", "Kết quả kiểm tra"), or the name names.ts resolved against the workbook's
   * sheets when the plan was built with them ("Tổng hợp (2)" when a user's own sheet holds the name).
   */
  name: string;
  role: SheetRole;
  /** Sheets of the workbook the product generated earlier that this sheet supersedes: delete them first. */
  replaces?: string[];
  /** Written in row 1 of a hidden column so regeneration recognises the product's own sheets. */
  marker: string;
  markerAddress: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
}
