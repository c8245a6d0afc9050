import { PROSE_PLACEHOLDER } from "../../src/core/report/model";
import { readingText } from "../../src/core/report/refresh-plan";
import { applyRefresh } from "../../src/hosts/word/apply-refresh";
import { insertReport } from "../../src/hosts/word/insert-report";
import { LINK_PROPERTIES } from "../../src/hosts/word/link";
import { readDocument } from "../../src/hosts/word/read-controls";
import { REPORT_PROPERTIES } from "../../src/hosts/docx/write-report-docx";
import { Problem } from "../../src/app/problems";
import type { PreparedReport } from "../../src/app/word-ports";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { ControlNode, controlTexts, FakeNode, outsideText } from "./fake/nodes";
import { FakeDocument, fakeWordEnv } from "./fake/word";
import { documentWith, NOW, prepared } from "./helpers";

const LATER = new Date("2023-07-12T02:00:00.000Z");

function expectShows(doc: FakeDocument, report: PreparedReport, except: string[] = []) {
  const texts = controlTexts(doc.body);
  for (const e of report.entries) {
    if (except.includes(e.tag)) continue;
    expect({ tag: e.tag, text: readingText(texts.get(e.tag) ?? "(missing)") }).toEqual({ tag: e.tag, text: readingText(e.text) });
  }
}

/** Staff work on the document: the prose placeholders filled in, a paragraph added at the end. */
function editProse(doc: FakeDocument): void {
  let n = 0;
  for (const node of doc.body) {
    if (node.kind === "text") node.text = node.text.replaceAll(PROSE_PLACEHOLDER, () => `Nội dung cán bộ viết số ${++n}: họp giao ban ngày 15/6.`);
  }
  doc.body.push({ kind: "text", text: "\nGhi chú của văn phòng: trình lãnh đạo ký ngày 20/7." });
  expect(n).toBeGreaterThan(0);
}

/** Removes the control tagged `tag` from the tree; with `keepText`, its content stays in its place. */
function removeControl(nodes: FakeNode[], tag: string, keepText: boolean): boolean {
  const i = nodes.findIndex((n) => n.kind === "control" && n.tag === tag);
  if (i >= 0) {
    nodes.splice(i, 1, ...(keepText ? (nodes[i] as ControlNode).children : []));
    return true;
  }
  return nodes.some((n) => n.kind === "control" && removeControl(n.children, tag, keepText));
}

function idsByTag(doc: FakeDocument): Map<string, number> {
  return new Map(doc.controls().map(({ control }) => [control.tag, control.id]));
}

async function changedCity(edit: (book: SampleWorkbook) => void): Promise<PreparedReport> {
  const book = await SampleWorkbook.city();
  edit(book);
  return prepared(book, LATER);
}

