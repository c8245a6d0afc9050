/**
 * Issue 13: a form without its own wording gets the general report in the same layout — the opening, one
 * section per form section with its figures in sentences from names and units, the check's summary, the
 * appendix, the closing — and the product's own form keeps its narrative.
 */
import { buildFormReport } from "../../src/app/use-cases/make-report";
import type { FormDef } from "../../src/core/form";
import { compileForm } from "../../src/core/form-file";
import { buildReport } from "../../src/core/report/build-report";
import { FigureRun, GeneratedBlock, HeadingBlock, INCOMPLETE_MARK, ReportModel, runsText } from "../../src/core/report/model";
import { reportFigures } from "../../src/core/report/report-figures";
import { reportText } from "../../src/core/report/report-text";
import { formResult, type UnitData } from "../helpers/form-snapshot";
import { drugForm, drugResult, drugZeros } from "./drug-fixtures";
import { blockText, NEVER, NOW, report, sampleResult } from "./fixtures";

const build = (result: Parameters<typeof buildFormReport>[0]) => buildFormReport(result, { now: NOW });

function headings(model: ReportModel): string[] {
  return model.body.filter((b): b is HeadingBlock => b.type === "heading").map((b) => b.text);
}

function figure(model: ReportModel, key: string): FigureRun {
  for (const b of model.body) {
    if (b.type !== "generated") continue;
    for (const p of b.paragraphs) for (const r of p.runs) if (r.type === "figure" && r.key === key) return r;
  }
  throw new Error(`no figure ${key}`);
}

