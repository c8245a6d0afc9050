/**
 * Word content controls (`w:sdt`) tagged `tonghop:<key>`, which the docx package does not offer: a run-level
 * control around a figure's runs, and a block-level one around generated paragraphs or a table.
 */
import { BuilderElement, FileChild, ParagraphChild, StringValueElement, TextRun, XmlComponent } from "docx";

/** Numbers the controls of one document; Word wants each `w:id` unique. */
export class ControlIds {
  private next = 1;

  take(): number {
    return this.next++;
  }
}

function properties(tag: string, alias: string, id: number): BuilderElement {
  return new BuilderElement({
    name: "w:sdtPr",
    children: [
      new StringValueElement("w:alias", alias),
      new StringValueElement("w:tag", tag),
      new BuilderElement<{ val: number }>({ name: "w:id", attributes: { val: { key: "w:val", value: id } } }),
    ],
  });
}

class RunContentControl extends XmlComponent {
  constructor(tag: string, alias: string, id: number, runs: TextRun[]) {
    super("w:sdt");
    this.root.push(properties(tag, alias, id), new BuilderElement({ name: "w:sdtContent", children: runs }));
  }
}

/**
 * A run-level control. The docx package types a paragraph's children as a closed union of its own classes,
 * so the control, which it writes like any of them, is passed through that type.
 */
export function runControl(tag: string, alias: string, ids: ControlIds, runs: TextRun[]): ParagraphChild {
  return new RunContentControl(tag, alias, ids.take(), runs) as unknown as ParagraphChild;
}

/** A block-level control around paragraphs or tables. */
export class BlockContentControl extends FileChild {
  constructor(tag: string, alias: string, ids: ControlIds, children: FileChild[]) {
    super("w:sdt");
    this.root.push(properties(tag, alias, ids.take()), new BuilderElement({ name: "w:sdtContent", children }));
  }
}
