import { DocControl, GroupPart, planRefresh, readingText, RefreshEntry, refreshEntries } from "../../src/core/report/refresh-plan";
import { buildFormReport } from "../../src/app/use-cases/make-report";
import { reportFigures } from "../../src/core/report/report-figures";
import { linkConflicts, ReportLink } from "../../src/core/report/report-link";
import { SampleWorkbook, validateBooks } from "../helpers/sample-workbook";

const group = (tag: string, parts: GroupPart[], figures: Record<string, string>): RefreshEntry => ({
  tag,
  label: tag,
  text: parts.map((p) => (typeof p === "string" ? p : figures[p.figure])).join(""),
  group: null,
  parts,
});
const figure = (tag: string, text: string, inGroup: string): RefreshEntry => ({ tag, label: `Số ${tag}`, text, group: inGroup, parts: null });

/** "Trong 06 tháng, có <a> vụ và <b> người." with a = 06 before. */
function entries(a: string, b: string): RefreshEntry[] {
  return [
    group("tonghop:g", ["Trong 06 tháng, có ", { figure: "tonghop:a" }, " vụ và ", { figure: "tonghop:b" }, " người."], { "tonghop:a": a, "tonghop:b": b }),
    figure("tonghop:a", a, "tonghop:g"),
    figure("tonghop:b", b, "tonghop:g"),
  ];
}

function documentOf(a: string, b: string, extra: DocControl[] = []): DocControl[] {
  return [
    { id: 1, tag: "tonghop:g", text: `Trong 06 tháng, có ${a} vụ và ${b} người.`, parentId: null },
    { id: 2, tag: "tonghop:a", text: a, parentId: 1 },
    { id: 3, tag: "tonghop:b", text: b, parentId: 1 },
    ...extra,
  ];
}

describe("planRefresh", () => {
  it("changes nothing when the document already shows the figures", () => {
    const plan = planRefresh(documentOf("06", "12"), entries("06", "12"), null);
    expect(plan).toEqual({ updates: [], changes: [], deleted: [], added: [], stale: [], unchanged: 3 });
  });

  it("writes only the figures when the wording stays, even where a figure's digits also occur in the wording", () => {
    const plan = planRefresh(documentOf("06", "12"), entries("07", "12"), null);
    expect(plan.updates).toEqual([{ id: 2, tag: "tonghop:a", mode: "text", text: "07" }]);
    expect(plan.changes).toEqual([{ tag: "tonghop:a", label: "Số tonghop:a", before: "06", after: "07" }]);
  });

  it("rewrites the group when its wording changes, and lists its figure changes too", () => {
    const next = entries("07", "12");
    next[0] = group("tonghop:g", ["Trong 06 tháng, phát hiện ", { figure: "tonghop:a" }, " vụ."], { "tonghop:a": "07" });
    next.pop();
    const plan = planRefresh(documentOf("06", "12"), next, null);
    expect(plan.updates).toEqual([{ id: 1, tag: "tonghop:g", mode: "content", text: "Trong 06 tháng, phát hiện 07 vụ." }]);
    expect(plan.changes.map((c) => c.tag)).toEqual(["tonghop:g", "tonghop:a"]);
    // b goes with the rewritten group: neither stale nor deleted.
    expect(plan.stale).toEqual([]);
    expect(plan.deleted).toEqual([]);
  });

  it("updates a figure the staff copied outside its group as well", () => {
    const copy: DocControl = { id: 9, tag: "tonghop:b", text: "12", parentId: null };
    const plan = planRefresh(documentOf("06", "12", [copy]), entries("06", "15"), null);
    expect(plan.updates.map((u) => u.id)).toEqual([3, 9]);
  });

  it("lists a figure control the staff removed from a kept group, and does not bring it back", () => {
    const doc = documentOf("06", "12").filter((c) => c.tag !== "tonghop:a");
    const plan = planRefresh(doc, entries("06", "15"), null);
    expect(plan.updates).toEqual([{ id: 3, tag: "tonghop:b", mode: "text", text: "15" }]);
    expect(plan.deleted).toEqual([{ tag: "tonghop:a", label: "Số tonghop:a", after: "tonghop:g", afterLabel: "tonghop:g" }]);
  });

  it("leaves alone, and lists, controls the report no longer has; ignores other add-ins' controls", () => {
    const extra: DocControl[] = [
      { id: 7, tag: "tonghop:c#2", text: "5", parentId: null },
      { id: 8, tag: "khac:x", text: "?", parentId: null },
    ];
    const plan = planRefresh(documentOf("06", "12", extra), entries("06", "12"), null);
    expect(plan.stale).toEqual(["tonghop:c#2"]);
    expect(plan.updates).toEqual([]);
  });

  it("tells a deleted group from a new one by the groups the document was written with", () => {
    const next = [...entries("06", "12"), group("tonghop:h", ["Mục mới."], {})];
    expect(planRefresh(documentOf("06", "12"), next, ["tonghop:g"]).added).toEqual([
      { tag: "tonghop:h", label: "tonghop:h", after: "tonghop:g", afterLabel: "tonghop:g" },
    ]);
    expect(planRefresh(documentOf("06", "12"), next, ["tonghop:g", "tonghop:h"]).deleted.map((d) => d.tag)).toEqual(["tonghop:h"]);
    expect(planRefresh(documentOf("06", "12"), next, null).deleted.map((d) => d.tag)).toEqual(["tonghop:h"]);
  });

  it("compares text as Word returns it: paragraph and cell marks, tabs", () => {
    expect(readingText("STT\u0007\r\u0007Mã số\r\rA\tB")).toBe(readingText("STT\tMã số\nA\tB"));
  });
});

describe("refreshEntries", () => {
  it("gives every tagged content of the report in reading order, each group's wording around its figures", async () => {
    const model = buildFormReport(await validateBooks(await SampleWorkbook.city()));
    const list = refreshEntries(model);
    const figures = reportFigures(model);
    expect(new Map(list.map((e) => [e.tag, e.text]))).toEqual(figures);
    expect(list.filter((e) => e.group === null).map((e) => e.tag)).toEqual([
      "tonghop:muc-I",
      "tonghop:muc-II-2",
      "tonghop:muc-II-4",
      "tonghop:muc-II-5",
      "tonghop:muc-II-6",
      "tonghop:phu-luc",
    ]);
    for (const g of list.filter((e) => e.group === null)) {
      const joined = g.parts!.map((p) => (typeof p === "string" ? p : figures.get(p.figure))).join("");
      expect(joined).toBe(g.text);
      for (const p of g.parts!) if (typeof p !== "string") expect(list.find((e) => e.tag === p.figure)?.group).toBe(g.tag);
    }
  });
});

describe("linkConflicts", () => {
  const link: ReportLink = { workbook: "a.xlsx", formId: "phu-luc-pcmd", period: "6 tháng đầu năm 2023", refreshedAt: null, groups: null };

  it("accepts the same period however it is written", () => {
    expect(linkConflicts(link, { formId: "phu-luc-pcmd", period: "06 tháng đầu năm 2023" })).toEqual([]);
    expect(linkConflicts(null, { formId: "x", period: null })).toEqual([]);
  });

  it("flags another period or form", () => {
    expect(linkConflicts(link, { formId: "khac", period: "6 tháng cuối năm 2023" })).toEqual([
      { kind: "form", linked: "phu-luc-pcmd", incoming: "khac" },
      { kind: "period", linked: "6 tháng đầu năm 2023", incoming: "6 tháng cuối năm 2023" },
    ]);
  });
});