describe("the general report of the drug-prevention form", () => {
  const model = build(drugResult());
  const text = reportText(model);

  it("opens, names and closes with the form's subject", () => {
    expect(runsText(model.summary[0])).toBe("Kết quả thực hiện công tác phòng, chống ma túy");
    expect(runsText(model.summary[1])).toBe("06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy");
    expect(text).toContain(
      "UBND thành phố Ngã Bảy báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2023 và phương hướng, nhiệm vụ công tác trọng tâm 06 tháng cuối năm 2023 trên địa bàn thành phố Ngã Bảy, cụ thể như sau:",
    );
    expect(text).toContain("Trên đây là báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy./.");
    expect(model.appendix.subtitle).toBe("SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MA TÚY");
    expect(text).not.toMatch(/mại dâm/);
    for (const never of NEVER) expect(text).not.toMatch(never);
  });

  it("has one section per form section, in print order, renumbered after the direction", () => {
    expect(headings(model)).toEqual([
      "I. CÔNG TÁC CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN",
      "II. TÌNH HÌNH",
      "III. CAI NGHIỆN, QUẢN LÝ SAU CAI",
      "IV. ĐẤU TRANH, XỬ LÝ",
      "V. TUYÊN TRUYỀN",
      "VI. KINH PHÍ",
      "VII. ĐÁNH GIÁ CHUNG",
      "1. Kết quả kiểm tra số liệu",
      "2. Ưu điểm",
      "3. Hạn chế",
      "VIII. PHƯƠNG HƯỚNG, NHIỆM VỤ 06 THÁNG CUỐI NĂM 2023",
      "IX. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
  });

  it("writes every figure in a sentence from its name and unit, a part inside its parent's", () => {
    expect(blockText(model, "muc-II")).toBe(
      [
        "- Người nghiện ma túy có hồ sơ quản lý: 12 người, trong đó người nghiện dưới 18 tuổi: 01 người.",
        "- Người sử dụng trái phép chất ma túy có hồ sơ quản lý: 03 người.",
        "- Xã, phường không ma túy: 03/06 xã, phường.",
      ].join("\n"),
    );
    expect(blockText(model, "muc-III")).toBe(
      [
        "- Người cai nghiện tự nguyện tại gia đình, cộng đồng: 04 người.",
        "- Người được đưa vào cơ sở cai nghiện: 06 người.",
        "- Người được quản lý sau cai nghiện: 02 người.",
        "- Tỷ lệ người nghiện được cai nghiện: 83,3%.",
      ].join("\n"),
    );
    expect(blockText(model, "muc-IV")).toBe(
      ["- Vụ phạm tội về ma túy được phát hiện: 05 vụ.", "- Đối tượng bị bắt giữ: 08 người.", "- Ma túy thu giữ: 13,6 gam."].join("\n"),
    );
    expect(blockText(model, "muc-V")).toBe(["- Buổi tuyên truyền phòng, chống ma túy: 12 cuộc.", "- Lượt người tham dự: 795 lượt người."].join("\n"));
    expect(blockText(model, "muc-VI")).toBe("- Kinh phí thực hiện: 22,25 triệu đồng.");
  });

  it("tags every figure by its code, and each section's paragraphs as a group", () => {
    const figures = reportFigures(model);
    expect(figure(model, "01")).toMatchObject({ code: "01", text: "12", incomplete: false, questioned: false, label: "Người nghiện ma túy có hồ sơ quản lý (mã 01)" });
    expect(figure(model, "02").label).toBe("Người nghiện dưới 18 tuổi (mã 02)");
    expect(figures.get("tonghop:04")).toBe("03/06");
    expect(figures.get("tonghop:08")).toBe("83,3");
    expect(figures.get("tonghop:11")).toBe("13,6");
    const groups = model.body.filter((b): b is GeneratedBlock => b.type === "generated").map((b) => b.key);
    expect(groups).toEqual(["muc-II", "muc-III", "muc-IV", "muc-V", "muc-VI", "muc-VII-1"]);
    expect([...figures.keys()].filter((k) => /^tonghop:\d+$/.test(k)).sort()).toEqual(drugForm.indicators.map((i) => `tonghop:${i.code}`));
  });

  it("says where the figures come from and that the check found nothing", () => {
    expect(blockText(model, "muc-VII-1")).toBe(
      ["- Số liệu được tổng hợp từ báo cáo của 06/06 xã, phường.", "- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu không có lỗi, không có cảnh báo."].join("\n"),
    );
  });

  it("puts the totals by unit in the appendix, the police's ward-only cells empty", () => {
    const rows = model.appendix.rows.flatMap((r) => (r.type === "indicator" ? [r.cells] : []));
    expect(model.appendix.columns).toEqual([
      "STT",
      "Mã số",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Phường Lái Hiếu",
      "Phường Ngã Bảy",
      "Phường Hiệp Thành",
      "Phường Hiệp Lợi",
      "Xã Đại Thành",
      "Xã Tân Thành",
      "Công an thành phố",
      "Tổng cộng",
    ]);
    expect(rows[0]).toEqual(["1", "01", "Người nghiện ma túy có hồ sơ quản lý", "người", "5", "4", "0", "3", "0", "0", "", "12"]);
    expect(rows[10]).toEqual(["11", "11", "Ma túy thu giữ", "gam", "1,25", "0", "0", "0", "0", "0", "12,35", "13,6"]);
    expect(rows[3].slice(0, 4)).toEqual(["4", "04", "Xã, phường không ma túy (1 = có, 0 = không)", ""]);
    expect(rows[3].at(-1)).toBe("3/6");
    expect(model.appendix.notes).toEqual(["Số xã, phường đã báo cáo: 06/06."]);
  });
});

describe("zeros, gaps and failed rules in the general report", () => {
  it("reads zeros as words: no count before a noun, no parts of nothing, a ratio without denominator not computed", () => {
    const model = build(drugZeros());
    const text = reportText(model);
    expect(blockText(model, "muc-II")).toBe(
      ["- Người nghiện ma túy có hồ sơ quản lý: không có.", "- Người sử dụng trái phép chất ma túy có hồ sơ quản lý: không có.", "- Xã, phường không ma túy: không có xã, phường nào."].join("\n"),
    );
    expect(blockText(model, "muc-III")).toContain(`- Tỷ lệ người nghiện được cai nghiện: không tính được${INCOMPLETE_MARK}.`);
    expect(blockText(model, "muc-III")).toContain(
      `(${INCOMPLETE_MARK}) Số liệu chưa đủ: Tỷ lệ người nghiện được cai nghiện (mã 08) mẫu số bằng 0 nên không tính được tỷ lệ.`,
    );
    expect(blockText(model, "muc-VI")).toBe("- Kinh phí thực hiện: không có.");
    for (const never of NEVER) expect(text).not.toMatch(never);
    expect(text).not.toMatch(/(^|[^\d.,/])0 (gam|%|cuộc|lượt người|triệu đồng)/);
  });

  it("says a part is none when its parent is not", () => {
    const model = build(drugResult({ "Phường Lái Hiếu": { "02": 0 } }));
    expect(blockText(model, "muc-II")).toContain("- Người nghiện ma túy có hồ sơ quản lý: 12 người, trong đó người nghiện dưới 18 tuổi: không có.");
  });

  it("marks an incomplete total and the ratio computed from it, with the wards that left them blank", () => {
    const model = build(drugResult({ "Phường Ngã Bảy": { "01": null } }));
    expect(figure(model, "01")).toMatchObject({ text: `08${INCOMPLETE_MARK}`, incomplete: true });
    expect(figure(model, "08")).toMatchObject({ text: `125${INCOMPLETE_MARK}`, incomplete: true });
    expect(blockText(model, "muc-II")).toContain(
      `(${INCOMPLETE_MARK}) Số liệu chưa đủ: Người nghiện ma túy có hồ sơ quản lý (mã 01) thiếu số liệu của Phường Ngã Bảy (để trống).`,
    );
    expect(blockText(model, "muc-III")).toContain("Tỷ lệ người nghiện được cai nghiện (mã 08) thiếu số liệu của Phường Ngã Bảy (để trống)");
    expect(blockText(model, "muc-VII-1")).toContain(`- Số liệu chưa đủ hoặc không khớp quy tắc kiểm tra được đánh dấu (${INCOMPLETE_MARK}), kèm ghi chú.`);
    expect(model.appendix.notes.join("\n")).toContain("Người nghiện ma túy có hồ sơ quản lý (mã 01) thiếu số liệu của Phường Ngã Bảy (để trống)");
  });

  it("marks the figures of an error rule that failed, names the rule, and counts the errors", () => {
    const model = build(drugResult({ "Phường Ngã Bảy": { "02": 6 } }));
    expect(figure(model, "01")).toMatchObject({ text: `12${INCOMPLETE_MARK}`, questioned: true, incomplete: false });
    expect(figure(model, "02")).toMatchObject({ text: `07${INCOMPLETE_MARK}`, questioned: true });
    expect(blockText(model, "muc-II")).toMatch(/\(\*\) Số liệu không khớp quy tắc kiểm tra: R01 \(Phường Ngã Bảy\): .*\(mã 02\) = 6.*\(mã 01\) = 4/u);
    expect(blockText(model, "muc-VII-1")).toContain("- Qua kiểm tra theo các quy tắc của biểu mẫu, số liệu còn 01 lỗi.");
  });

  it("says when there is no list to judge completeness by", () => {
    const result = drugResult();
    const model = build({ ...result, wards: { reported: 6, expected: null } });
    expect(blockText(model, "muc-VII-1")).toContain("- Số liệu được tổng hợp từ báo cáo của 06 xã, phường (chưa có danh sách đơn vị để đối chiếu).");
  });
});

describe("the general report of any form's shape", () => {
  const json = {
    id: "kiem-thu",
    title: "SỐ LIỆU KIỂM THỬ",
    subject: "công tác kiểm thử",
    indicators: [
      { code: "101", section: "Hoạt động", name: "Cơ sở được kiểm tra", unit: "cơ sở", type: "integer", scope: "all-units", total: "sum", year: "sum" },
      { code: "102", section: "Hoạt động", name: "Cơ sở vi phạm", unit: "cơ sở", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "101" },
      { code: "103", section: "Hoạt động", name: "Trong đó: HTX vi phạm", unit: "cơ sở", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "102" },
      { code: "104", section: "Hoạt động", name: "Cơ sở bị nhắc nhở", unit: "cơ sở", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "101" },
      { code: "105", section: "2) Kết quả", name: "Cơ sở bị xử phạt", unit: "cơ sở", type: "integer", scope: "all-units", total: "sum", year: "sum", parent: "102" },
      { code: "106", section: "2) Kết quả", name: "Đơn vị có kế hoạch", unit: "", type: "flag", scope: "all-units", total: "sum", year: "last" },
      { code: "107", section: "2) Kết quả", name: "Độ che phủ", unit: "%", type: "percent", decimals: 2, scope: "all-units", total: "[102] / [101] * 100", year: "last" },
    ],
    rules: [],
  };
  const loaded = compileForm(json);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const form: FormDef = loaded.form;
  const units: UnitData[] = [
    { name: "Phường An Hòa", type: "Phường", figures: { "101": 20, "102": 6, "103": 2, "104": 3, "105": 1, "106": 1, "107": 30 } },
    { name: "Xã Tân Phú", type: "Xã", figures: { "101": 12, "102": 2, "103": 0, "104": 0, "105": 1, "106": 1, "107": 16.67 } },
  ];
  const model = build(formResult(form, units));

  it("renumbers sections however the form numbers them, nests parts in depth, and a part of another section stands alone", () => {
    expect(headings(model).slice(0, 3)).toEqual(["I. CÔNG TÁC CHỈ ĐẠO TRIỂN KHAI THỰC HIỆN", "II. HOẠT ĐỘNG", "III. KẾT QUẢ"]);
    expect(blockText(model, "muc-II")).toBe(
      "- Cơ sở được kiểm tra: 32 cơ sở, trong đó cơ sở vi phạm: 08 cơ sở (trong đó HTX vi phạm: 02 cơ sở); cơ sở bị nhắc nhở: 03 cơ sở.",
    );
    expect(blockText(model, "muc-III")).toBe(["- Cơ sở bị xử phạt: 02 cơ sở.", "- Đơn vị có kế hoạch: 02 đơn vị.", "- Độ che phủ: 25%."].join("\n"));
  });

  it("writes counts with or without the leading zero, as asked", () => {
    const plain = buildFormReport(formResult(form, units), { now: NOW, leadingZero: false });
    expect(blockText(plain, "muc-III")).toContain("- Cơ sở bị xử phạt: 2 cơ sở.");
  });
});

describe("which narrative a form's report gets", () => {
  it("the product's form keeps its own wording", async () => {
    const model = report(await sampleResult());
    expect(headings(model)[0]).toBe("I. KHÁI QUÁT TÌNH HÌNH");
    expect(blockText(model, "muc-I")).toMatch(/^Thành phố Ngã Bảy có diện tích tự nhiên 78,07 km², dân số là 56\.182 người/);
  });

  it("a reissued form of the same id lacking an indicator its wording reads gets the general report", async () => {
    const result = await sampleResult();
    const reissued = { ...result, form: { ...result.form, indicators: result.form.indicators.filter((i) => i.code !== "40") } };
    const model = report(reissued);
    expect(headings(model)[1]).toBe("II. ĐỊA BÀN");
    expect(blockText(model, "muc-II")).toBe(["- Diện tích tự nhiên: 78,07 km².", "- Dân số: 56.182 người."].join("\n"));
  });

  it("core alone writes the general report: the form's wording lives with the form", async () => {
    const model = buildReport(await sampleResult(), { now: NOW });
    expect(headings(model)[1]).toBe("II. ĐỊA BÀN");
  });
});
