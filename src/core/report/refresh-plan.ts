/**
 * Refreshing a Word document that holds the report, planned without Word: the document's `tonghop:` content
 * controls are compared with a newly built report, and the plan says which controls get new content, which
 * keys the staff deleted (left deleted), which keys the report has that the document lacks (listed, not
 * inserted), and which tags the report no longer has (left as they are).
 *
 * A group control (generated paragraphs, the appendix) holds the figure controls of its paragraphs. When only
 * its figures changed, the figures are written one by one and the group keeps whatever else is in it; when
 * its wording changed too (a figure fell to zero, a note came or went), the whole group is rewritten.
 */
import { ReportModel, TAG_PREFIX, tagOf } from "./model";
import { reportFigures } from "./report-figures";

export interface RefreshEntry {
  tag: string;
  /** The content control's title, shown to staff. */
  label: string;
  /** As `reportFigures` gives it: what the .docx holds in the control. */
  text: string;
  /** The tag of the group a figure sits in; null for a group. */
  group: string | null;
  /** A group's text as its wording and the tags of its figures, in reading order; null for a figure. */
  parts: GroupPart[] | null;
}

export type GroupPart = string | { figure: string };

/** A content control of the document as loaded from Word. */
export interface DocControl {
  id: number;
  tag: string;
  text: string;
  /** The id of the control it sits in, or null. */
  parentId: number | null;
}

/** "text": replace the control's text (a figure); "content": rewrite the group with the report's layout. */
export interface ControlUpdate {
  id: number;
  tag: string;
  mode: "text" | "content";
  text: string;
}

export interface Change {
  tag: string;
  label: string;
  before: string;
  after: string;
}

export interface MissingKey {
  tag: string;
  label: string;
  /** The key it would follow in report order; null when it would come first. */
  after: string | null;
  afterLabel: string | null;
}

export interface RefreshPlan {
  updates: ControlUpdate[];
  /** One per tag whose text changes, in report order. */
  changes: Change[];
  /** Keys the document had and the staff deleted: not recreated. */
  deleted: MissingKey[];
  /** Keys the report now has and the document never had: not inserted. */
  added: MissingKey[];
  /** Tags in the document that the report no longer has: left as they are. */
  stale: string[];
  /** Controls already showing their new text. */
  unchanged: number;
}

/** The report's tagged contents in reading order, each group followed by its figures; texts from `reportFigures`. */
export function refreshEntries(model: ReportModel): RefreshEntry[] {
  const texts = reportFigures(model);
  const entries: RefreshEntry[] = [];
  for (const block of model.body) {
    if (block.type !== "generated") continue;
    const group = tagOf(block.key);
    const figures: RefreshEntry[] = [];
    const parts: GroupPart[] = block.paragraphs.flatMap((p, i) => [
      ...(i > 0 ? ["\n"] : []),
      ...p.runs.map((r) => {
        if (r.type !== "figure") return r.text;
        figures.push({ tag: tagOf(r.key), label: r.label, text: texts.get(tagOf(r.key))!, group, parts: null });
        return { figure: tagOf(r.key) };
      }),
    ]);
    entries.push({ tag: group, label: block.label, text: texts.get(group)!, group: null, parts }, ...figures);
  }
  const appendix = tagOf(model.appendix.key);
  const text = texts.get(appendix)!;
  entries.push({ tag: appendix, label: model.appendix.title, text, group: null, parts: [text] });
  return entries;
}

export function isReportTag(tag: string): boolean {
  return tag.startsWith(TAG_PREFIX);
}

/** Word ends each table cell's text with this mark. */
const CELL_MARK = "\u0007";

/**
 * Text compared as a reader sees it: Word's paragraph marks ("\r"), cell marks ("\u0007"), tabs and line
 * breaks all count as one space, so the same content compares equal however Word returns it.
 */
export function readingText(s: string): string {
  return s.normalize("NFC").replaceAll(CELL_MARK, " ").replace(/\s+/gu, " ").trim();
}

/** The text as staff read it in the pane: Word's "\r" paragraph marks as line breaks, cell marks dropped. */
export function displayText(s: string): string {
  return s.replace(/\r\n?/g, "\n").replaceAll(CELL_MARK, "").trim();
}

