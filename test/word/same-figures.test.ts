/**
 * The Word refresh computes the same figures as `tonghop report`: what the pane would write into each
 * `tonghop:` control, read in the browser from the workbook's bytes, against the texts inside the `w:sdt`
 * controls of the .docx the CLI writes for the same workbook.
 */
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeReportFile } from "../helpers/cli";
import { prepareReport } from "./helpers";
import type { PreparedReport } from "../../src/app/word-ports";
import { CITY_FILE } from "../helpers/sample-workbook";
import { controlTexts, NodeReader, textOf } from "./fake/nodes";

/** Empty paragraphs carry no text (the appendix control opens with one). */
const lines = (s: string) => s.replace(/\r/g, "\n").split("\n").filter((l) => l !== "").join("\n");

async function docxControls(bytes: Uint8Array): Promise<Map<string, string>> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  let id = 0;
  const texts = controlTexts(new NodeReader(() => ++id).body(xml));
  return new Map([...texts].map(([tag, text]) => [tag, lines(text)]));
}

describe("the Word refresh and `tonghop report` agree", () => {
  let cli: Map<string, string>;
  let word: PreparedReport;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), "tonghop-word-")), "bao-cao.docx");
    await writeReportFile([CITY_FILE], out);
    cli = await docxControls(readFileSync(out));
    // As the pane does: the picked file's bytes, no file system.
    word = await prepareReport("tong-hop-ngabay.xlsx", new Uint8Array(readFileSync(CITY_FILE)));
  });

  it("has the same tags as the CLI's .docx, in the same order", () => {
    expect(word.entries.map((e) => e.tag)).toEqual([...cli.keys()]);
  });

  it("would write, into every control, the text the CLI's .docx holds there", () => {
    const wouldWrite = new Map(word.entries.map((e) => [e.tag, lines(e.text)]));
    expect(wouldWrite).toEqual(cli);
    expect(cli.get("tonghop:02")).toBe("56.182");
  });

  it("rewrites each group with contents reading exactly as the CLI's control", () => {
    let id = 0;
    const reader = new NodeReader(() => ++id);
    for (const [tag, ooxml] of word.contents) {
      expect({ tag, text: lines(textOf(reader.body(ooxml))) }).toEqual({ tag, text: cli.get(tag) });
    }
    expect([...word.contents.keys()]).toEqual(word.entries.filter((e) => e.group === null).map((e) => e.tag));
  });
});
