/**
 * Translates core's write plan onto the open workbook in one round trip, calculation suspended: the sheets a
 * plan replaces are deleted, each generated sheet is added at their place and written block by block.
 */
import { qualified } from "../../core/address";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook-plan/types";
import { boxAddress } from "./addresses";
import { API, ExcelEnv } from "./env";
import { blocksOf, CellStyle, columnRuns, frozenRange, positionsOf, styleGroups } from "./plan-layout";

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;
const BORDER_COLOR = "#808080";
const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

type NoteWriter = ((ws: Excel.Worksheet, cell: string, text: string) => void) | null;

function applyStyle(format: Excel.RangeFormat, s: CellStyle): void {
  const font = format.font;
  if (s.fontName) font.name = s.fontName;
  if (s.fontSize) font.size = s.fontSize;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.underline) font.underline = "Single";
  if (s.fontColor) font.color = `#${s.fontColor}`;
  if (s.fill) format.fill.color = `#${s.fill}`;
  if (s.horizontal) format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) format.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap) format.wrapText = true;
  if (s.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = BORDER_COLOR;
    }
  }
}

function writeSheet(ws: Excel.Worksheet, plan: SheetPlan, writeNote: NoteWriter): void {
  const blocks = blocksOf(plan);
  const block = ws.getRange(boxAddress(blocks.box));
  block.numberFormat = blocks.numberFormat;
  block.formulas = blocks.formulas;
  for (const group of styleGroups(plan)) {
    for (const list of group.addressLists) applyStyle(ws.getRanges(list).format, group.style);
  }
  for (const cell of plan.cells) {
    if (cell.link) {
      ws.getRange(cell.address).hyperlink = {
        documentReference: qualified(cell.link.sheet, cell.link.address),
        textToDisplay: String(cell.value ?? cell.link.address),
      };
    }
    if (cell.note && writeNote) writeNote(ws, cell.address, cell.note);
  }
  for (const merge of plan.merges) ws.getRange(merge).merge(false);
  for (const run of columnRuns(plan.columnWidths)) ws.getRange(run.address).format.columnWidth = run.points;
  for (const col of plan.hiddenColumns) ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().columnHidden = true;
  for (const { row, height } of plan.rowHeights ?? []) ws.getRangeByIndexes(row, 0, 1, 1).getEntireRow().format.rowHeight = height;
  if (plan.frozen) {
    const { rows, columns } = plan.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(frozenRange(plan.frozen));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  }
  if (plan.autoFilter) ws.autoFilter.apply(ws.getRange(plan.autoFilter));
  const page = ws.pageLayout;
  page.orientation = plan.page.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = "A4";
  // One page wide, as many tall as needed (the xlsx writer's fitToWidth 1, fitToHeight 0).
  if (plan.page.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (plan.page.repeatRows) page.setPrintTitleRows(`$${plan.page.repeatRows.first + 1}:$${plan.page.repeatRows.last + 1}`);
}

function noteWriter(env: ExcelEnv, context: Excel.RequestContext): NoteWriter {
  if (env.supports(API.notes)) return (ws, cell, text) => ws.notes.add(ws.getRange(cell), text);
  if (env.supports(API.comments)) return (ws, cell, text) => context.workbook.comments.add(ws.getRange(cell), text);
  return null;
}

/** `order`: the workbook's sheet names in tab order, as last read. Shows the plan's first sheet. */
export async function writeWorkbookPlan(env: ExcelEnv, plan: WorkbookPlan, order: string[]): Promise<void> {
  await env.run(async (context) => {
    context.application.suspendApiCalculationUntilNextSync();
    const sheets = context.workbook.worksheets;
    for (const name of new Set(plan.sheets.flatMap((p) => p.replaces ?? []))) sheets.getItem(name).delete();
    const writeNote = noteWriter(env, context);
    const added = plan.sheets.map((p) => {
      const ws = sheets.add(p.name);
      writeSheet(ws, p, writeNote);
      return ws;
    });
    const positions = positionsOf(plan.sheets, order);
    positions
      .map((position, i) => ({ position, ws: added[i] }))
      .filter((p): p is { position: number; ws: Excel.Worksheet } => p.position !== null)
      .sort((a, b) => a.position - b.position)
      .forEach(({ position, ws }) => (ws.position = position));
    added[0]?.activate();
    await context.sync();
  });
}