/** The group's text as it reads when only its figures differ: its new wording around the figures' current texts. */
function currentWording(parts: GroupPart[], figureText: (tag: string) => string): string {
  return readingText(parts.map((p) => (typeof p === "string" ? p : figureText(p.figure))).join(""));
}

function missingKey(entry: RefreshEntry, previous: RefreshEntry | undefined): MissingKey {
  return { tag: entry.tag, label: entry.label, after: previous?.tag ?? null, afterLabel: previous?.label ?? null };
}

/**
 * @param knownGroups the group tags the document was last written with (from its link); null when unknown,
 * in which case a missing group is taken as deleted by the staff.
 */
export function planRefresh(controls: DocControl[], entries: RefreshEntry[], knownGroups: readonly string[] | null): RefreshPlan {
  const ours = controls.filter((c) => isReportTag(c.tag));
  const entryOf = new Map(entries.map((e) => [e.tag, e]));
  const byTag = new Map<string, DocControl[]>();
  for (const c of ours) byTag.set(c.tag, [...(byTag.get(c.tag) ?? []), c]);

  const rewritten = new Set<number>();
  const groupTexts: ControlUpdate[] = [];
  const changed = new Map<string, Change>();
  const change = (e: RefreshEntry, before: string) => {
    if (!changed.has(e.tag)) changed.set(e.tag, { tag: e.tag, label: e.label, before: displayText(before), after: e.text });
  };
  let unchanged = 0;

  for (const group of entries.filter((e) => e.group === null)) {
    for (const control of byTag.get(group.tag) ?? []) {
      if (readingText(control.text) === readingText(group.text)) {
        unchanged++;
        continue;
      }
      // A figure control the staff removed counts with its new text: a changed one forces the rewrite.
      const inside = new Map(ours.filter((c) => c.parentId === control.id).map((c) => [c.tag, c.text]));
      const figureText = (tag: string) => inside.get(tag) ?? entryOf.get(tag)!.text;
      if (currentWording(group.parts ?? [group.text], figureText) === readingText(control.text)) continue;
      rewritten.add(control.id);
      groupTexts.push({ id: control.id, tag: group.tag, mode: "content", text: group.text });
      change(group, control.text);
    }
  }

  const inRewritten = (c: DocControl) => c.parentId !== null && rewritten.has(c.parentId);
  const figureTexts: ControlUpdate[] = [];
  for (const figure of entries.filter((e) => e.group !== null)) {
    for (const control of byTag.get(figure.tag) ?? []) {
      if (readingText(control.text) === readingText(figure.text)) {
        unchanged++;
        continue;
      }
      change(figure, control.text);
      if (!inRewritten(control)) figureTexts.push({ id: control.id, tag: figure.tag, mode: "text", text: figure.text });
    }
  }

  const deleted: MissingKey[] = [];
  const added: MissingKey[] = [];
  const presentGroups = entries.filter((e) => e.group === null && byTag.has(e.tag));
  entries.forEach((e, i) => {
    if (byTag.has(e.tag)) return;
    if (e.group === null) {
      const previous = presentGroups.filter((g) => entries.indexOf(g) < i).pop();
      const isNew = knownGroups !== null && !knownGroups.includes(e.tag);
      (isNew ? added : deleted).push(missingKey(e, previous));
      return;
    }
    // A figure comes back with its group when the group is rewritten, and goes with it when it was deleted.
    const groupControls = byTag.get(e.group) ?? [];
    if (groupControls.length === 0 || groupControls.some((g) => rewritten.has(g.id))) return;
    const previous = entries.slice(0, i).filter((p) => p.group === e.group && byTag.has(p.tag)).pop() ?? entryOf.get(e.group);
    deleted.push(missingKey(e, previous));
  });

  const stale = [...new Set(ours.filter((c) => !entryOf.has(c.tag) && !inRewritten(c)).map((c) => c.tag))];
  const order = new Map(entries.map((e, i) => [e.tag, i]));
  const changes = [...changed.values()].sort((a, b) => order.get(a.tag)! - order.get(b.tag)!);
  // Figures first: a figure nested deeper in a rewritten group is written before the group replaces it, not after.
  return { updates: [...figureTexts, ...groupTexts], changes, deleted, added, stale, unchanged };
}
