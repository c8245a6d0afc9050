/**
 * Cell notes (ExcelApi 1.18) or, where notes are unavailable, threaded comments (1.10). Neither object
 * exposes its cell as a property, so finding the annotations by cell takes two round trips: the list, then
 * each one's location.
 */
import { markKey } from "./marks";
import { splitAddress } from "./addresses";

type Annotation = Excel.Note | Excel.Comment;

export class Annotations {
  private collection: Excel.NoteCollection | Excel.CommentCollection | null = null;
  private locations: { item: Annotation; range: Excel.Range }[] = [];
  private readonly byCell = new Map<string, Annotation>();

  constructor(
    readonly kind: "notes" | "comments",
    private readonly context: Excel.RequestContext,
  ) {}

  /** Comments belong to their authors: an existing one is left as it is, only notes are overwritten. */
  get overwritesUserText(): boolean {
    return this.kind === "notes";
  }

  /** Before the first sync. */
  queueList(): void {
    const wb = this.context.workbook;
    this.collection = this.kind === "notes" ? wb.notes : wb.comments;
    this.collection.load("items/content");
  }

  /** After the first sync; false when there is nothing to locate (no second sync needed). */
  queueLocations(): boolean {
    const items = (this.collection?.items ?? []) as Annotation[];
    this.locations = items.map((item) => {
      const range = item.getLocation();
      range.load("address");
      return { item, range };
    });
    return this.locations.length > 0;
  }

  /** After the second sync. */
  index(): void {
    for (const { item, range } of this.locations) {
      const { sheet, local } = splitAddress(range.address);
      if (sheet !== null) this.byCell.set(markKey(sheet, local), item);
    }
  }

  textAt(sheet: string, cell: string): string | null {
    return this.byCell.get(markKey(sheet, cell))?.content ?? null;
  }

  write(ws: Excel.Worksheet, sheet: string, cell: string, text: string): void {
    const existing = this.byCell.get(markKey(sheet, cell));
    if (existing) existing.content = text;
    else if (this.kind === "notes") ws.notes.add(ws.getRange(cell), text);
    else this.context.workbook.comments.add(ws.getRange(cell), text);
  }

  remove(sheet: string, cell: string): void {
    this.byCell.get(markKey(sheet, cell))?.delete();
  }
}