describe("an empty document receives the whole report", () => {
  it("inserts the .docx with its sections, and records the link", async () => {
    const report = await prepared();
    const doc = new FakeDocument();
    const outcome = await insertReport(fakeWordEnv(doc), report, NOW);

    expect(doc.syncs).toBe(2);
    expect(doc.log[0]).toBe("insertFile document");
    expect(doc.sections).toBe(2);
    expect(doc.pageNumbers).toBe(true);
    expect(outcome.withPageSetup).toBe(true);
    expectShows(doc, report);
    expect(doc.text()).toContain("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(Object.fromEntries(doc.properties)).toEqual({
      [LINK_PROPERTIES.formId]: "phu-luc-pcmd",
      [LINK_PROPERTIES.period]: "6 tháng đầu năm 2023",
      [LINK_PROPERTIES.workbook]: "tong-hop-ngabay.xlsx",
      [LINK_PROPERTIES.generatedAt]: NOW.toISOString(),
      [LINK_PROPERTIES.refreshedAt]: NOW.toISOString(),
      [LINK_PROPERTIES.groups]: "tonghop:muc-I,tonghop:muc-II-2,tonghop:muc-II-4,tonghop:muc-II-5,tonghop:muc-II-6,tonghop:phu-luc",
    });
  });

  it("inserts the body only where Word lacks WordApi 1.5", async () => {
    const report = await prepared();
    const doc = new FakeDocument();
    const outcome = await insertReport(fakeWordEnv(doc, 1.3), report, NOW);
    expect(outcome.withPageSetup).toBe(false);
    expect(doc.log[0]).toBe("insertFile body");
    expect(doc.pageNumbers).toBe(false);
    expectShows(doc, report);
  });

  it("refuses a document that is no longer empty, writing nothing", async () => {
    const doc = new FakeDocument();
    doc.body = [{ kind: "text", text: "Dự thảo của cán bộ" }];
    await expect(insertReport(fakeWordEnv(doc), await prepared(), NOW)).rejects.toThrow(Problem);
    expect(doc.log).toEqual([]);
    expect(doc.syncs).toBe(1);
  });

  it("reads the document as empty, holding the report, or other", async () => {
    const report = await prepared();
    const empty = new FakeDocument();
    expect(await readDocument(fakeWordEnv(empty))).toEqual({ kind: "empty", controls: [], link: null });
    const other = new FakeDocument();
    other.body = [{ kind: "text", text: "Công văn khác" }];
    expect((await readDocument(fakeWordEnv(other))).kind).toBe("other");
    const doc = await documentWith(report);
    const state = await readDocument(fakeWordEnv(doc));
    expect(doc.syncs).toBe(1);
    expect(state.kind).toBe("report");
    expect(state.controls.map((c) => c.tag)).toEqual(report.entries.map((e) => e.tag));
    expect(state.link).toEqual({
      workbook: "tong-hop-ngabay.xlsx",
      formId: "phu-luc-pcmd",
      period: "6 tháng đầu năm 2023",
      refreshedAt: NOW.toISOString(),
      groups: report.entries.filter((e) => e.group === null).map((e) => e.tag),
    });
  });

  it("keeps the link property names of the .docx writer, so its reports are linked too", () => {
    expect(REPORT_PROPERTIES).toEqual({
      formId: LINK_PROPERTIES.formId,
      period: LINK_PROPERTIES.period,
      sourceWorkbook: LINK_PROPERTIES.workbook,
      generatedAt: LINK_PROPERTIES.generatedAt,
    });
  });
});

