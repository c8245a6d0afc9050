/** Reading a produced .docx back: its XML parts as trees, and its content controls with their text. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";

export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** For text nodes, their text; else null. */
  text: string | null;
}

type Raw = Record<string, unknown>;

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", trimValues: false, parseTagValue: false, parseAttributeValue: false });

function convert(raw: Raw[]): XNode[] {
  return raw.map((r) => {
    if ("#text" in r) return { name: "#text", attrs: {}, children: [], text: String(r["#text"]) };
    const name = Object.keys(r).find((k) => k !== ":@")!;
    return { name, attrs: (r[":@"] as Record<string, string>) ?? {}, children: convert(r[name] as Raw[]), text: null };
  });
}

export function parseXml(xml: string): XNode {
  expect(XMLValidator.validate(xml)).toBe(true);
  return convert(parser.parse(xml) as Raw[]).find((n) => n.name !== "?xml")!;
}

export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.file(name)!.async("string"));
  }
  return parts;
}

export function all(node: XNode, name: string): XNode[] {
  const out: XNode[] = [];
  const walk = (n: XNode) => {
    if (n.name === name) out.push(n);
    n.children.forEach(walk);
  };
  walk(node);
  return out;
}

export function child(node: XNode, name: string): XNode | undefined {
  return node.children.find((c) => c.name === name);
}

/** Concatenated `w:t` text under a node (a run, a paragraph, a run-level control). */
export function runText(node: XNode): string {
  return all(node, "w:t")
    .map((t) => t.children.map((c) => c.text ?? "").join(""))
    .join("");
}

/** Block content as text: a paragraph a line (empty ones skipped), a table a row a line with cells joined by tabs. */
export function blockText(nodes: XNode[]): string {
  const lines: string[] = [];
  for (const n of nodes) {
    if (n.name === "w:p") {
      const t = runText(n);
      if (t !== "") lines.push(t);
    } else if (n.name === "w:tbl") {
      for (const row of n.children.filter((c) => c.name === "w:tr")) {
        lines.push(row.children.filter((c) => c.name === "w:tc").map((c) => blockText(c.children)).join("\t"));
      }
    } else if (n.name === "w:sdt") {
      const t = blockText(child(n, "w:sdtContent")?.children ?? []);
      if (t !== "") lines.push(t);
    }
  }
  return lines.join("\n");
}

export interface Control {
  tag: string;
  alias: string;
  id: string;
  level: "run" | "block";
  text: string;
  node: XNode;
}

/** Every `w:sdt` of the document: run-level ones sit in a paragraph, block-level ones hold paragraphs or tables. */
export function contentControls(document: XNode): Control[] {
  const controls: Control[] = [];
  const walk = (n: XNode, inParagraph: boolean) => {
    if (n.name === "w:sdt") {
      const pr = child(n, "w:sdtPr")!;
      const content = child(n, "w:sdtContent")!;
      controls.push({
        tag: child(pr, "w:tag")?.attrs["w:val"] ?? "",
        alias: child(pr, "w:alias")?.attrs["w:val"] ?? "",
        id: child(pr, "w:id")?.attrs["w:val"] ?? "",
        level: inParagraph ? "run" : "block",
        text: inParagraph ? runText(content) : blockText(content.children),
        node: n,
      });
    }
    n.children.forEach((c) => walk(c, inParagraph || n.name === "w:p"));
  };
  walk(document, false);
  return controls;
}
