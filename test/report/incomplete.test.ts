/** Totals that leave out blank or invalid ward values are marked where the clerk sees them. */
import { FigureRun, INCOMPLETE_MARK, ReportModel } from "../../src/core/report/model";
import { reportText } from "../../src/core/report/report-text";
import { SampleWorkbook, SHEETS, validateBooks } from "../helpers/sample-workbook";
import { blockText, generated, NEVER, report } from "./fixtures";

describe("a report from incomplete totals", () => {
  let model: ReportModel;

  beforeAll(async () => {
    const city = await SampleWorkbook.city();
    city.setValue(SHEETS.hiepLoi, "03", null).setValue(SHEETS.tanThanh, "12", "abc");
    model = report(await validateBooks(city));
  });

  it("marks the incomplete figures with * in their sentences", () => {
    const text = blockText(model, "muc-I");
    expect(text).toContain("Trên địa bàn thành phố có 198* cơ sở kinh doanh dịch vụ, trong đó: 142 cơ sở lưu trú");
    // A total of zero that leaves a value out keeps its zero phrase but is marked too.
    expect(text).toContain("; không có lao động ngoại tỉnh*.");
    const figures = generated(model, "muc-I").paragraphs.flatMap((p) => p.runs.filter((r): r is FigureRun => r.type === "figure"));
    expect(figures.filter((f) => f.incomplete).map((f) => [f.key, f.text])).toEqual([
      ["03", "198*"],
      ["12", "không có lao động ngoại tỉnh*"],
    ]);
  });

  it("explains them in a note at the end of the same group, naming the units and why", () => {
    const block = generated(model, "muc-I");
    const note = block.paragraphs[block.paragraphs.length - 1];
    expect(note.style).toBe("note");
    expect(note.runs.map((r) => r.text).join("")).toBe(
      `(${INCOMPLETE_MARK}) Số liệu chưa đủ: Tổng số cơ sở kinh doanh dịch vụ (mã 03) thiếu số liệu của Phường Hiệp Lợi (để trống); ` +
        "Lao động ngoại tỉnh (mã 12) thiếu số liệu của Xã Tân Thành (số liệu không hợp lệ).",
    );
    for (const key of ["muc-II-2", "muc-II-4", "muc-II-5", "muc-II-6"]) {
      expect(generated(model, key).paragraphs.every((p) => p.style === "body")).toBe(true);
    }
  });

  it("marks the appendix's cells and totals and notes what is missing", () => {
    const rows = model.appendix.rows.filter((r) => r.type === "indicator");
    const row03 = rows.find((r) => r.cells[1] === "03")!;
    const row12 = rows.find((r) => r.cells[1] === "12")!;
    expect(row03).toMatchObject({ incomplete: true });
    expect(row03.cells.slice(4)).toEqual(["76", "48", "34", "(trống)", "22", "18", "", "198*"]);
    expect(row12.cells.slice(4)).toEqual(["0", "0", "0", "0", "0", "(lỗi)", "", "0*"]);
    expect(model.appendix.notes[1]).toBe(
      "(*) Tổng chưa đủ: Tổng số cơ sở kinh doanh dịch vụ (mã 03) thiếu số liệu của Phường Hiệp Lợi (để trống); " +
        "Lao động ngoại tỉnh (mã 12) thiếu số liệu của Xã Tân Thành (số liệu không hợp lệ).",
    );
  });

  it("still never writes a zero as a number in the narrative", () => {
    const narrative = reportText(model).split("\nPhụ lục\n")[0];
    for (const re of NEVER) expect(narrative).not.toMatch(re);
  });
});
