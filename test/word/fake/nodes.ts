/**
 * The document behind the Word fake: text and content controls as a tree, read from WordprocessingML with
 * fast-xml-parser (independently of src/hosts/word/ooxml.ts). Paragraphs are separated by "\n"; a table is
 * one row a line, cells joined by "\t".
 */
import { XMLParser } from "fast-xml-parser";

export interface TextNode {
  kind: "text";
  text: string;
}

export interface ControlNode {
  kind: "control";
  id: number;
  tag: string;
  title: string;
  children: FakeNode[];
}

export type FakeNode = TextNode | ControlNode;

type X = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function nameOf(node: X): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

function kids(node: X): X[] {
  const v = node[nameOf(node)];
  return Array.isArray(v) ? (v as X[]) : [];
}

function attr(node: X, name: string): string | undefined {
  return (node[":@"] as Record<string, string> | undefined)?.[name];
}

function child(node: X, name: string): X | undefined {
  return kids(node).find((k) => nameOf(k) === name);
}

export function textOf(nodes: FakeNode[]): string {
  return nodes.map((n) => (n.kind === "text" ? n.text : textOf(n.children))).join("");
}

/** Adjacent text nodes merged, empty ones dropped. */
function tidy(nodes: FakeNode[]): FakeNode[] {
  const out: FakeNode[] = [];
  for (const n of nodes) {
    const last = out[out.length - 1];
    if (n.kind === "text" && n.text === "") continue;
    if (n.kind === "text" && last?.kind === "text") last.text += n.text;
    else out.push(n);
  }
  return out;
}

export class NodeReader {
  constructor(private readonly newId: () => number) {}

  private control(sdt: X, content: (children: X[]) => FakeNode[]): ControlNode {
    const pr = child(sdt, "w:sdtPr");
    const tag = pr && child(pr, "w:tag");
    const alias = pr && child(pr, "w:alias");
    return {
      kind: "control",
      id: this.newId(),
      tag: (tag && attr(tag, "w:val")) ?? "",
      title: (alias && attr(alias, "w:val")) ?? "",
      children: content(kids(child(sdt, "w:sdtContent") ?? {})),
    };
  }

  private runs(children: X[]): FakeNode[] {
    const out: FakeNode[] = [];
    for (const c of children) {
      const name = nameOf(c);
      if (name === "w:r") {
        for (const part of kids(c)) {
          const p = nameOf(part);
          if (p === "w:t") out.push({ kind: "text", text: kids(part).map((t) => String(t["#text"] ?? "")).join("") });
          else if (p === "w:tab") out.push({ kind: "text", text: "\t" });
        }
      } else if (name === "w:sdt") out.push(this.control(c, (k) => this.runs(k)));
      else if (name === "w:hyperlink" || name === "w:ins") out.push(...this.runs(kids(c)));
    }
    return tidy(out);
  }

  private table(tbl: X): string {
    return kids(tbl)
      .filter((r) => nameOf(r) === "w:tr")
      .map((r) =>
        kids(r)
          .filter((c) => nameOf(c) === "w:tc")
          .map((c) => textOf(this.blocks(kids(c))))
          .join("\t"),
      )
      .join("\n");
  }

  blocks(children: X[]): FakeNode[] {
    const out: FakeNode[] = [];
    let first = true;
    for (const c of children) {
      const name = nameOf(c);
      if (name !== "w:p" && name !== "w:tbl" && name !== "w:sdt") continue;
      if (!first) out.push({ kind: "text", text: "\n" });
      first = false;
      if (name === "w:p") out.push(...this.runs(kids(c)));
      else if (name === "w:tbl") out.push({ kind: "text", text: this.table(c) });
      else out.push(this.control(c, (k) => this.blocks(k)));
    }
    return tidy(out);
  }

  /** The body of a `w:document` (a whole document.xml, or the one inside a Flat OPC package). */
  body(xml: string): FakeNode[] {
    const m = /<w:document\b[\s\S]*<\/w:document>/.exec(xml);
    if (!m) throw new Error("no w:document");
    const doc = (parser.parse(m[0]) as X[]).find((n) => nameOf(n) === "w:document")!;
    return this.blocks(kids(child(doc, "w:body") ?? {}));
  }
}

/** Every control of the tree, parents before children, with the control each sits in. */
export function allControls(nodes: FakeNode[], parent: ControlNode | null = null): { control: ControlNode; parent: ControlNode | null }[] {
  return nodes.flatMap((n) => (n.kind === "control" ? [{ control: n, parent }, ...allControls(n.children, n)] : []));
}

/** Tag → text of every tagged control (the first of a tag), as in the .docx. */
export function controlTexts(nodes: FakeNode[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { control } of allControls(nodes)) if (control.tag && !out.has(control.tag)) out.set(control.tag, textOf(control.children));
  return out;
}

/** The document with each `prefix` control reduced to a marker: what lies outside the generated content. */
export function outsideText(nodes: FakeNode[], prefix = "tonghop:"): string {
  return nodes.map((n) => (n.kind === "text" ? n.text : n.tag.startsWith(prefix) ? `⟦${n.tag}⟧` : outsideText(n.children, prefix))).join("");
}
