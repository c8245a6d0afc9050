/** Issue 11 item 7: a figure that takes part in a failing error rule is never printed plainly. */
import { FigureRun, ReportModel } from "../../src/core/report/model";
import { SampleWorkbook, SHEETS, validateBooks } from "../helpers/sample-workbook";
import { blockText, generated, report } from "./fixtures";

function figures(model: ReportModel, key: string): FigureRun[] {
  return generated(model, key).paragraphs.flatMap((p) => p.runs.filter((r): r is FigureRun => r.type === "figure"));
}

describe("a report whose figures break R03 (11 ≤ 10)", () => {
  let model: ReportModel;

  beforeAll(async () => {
    const city = await SampleWorkbook.city();
    const laborers = Number(city.value(SHEETS.hiepLoi, "10"));
    city.setValue(SHEETS.hiepLoi, "11", laborers + 4);
    const result = await validateBooks(city);
    expect(result.findings.map((f) => [f.code, f.unit])).toEqual([["R03", "Phường Hiệp Lợi"]]);
    model = report(result);
  });

  it("marks both figures of the rule in the sentence, though the totals are complete", () => {
    const marked = figures(model, "muc-I").filter((f) => f.questioned);
    expect(marked.map((f) => [f.code, f.incomplete, f.text.endsWith("*")])).toEqual([
      ["10", false, true],
      ["11", false, true],
    ]);
    expect(figures(model, "muc-I").filter((f) => f.text.endsWith("*")).map((f) => f.code)).toEqual(["10", "11"]);
  });

  it("names the rule, the unit and the figures in the note under the group", () => {
    const text = blockText(model, "muc-I");
    expect(text).toMatch(
      /\(\*\) Số liệu không khớp quy tắc kiểm tra: R03 \(Phường Hiệp Lợi\): Lao động nữ đã ký hợp đồng lao động \(mã 11\) = \d+ lớn hơn Trong đó: lao động nữ \(mã 10\) = \d+ \(chênh lệch 4\)\.$/,
    );
  });

  it("marks the appendix's totals of 10 and 11 and explains them in its notes", () => {
    const rows = model.appendix.rows.filter((r) => r.type === "indicator");
    for (const code of ["10", "11"]) {
      const row = rows.find((r) => r.type === "indicator" && r.cells[1] === code)!;
      expect(row).toMatchObject({ incomplete: true });
      expect(row.type === "indicator" && row.cells[row.cells.length - 1]).toMatch(/\*$/);
    }
    expect(model.appendix.notes.some((n) => n.startsWith("(*) Số liệu không khớp quy tắc kiểm tra: R03 (Phường Hiệp Lợi)"))).toBe(true);
  });

  it("leaves figures of passing rules unmarked", () => {
    expect(figures(model, "muc-I").filter((f) => f.code === "02").every((f) => !f.text.endsWith("*"))).toBe(true);
  });
});

describe("a rule failing on the totals only (R12: 27 ≤ 03)", () => {
  it("marks 27 and 03 wherever the report prints them", async () => {
    const city = await SampleWorkbook.city();
    city.setValues(SHEETS.city, { "26": 400, "27": 300 });
    const result = await validateBooks(city);
    expect(result.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.unit])).toEqual([["R12", null]]);
    const model = report(result);
    const all = model.body.flatMap((b) => (b.type === "generated" ? b.paragraphs.flatMap((p) => p.runs) : []));
    const marked = all.filter((r): r is FigureRun => r.type === "figure" && r.questioned).map((r) => r.code);
    expect(new Set(marked)).toEqual(new Set(["03", "27"]));
    expect(all.filter((r): r is FigureRun => r.type === "figure" && (r.code === "03" || r.code === "27")).every((r) => r.text.endsWith("*"))).toBe(true);
  });
});
