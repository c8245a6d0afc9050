import { RefreshEntry } from "../../src/core/report/refresh-plan";
import { applyRefresh } from "../../src/hosts/word/apply-refresh";
import { flatOpc } from "../../src/hosts/word/ooxml";
import { readDocument } from "../../src/hosts/word/read-controls";
import type { PreparedReport } from "../../src/app/word-ports";
import { ControlNode, FakeNode, outsideText } from "./fake/nodes";
import { FakeDocument, fakeWordEnv } from "./fake/word";

const START = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">';

/** `controls` controls: half groups, each holding one figure; every other group changes its wording. */
function fixture(controls: number): { doc: FakeDocument; report: PreparedReport } {
  const doc = new FakeDocument();
  const entries: RefreshEntry[] = [];
  const contents = new Map<string, string>();
  for (let i = 0; i < controls / 2; i++) {
    const group = `tonghop:g${i}`;
    const figure = `tonghop:f${i}`;
    const reworded = i % 2 === 1;
    const figureNode: ControlNode = { kind: "control", id: doc.newId(), tag: figure, title: "", children: [{ kind: "text", text: String(i) }] };
    const groupNode: ControlNode = {
      kind: "control",
      id: doc.newId(),
      tag: group,
      title: "",
      children: [{ kind: "text", text: `Mục ${i}: giá trị ` }, figureNode, { kind: "text", text: "." }],
    };
    doc.body.push({ kind: "text", text: `Đoạn cán bộ viết số ${i}.\n` } as FakeNode, groupNode, { kind: "text", text: "\n" });
    const tail = reworded ? " (tăng)." : ".";
    entries.push({ tag: group, label: `Mục ${i}`, text: `Mục ${i}: giá trị ${i + 1}${tail}`, group: null, parts: [`Mục ${i}: giá trị `, { figure }, tail] });
    entries.push({ tag: figure, label: `Số ${i}`, text: String(i + 1), group, parts: null });
    contents.set(
      group,
      flatOpc(
        START,
        `<w:p><w:r><w:t xml:space="preserve">Mục ${i}: giá trị </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="${figure}"/></w:sdtPr>` +
          `<w:sdtContent><w:r><w:t>${i + 1}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space="preserve">${tail}</w:t></w:r></w:p>`,
      ),
    );
  }
  doc.properties.set("TongHop.FormId", "phu-luc-pcmd");
  doc.properties.set("TongHop.Groups", entries.filter((e) => e.group === null).map((e) => e.tag).join(","));
  const report: PreparedReport = {
    workbook: "tong-hop.xlsx",
    formId: "phu-luc-pcmd",
    period: "6 tháng đầu năm 2023",
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    wards: { reported: 6, expected: 6 },
    entries,
    contents,
    docx: "",
    generatedAt: "2023-07-05T08:30:00.000Z",
  };
  return { doc, report };
}

describe("round trips do not grow with the number of controls", () => {
  const measured: Record<number, { read: number; refresh: number }> = {};

  test.each([10, 200])("%i controls", async (n) => {
    const { doc, report } = fixture(n);
    const env = fakeWordEnv(doc);
    const outside = outsideText(doc.body);

    const state = await readDocument(env);
    expect(state.controls).toHaveLength(n);
    const read = doc.syncs;

    doc.resetCounters();
    const { plan } = await applyRefresh(env, report);
    const refresh = doc.syncs;

    const groups = n / 2;
    const reworded = Math.floor(groups / 2);
    expect(doc.log.filter((l) => l.startsWith("insertOoxml"))).toHaveLength(reworded);
    expect(doc.log.filter((l) => l.startsWith("insertText"))).toHaveLength(groups - reworded);
    expect(plan.changes).toHaveLength(groups + reworded);
    expect(outsideText(doc.body)).toBe(outside);
    for (const e of report.entries) expect(doc.find(e.tag)).toBeDefined();
    measured[n] = { read, refresh };
  });

  afterAll(() => {
    expect(measured[10]).toEqual(measured[200]);
    expect(measured[10]).toEqual({ read: 1, refresh: 2 });
  });
});
