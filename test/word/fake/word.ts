/**
 * A Word.run over office-addin-mock objects and a FakeDocument. Every object handed to the adapter is an
 * OfficeMockObject, so a property read without load + sync yields the mock's "not loaded" text; method calls
 * that change the document are queued and applied at the next sync, like Office.js. Counts syncs and logs
 * every change.
 */
// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose ESM dependencies Jest cannot load.
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Outlook: "outlook" } }));
import JSZip from "jszip";
import { OfficeMockObject } from "office-addin-mock";
import type { WordEnv } from "../../../src/hosts/word/env";
import { allControls, ControlNode, FakeNode, NodeReader, textOf } from "./nodes";

type Obj = Record<string, unknown>;

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeDocument {
  body: FakeNode[] = [];
  readonly properties = new Map<string, string>();
  /** Sections and whether a page header with a PAGE field came along with an inserted file. */
  sections = 1;
  pageNumbers = false;
  syncs = 0;
  readonly log: string[] = [];
  private lastId = 0;
  readonly reader = new NodeReader(() => this.newId());

  newId(): number {
    return ++this.lastId;
  }

  controls(): { control: ControlNode; parent: ControlNode | null }[] {
    return allControls(this.body);
  }

  find(tag: string): ControlNode | undefined {
    return this.controls().find((c) => c.control.tag === tag)?.control;
  }

  text(): string {
    return textOf(this.body);
  }

  resetCounters(): void {
    this.syncs = 0;
    this.log.length = 0;
  }

  async insertDocx(base64: string, withSections: boolean): Promise<void> {
    const zip = await JSZip.loadAsync(Buffer.from(base64, "base64"));
    const xml = await zip.file("word/document.xml")!.async("string");
    this.body = this.reader.body(xml);
    if (!withSections) return;
    this.sections = (xml.match(/<w:sectPr\b/g) ?? []).length;
    const headers = await Promise.all(zip.file(/^word\/header\d+\.xml$/).map((f) => f.async("string")));
    this.pageNumbers = headers.some((h) => /PAGE/.test(h));
  }
}

/** Word gives paragraph marks as "\r". */
const wordText = (nodes: FakeNode[]) => textOf(nodes).replace(/\n/g, "\r");

function props(arg: unknown): string[] {
  return String(arg ?? "")
    .split(",")
    .map((p) => p.trim().replace(/^items\//, ""))
    .filter(Boolean);
}

class Batch {
  private readonly pending: (() => void | Promise<void>)[] = [];
  private readonly roots: OfficeMockObject[] = [];
  private readonly collections: (() => Promise<void>)[] = [];
  readonly context: Obj;

  constructor(
    private readonly doc: FakeDocument,
    private readonly maxVersion: number,
  ) {
    this.context = { document: this.document(), sync: () => this.sync() };
  }

  private async sync(): Promise<void> {
    this.doc.syncs++;
    for (const op of this.pending.splice(0)) await op();
    for (const load of this.collections.splice(0)) await load();
    for (const raw of this.roots) void raw.sync();
    // office-addin-mock settles nested properties in later microtasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  private mock(data: Obj): OfficeMockObject {
    const raw = new OfficeMockObject(data);
    this.roots.push(raw);
    return raw;
  }

  /** A *OrNullObject result: `isNullObject` is available after any load and sync, as in Office.js. */
  private nullable(data: Obj): OfficeMockObject {
    const raw = this.mock(data);
    const load = raw.load.bind(raw);
    raw.load = (arg: unknown) => load([...props(arg), "isNullObject"]);
    return raw;
  }

  private requires(version: number, what: string): void {
    if (this.maxVersion < version) throw new OfficeError("ApiNotFound", `${what} needs WordApi ${version}`);
  }

  private change(entry: string, op: () => void | Promise<void>): void {
    this.pending.push(() => {
      this.doc.log.push(entry);
      return op();
    });
  }

  private control(node: ControlNode, parent: ControlNode | null): OfficeMockObject {
    const alive = () => {
      if (!this.doc.controls().some((c) => c.control === node)) throw new OfficeError("ItemNotFound", `Control ${node.id} is gone`);
    };
    return new OfficeMockObject({
      id: node.id,
      tag: node.tag,
      title: node.title,
      text: wordText(node.children),
      parentContentControlOrNullObject: { id: parent?.id ?? 0, isNullObject: parent === null },
      insertText: (text: string, location: string) => {
        if (location !== "Replace") throw new Error(`unexpected location ${location}`);
        this.change(`insertText ${node.tag}`, () => {
          alive();
          node.children = [{ kind: "text", text: text }];
        });
      },
      insertOoxml: (ooxml: string, location: string) => {
        if (location !== "Replace") throw new Error(`unexpected location ${location}`);
        this.change(`insertOoxml ${node.tag}`, () => {
          alive();
          node.children = this.doc.reader.body(ooxml);
        });
      },
    });
  }

  private contentControls(): Obj {
    // The collection's items appear at sync, each loaded with the properties asked for.
    const queue = (load: () => Promise<void>) => this.collections.push(load);
    const controls = () => this.doc.controls();
    const proxy = (node: ControlNode, parent: ControlNode | null) => this.control(node, parent);
    return {
      load: function (this: Obj, arg: unknown) {
        const wanted = props(arg);
        if (wanted.some((p) => p.startsWith("parentContentControlOrNullObject/"))) wanted.push("parentContentControlOrNullObject/isNullObject");
        queue(async () => {
          const items = controls().map(({ control, parent }) => proxy(control, parent));
          for (const item of items) {
            item.load(wanted);
            await item.sync();
          }
          this.items = items;
        });
      },
      getFirstOrNullObject: () => {
        const first = controls()[0]?.control;
        return this.nullable({ id: first?.id ?? 0, tag: first?.tag ?? "", isNullObject: first === undefined });
      },
    };
  }

  private customProperties(): Obj {
    return {
      getItemOrNullObject: (key: string) => {
        const value = this.doc.properties.get(key);
        return this.nullable({ key, value: value ?? "", isNullObject: value === undefined });
      },
      add: (key: string, value: unknown) => {
        this.change(`property ${key}`, () => void this.doc.properties.set(key, String(value)));
        return {};
      },
    };
  }

  private document(): OfficeMockObject {
    return this.mock({
      body: {
        text: wordText(this.doc.body),
        insertFileFromBase64: (base64: string, location: string) => {
          if (location !== "Replace") throw new Error(`unexpected location ${location}`);
          this.change("insertFile body", () => this.doc.insertDocx(base64, false));
          return {};
        },
      },
      contentControls: this.contentControls(),
      properties: { customProperties: this.customProperties() },
      insertFileFromBase64: (base64: string, location: string) => {
        this.requires(1.5, "Document.insertFileFromBase64");
        if (location !== "Replace") throw new Error(`unexpected location ${location}`);
        this.change("insertFile document", () => this.doc.insertDocx(base64, true));
        return {};
      },
    });
  }
}

/** A WordEnv over `doc`, for a Word supporting WordApi up to `maxVersion`. */
export function fakeWordEnv(doc: FakeDocument, maxVersion = 1.8): WordEnv {
  return {
    run: (batch) => batch(new Batch(doc, maxVersion).context as unknown as Word.RequestContext),
    supports: (version) => Number(version) <= maxVersion,
  };
}