describe("refreshing a document that holds the report", () => {
  it("changes only the tagged controls; the text between them stays byte-identical", async () => {
    const doc = await documentWith(await prepared());
    editProse(doc);
    const before = outsideText(doc.body);
    const ids = idsByTag(doc);
    const report = await changedCity((b) =>
      b.setValues(SHEETS.ngaBay, { "03": Number(b.value(SHEETS.ngaBay, "03")) + 5, "04": Number(b.value(SHEETS.ngaBay, "04")) + 5 }),
    );

    const { plan, link } = await applyRefresh(fakeWordEnv(doc), report, LATER);

    expect(doc.syncs).toBe(2);
    expect(outsideText(doc.body)).toBe(before);
    expectShows(doc, report);
    expect(idsByTag(doc)).toEqual(ids);
    expect(plan.changes.map((c) => [c.tag, c.before, c.after])).toEqual([
      ["tonghop:03", "226", "231"],
      ["tonghop:04", "142", "147"],
      ["tonghop:phu-luc", expect.any(String), expect.any(String)],
    ]);
    // The figures are written in place; the appendix table is rewritten with the report's layout.
    expect(doc.log.filter((l) => !l.startsWith("property "))).toEqual(["insertText tonghop:03", "insertText tonghop:04", "insertOoxml tonghop:phu-luc"]);
    expect(plan.deleted).toEqual([]);
    expect(plan.added).toEqual([]);
    expect(link.refreshedAt).toBe(LATER.toISOString());
    expect(doc.properties.get(LINK_PROPERTIES.refreshedAt)).toBe(LATER.toISOString());
  });

  it("rewrites a paragraph group whose wording changes, keeping its control and recreating its figures", async () => {
    const doc = await documentWith(await prepared());
    editProse(doc);
    const before = outsideText(doc.body);
    const group = doc.find("tonghop:muc-I")!;
    const report = await changedCity((b) => b.setValue(SHEETS.hiepLoi, "12", 3));

    const { plan } = await applyRefresh(fakeWordEnv(doc), report, LATER);

    expect(outsideText(doc.body)).toBe(before);
    expect(doc.find("tonghop:muc-I")).toBe(group);
    expect(doc.log).toContain("insertOoxml tonghop:muc-I");
    expect(plan.changes.find((c) => c.tag === "tonghop:muc-I")?.after).toContain("03 lao động ngoại tỉnh");
    expect(plan.changes.find((c) => c.tag === "tonghop:12")).toMatchObject({ before: "không có lao động ngoại tỉnh" });
    expect(doc.find("tonghop:12")).toBeDefined();
    expectShows(doc, report);
  });

  it("reports a control the staff deleted and does not recreate it", async () => {
    const doc = await documentWith(await prepared());
    expect(removeControl(doc.body, "tonghop:muc-II-6", false)).toBe(true);
    expect(removeControl(doc.body, "tonghop:01", true)).toBe(true);
    // 03 = 04 + … + 08 (R01) keeps holding, so no rule note rewrites the group around 01.
    const report = await changedCity((b) => {
      const [v03, v04] = [Number(b.value(SHEETS.ngaBay, "03")), Number(b.value(SHEETS.ngaBay, "04"))];
      b.setValues(SHEETS.ngaBay, { "03": v03 + 100 - v04, "04": 100, "40": 5_000_000 });
    });

    const { plan } = await applyRefresh(fakeWordEnv(doc), report, LATER);

    expect(plan.deleted.map((d) => d.tag)).toEqual(["tonghop:01", "tonghop:muc-II-6"]);
    expect(plan.deleted.find((d) => d.tag === "tonghop:muc-II-6")).toMatchObject({ after: "tonghop:muc-II-5" });
    expect(doc.find("tonghop:muc-II-6")).toBeUndefined();
    expect(doc.find("tonghop:01")).toBeUndefined();
    expect(doc.find("tonghop:40")).toBeUndefined();
    expect(doc.log.some((l) => l.includes("muc-II-6") || l.endsWith(" tonghop:01") || l.endsWith("tonghop:40"))).toBe(false);
    expectShows(doc, report, ["tonghop:01", "tonghop:muc-II-6", "tonghop:40"]);

    // Deleted stays deleted on the next refresh too, not "new".
    const again = await applyRefresh(fakeWordEnv(doc), report, LATER);
    expect(again.plan.deleted.map((d) => d.tag)).toEqual(["tonghop:01", "tonghop:muc-II-6"]);
    expect(again.plan.updates).toEqual([]);
  });

  it("lists a key the report has but the document never had, with where it would go", async () => {
    const doc = await documentWith(await prepared());
    removeControl(doc.body, "tonghop:muc-II-5", false);
    const groups = doc.properties.get(LINK_PROPERTIES.groups)!;
    doc.properties.set(LINK_PROPERTIES.groups, groups.replace("tonghop:muc-II-5,", ""));

    const { plan } = await applyRefresh(fakeWordEnv(doc), await prepared(undefined, LATER), LATER);

    expect(plan.added).toEqual([
      { tag: "tonghop:muc-II-5", label: "Mục II.5. Hỗ trợ, can thiệp giảm tác hại", after: "tonghop:muc-II-4", afterLabel: "Mục II.4. Công tác quản lý địa bàn, kiểm tra, xử lý" },
    ]);
    expect(plan.deleted).toEqual([]);
    expect(doc.find("tonghop:muc-II-5")).toBeUndefined();
  });
});
