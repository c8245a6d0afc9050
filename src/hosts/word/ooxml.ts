/**
 * The report's group contents as Word writes them into a content control: each `w:sdt` of the generated
 * .docx's document.xml, its `w:sdtContent` cut out and wrapped in a Flat OPC package for `insertOoxml`. The
 * rewritten group thus gets exactly the paragraphs, figure controls, highlights and table of the .docx.
 */

/** Start (`<w:sdt>`) and end (`</w:sdt>`) tags of content controls, not `<w:sdtPr>` or `<w:sdtContent>`. */
const SDT_TAG = /<(\/?)w:sdt(?=[\s>/])/g;
const TAG_VALUE = /<w:tag\s+w:val="([^"]*)"/;

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}

/** Tag → the XML inside the control's `w:sdtContent`; the first control of a tag wins. */
export function controlContents(documentXml: string): Map<string, string> {
  const contents = new Map<string, string>();
  const open: number[] = [];
  for (const m of documentXml.matchAll(SDT_TAG)) {
    if (m[1] === "") {
      open.push(m.index);
      continue;
    }
    const start = open.pop();
    if (start === undefined) throw new Error("Unbalanced w:sdt in document.xml");
    const sdt = documentXml.slice(start, m.index);
    const tag = TAG_VALUE.exec(sdt);
    const contentStart = sdt.indexOf("<w:sdtContent>");
    const contentEnd = sdt.lastIndexOf("</w:sdtContent>");
    if (!tag || contentStart < 0 || contentEnd < contentStart) continue;
    const key = unescapeXml(tag[1]);
    if (!contents.has(key)) contents.set(key, sdt.slice(contentStart + "<w:sdtContent>".length, contentEnd));
  }
  return contents;
}

/** The `<w:document …>` start tag, with every namespace the content may use. */
export function documentStartTag(documentXml: string): string {
  const m = /<w:document\b[^>]*>/.exec(documentXml);
  if (!m) throw new Error("document.xml has no w:document element");
  return m[0];
}

/** A minimal Flat OPC package holding `bodyXml` as the body of its main document. */
export function flatOpc(documentStart: string, bodyXml: string): string {
  return [
    '<?xml version="1.0" standalone="yes"?>',
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">',
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
    "</Relationships></pkg:xmlData></pkg:part>",
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>',
    `${documentStart}<w:body>${bodyXml}</w:body></w:document>`,
    "</pkg:xmlData></pkg:part>",
    "</pkg:package>",
  ].join("");
}

/** Tag → Flat OPC package of the control's contents, for each of `tags` found in the document. */
export function contentPackages(documentXml: string, tags: string[]): Map<string, string> {
  const contents = controlContents(documentXml);
  const start = documentStartTag(documentXml);
  const packages = new Map<string, string>();
  for (const tag of tags) {
    const body = contents.get(tag);
    if (body !== undefined) packages.set(tag, flatOpc(start, body));
  }
  return packages;
}
