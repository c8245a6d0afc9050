/**
 * Marking the cells of findings (fill + note) and taking the marks off again. Only fills and notes change;
 * a ward's values are never written. Each call is at most three round trips whatever the number of sheets:
 * (1) sheet names, current fills of the cells to mark, the list of notes; (2) the marks sheet and where
 * each note sits — skipped when there is neither; (3) every write.
 */
import { Finding, Severity, severityOrder } from "../../core/findings";
import { findingText } from "../../core/findings-view";
import { palette } from "../../core/workbook-plan/styles";
import type { MarkResult } from "../../app/ports";
import { Annotations } from "./annotations";
import { API, ExcelEnv } from "./env";
import { decodeMarks, encodeMarks, Mark, markKey, MARKS_SHEET, PriorFill } from "./marks";

const MARK_FILL: Record<Severity, string> = {
  error: `#${palette.error}`,
  warning: `#${palette.warning}`,
  info: `#${palette.info}`,
};

interface Target {
  sheet: string;
  cell: string;
  severity: Severity;
  text: string;
}

/** One target per cell: the most severe finding's colour, every message in the note. */
export function targetsOf(findings: Finding[]): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const key = markKey(f.sheet, f.cell);
    const t = byCell.get(key);
    if (!t) byCell.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity, text: findingText(f) });
    else {
      if (severityOrder[f.severity] < severityOrder[t.severity]) t.severity = f.severity;
      t.text += "\n" + findingText(f);
    }
  }
  return [...byCell.values()];
}

function annotationsOf(env: ExcelEnv, context: Excel.RequestContext): Annotations | null {
  if (env.supports(API.notes)) return new Annotations("notes", context);
  return env.supports(API.comments) ? new Annotations("comments", context) : null;
}

function restoreFill(fill: Excel.RangeFill, prior: PriorFill): void {
  if (prior.pattern === "None") {
    fill.clear();
    return;
  }
  fill.color = prior.color;
  if (prior.pattern !== "Solid") {
    fill.pattern = prior.pattern as Excel.FillPattern;
    fill.patternColor = prior.patternColor;
  }
}

function writeMarks(sheets: Excel.WorksheetCollection, exists: boolean, marks: Mark[]): void {
  if (marks.length === 0) {
    if (exists) sheets.getItem(MARKS_SHEET).delete();
    return;
  }
  const ws = exists ? sheets.getItem(MARKS_SHEET) : sheets.add(MARKS_SHEET);
  if (exists) ws.getRange().clear();
  else ws.visibility = "VeryHidden";
  const rows = encodeMarks(marks);
  const range = ws.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  // Text format first, so a note starting with "=" or looking like a date stays as written.
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
}

/** Marks `findings` (no findings: takes every mark off). */
export async function applyMarks(env: ExcelEnv, findings: Finding[]): Promise<MarkResult> {
  const targets = targetsOf(findings);
  return env.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const fills = targets.map((t) => {
      const fill = sheets.getItem(t.sheet).getRange(t.cell).format.fill;
      fill.load("color,pattern,patternColor");
      return fill;
    });
    const notes = annotationsOf(env, context);
    notes?.queueList();
    await context.sync();

    const names = new Set(sheets.items.map((s) => s.name));
    const hasMarks = names.has(MARKS_SHEET);
    const marksRange = hasMarks ? sheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true) : null;
    marksRange?.load("values");
    const locating = notes?.queueLocations() ?? false;
    if (marksRange || locating) await context.sync();
    notes?.index();

    const previous = new Map(
      (marksRange && !marksRange.isNullObject ? decodeMarks(marksRange.values) : []).map((m) => [markKey(m.sheet, m.cell), m]),
    );
    const marks: Mark[] = [];
    targets.forEach((t, i) => {
      const key = markKey(t.sheet, t.cell);
      const earlier = previous.get(key);
      previous.delete(key);
      const fill = fills[i];
      const mark = earlier ?? {
        sheet: t.sheet,
        cell: t.cell,
        fill: { pattern: fill.pattern, color: fill.color, patternColor: fill.patternColor },
        note: notes?.textAt(t.sheet, t.cell) ?? null,
      };
      marks.push(mark);
      fill.color = MARK_FILL[t.severity];
      const ws = sheets.getItem(t.sheet);
      if (notes && (mark.note === null || notes.overwritesUserText)) notes.write(ws, t.sheet, t.cell, t.text);
    });
    let restored = 0;
    for (const m of previous.values()) {
      if (!names.has(m.sheet)) continue;
      const ws = sheets.getItem(m.sheet);
      restoreFill(ws.getRange(m.cell).format.fill, m.fill);
      if (m.note === null) notes?.remove(m.sheet, m.cell);
      else if (notes?.overwritesUserText) notes.write(ws, m.sheet, m.cell, m.note);
      restored++;
    }
    writeMarks(sheets, hasMarks, marks);
    await context.sync();
    return { marked: marks.length, restored };
  });
}
