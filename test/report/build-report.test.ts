import { FigureRun, PROSE_PLACEHOLDER, ReportModel, runsText } from "../../src/core/report/model";
import { reportFigures } from "../../src/core/report/report-figures";
import { reportText } from "../../src/core/report/report-text";
import { ValidationResult } from "../../src/core/validate";
import { blockText, NEVER, report, sampleResult, withInfo } from "./fixtures";

function figures(model: ReportModel): FigureRun[] {
  return model.body.flatMap((b) => (b.type === "generated" ? b.paragraphs.flatMap((p) => p.runs.filter((r): r is FigureRun => r.type === "figure")) : []));
}

function headings(model: ReportModel): string[] {
  return model.body.flatMap((b) => (b.type === "heading" ? [b.text] : []));
}

describe("the report of the bundled sample", () => {
  let result: ValidationResult;
  let model: ReportModel;
  let text: string;

  beforeAll(async () => {
    result = await sampleResult();
    model = report(result);
    text = reportText(model);
  });

  it("carries the sample report's figures in its phrasing", () => {
    for (const phrase of [
      "Thành phố Ngã Bảy có diện tích tự nhiên 78,07 km², dân số là 56.182 người; có 06 đơn vị hành chính (04 phường, 02 xã).",
      "Trên địa bàn thành phố có 226 cơ sở kinh doanh dịch vụ, trong đó: 142 cơ sở lưu trú, 04 cơ sở xông hơi massage, tẩm quất, 70 quán cà phê, giải khát, 10 cơ sở karaoke.",
      "trong đó có 15 lao động nữ (cả 15 người đều đã có hợp đồng lao động); không có lao động ngoại tỉnh.",
      "Không phát hiện trường hợp bán dâm; không có tụ điểm phức tạp về mại dâm; 06/06 xã, phường duy trì không có tệ nạn mại dâm.",
      "có 80 cơ sở ký cam kết",
      "phát 500 tờ gấp",
      "50 lượt phát thanh",
      "tổ chức 20 cuộc tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ với 350 lượt người tham gia",
      "Tổ chức 06 hội nghị triển khai, quán triệt cho cán bộ với 420 lượt cán bộ, công chức tham dự",
      "duy trì 06/06 xã, phường có tủ sách pháp luật",
      "tổ chức 70 lượt kiểm tra cơ sở kinh doanh dịch vụ, với 48 cơ sở được kiểm tra, trong đó: 38 cơ sở lưu trú, 10 cơ sở karaoke.",
      "Qua kiểm tra, phát hiện 03 cơ sở có vi phạm; không có cơ sở bị xử phạt vi phạm hành chính.",
      "trên địa bàn thành phố không phát hiện vụ việc liên quan đến mại dâm; không có tin báo, tố giác về mại dâm.",
      "cho 12 lượt người; 57 người lao động tại các cơ sở kinh doanh dịch vụ được truyền thông, tư vấn.",
      "Kinh phí thực hiện công tác phòng, chống mại dâm 06 tháng đầu năm 2023: 31,5 triệu đồng.",
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("has the header, title, addressee and opening of the sample", () => {
    expect(model.header.parentAgency).toEqual([]);
    expect(model.header.agency.map(runsText)).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ NGÃ BẢY"]);
    expect(model.header.number).toBe("Số:         /BC-UBND");
    expect(runsText(model.header.placeDate)).toBe("Ngã Bảy, ngày     tháng     năm 2023");
    expect(model.documentType).toBe("BÁO CÁO");
    expect(model.summary.map(runsText)).toEqual([
      "Kết quả thực hiện công tác phòng, chống mại dâm",
      "06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy",
    ]);
    expect(model.recipients.map(runsText)).toEqual(["Kính gửi: Sở Lao động - Thương binh và Xã hội."]);
    expect(text).toContain(
      "Thực hiện Công văn số 900/SLĐTBXH-TNXH ngày 07 tháng 6 năm 2023 của Sở Lao động - Thương binh và Xã hội về việc báo cáo công tác phòng, chống mại dâm 06 tháng đầu năm 2023. " +
        "UBND thành phố Ngã Bảy báo cáo kết quả thực hiện công tác phòng, chống mại dâm 06 tháng đầu năm 2023 và phương hướng, nhiệm vụ công tác trọng tâm 06 tháng cuối năm 2023 trên địa bàn thành phố Ngã Bảy, cụ thể như sau:",
    );
  });

  it("has the sample's sections, the next period in IV, and closes with ./.", () => {
    expect(headings(model)).toEqual([
      "I. KHÁI QUÁT TÌNH HÌNH",
      "II. KẾT QUẢ THỰC HIỆN",
      "1. Công tác chỉ đạo triển khai thực hiện",
      "2. Công tác thông tin, tuyên truyền",
      "3. Các hoạt động phòng ngừa tệ nạn mại dâm",
      "4. Công tác quản lý địa bàn, kiểm tra, triệt phá, truy tố xét xử",
      "5. Xây dựng, triển khai các hoạt động can thiệp giảm tác hại",
      "6. Kinh phí thực hiện",
      "III. ĐÁNH GIÁ CHUNG",
      "1. Ưu điểm",
      "2. Hạn chế",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 06 THÁNG CUỐI NĂM 2023",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
    expect(text).toContain("Trên đây là báo cáo kết quả thực hiện công tác phòng, chống mại dâm 06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy./.");
  });

  it("takes II.1 and III–V prose from the info sheet, one paragraph a line, and marks II.3 for the clerk", () => {
    expect(text).toContain("1. Công tác chỉ đạo triển khai thực hiện\nUBND thành phố ban hành Kế hoạch số 60/KH-UBND");
    expect(text).toContain("1. Ưu điểm\nCông tác phòng, chống mại dâm đã được các ban, ngành");
    expect(text).toContain("2. Hạn chế\nMột số cấp ủy, chính quyền cơ sở");
    expect(text).toContain("NĂM 2023\n- Tăng cường công tác tuyên truyền");
    expect(text).toContain("\n- Đội kiểm tra liên ngành về phòng, chống mại dâm");
    expect(text).toContain("V. ĐỀ XUẤT, KIẾN NGHỊ\nSở Lao động - Thương binh và Xã hội: Mở các lớp");
    expect(text).toContain(`3. Các hoạt động phòng ngừa tệ nạn mại dâm\n${PROSE_PLACEHOLDER}\n`);
  });

  it("signs and distributes as the info sheet says, filing last", () => {
    expect(model.signature.authority.map(runsText)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(model.signature.signer).toEqual([{ type: "placeholder", text: "[Họ và tên người ký]" }]);
    expect(model.distribution).toEqual(["- Như trên;", "- Lưu: VT."]);
  });

  it("records form, period, source and generation time", () => {
    expect(model.meta).toEqual({
      formId: "phu-luc-pcmd",
      period: "6 tháng đầu năm 2023",
      sourceWorkbooks: ["tong-hop-ngabay.xlsx"],
      generatedAt: "2023-06-20T08:00:00.000Z",
    });
  });

  it("never shows undefined, null or a zero as a number", () => {
    for (const re of NEVER) expect(text).not.toMatch(re);
  });

  it("keys every figure and generated group uniquely and the same way each time", () => {
    const keys = [...figures(model).map((f) => f.key), ...model.body.flatMap((b) => (b.type === "generated" ? [b.key] : [])), model.appendix.key];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(["muc-I", "muc-II-2", "muc-II-4", "muc-II-5", "muc-II-6", "phu-luc", "don-vi", "don-vi-phuong", "don-vi-xa"]));
    const nonZero = [...result.totals.values()].filter((t) => t.value !== 0).map((t) => t.code);
    // Every non-zero total is tagged; zero sub-figures (08, 15, 30, 33, 35, 37) are left out of the sentences.
    for (const code of nonZero) expect(keys).toContain(code);
    expect(reportFigures(model).get("tonghop:03")).toBe("226");
    expect(reportFigures(model).get("tonghop:17")).toBe("06/06");
    expect(reportFigures(model).get("tonghop:12")).toBe("không có lao động ngoại tỉnh");

    expect(report(result)).toEqual(model);
  });

  it("maps each tag to its text: a generated group to its paragraphs, the appendix to its table and notes", () => {
    const map = reportFigures(model);
    expect(map.get("tonghop:muc-I")).toBe(blockText(model, "muc-I"));
    expect(map.get("tonghop:phu-luc")!.split("\n")[0]).toBe(
      "STT\tMã số\tChỉ tiêu\tĐơn vị tính\tPhường Ngã Bảy\tPhường Lái Hiếu\tPhường Hiệp Thành\tPhường Hiệp Lợi\tXã Đại Thành\tXã Tân Thành\tCấp thành phố\tTổng cộng",
    );
    expect(map.get("tonghop:phu-luc")).toContain("\n3\t03\tTổng số cơ sở kinh doanh dịch vụ\tcơ sở\t76\t48\t34\t28\t22\t18\t\t226\n");
    expect(map.get("tonghop:phu-luc")).toContain("\n17\t17\tĐịa bàn không có tệ nạn mại dâm (1 = có, 0 = không)\t\t1\t1\t1\t1\t1\t1\t\t6/6\n");
    expect(map.get("tonghop:phu-luc")!.endsWith("\nSố xã, phường đã báo cáo: 06/06.")).toBe(true);
  });

  it("writes counts without a leading zero when asked", () => {
    const plain = reportText(report(result, { leadingZero: false }));
    expect(plain).toContain("có 6 đơn vị hành chính (4 phường, 2 xã)");
    expect(plain).toContain("4 cơ sở xông hơi massage");
    expect(plain).toContain("6/6 xã, phường duy trì không có tệ nạn mại dâm");
  });
});

describe("header data from the info sheet", () => {
  let result: ValidationResult;
  beforeAll(async () => {
    result = await sampleResult();
  });

  it("numbers and dates the report when given, per Nghị định 30", () => {
    const model = report(withInfo(result, { number: "15" }, { day: 5, month: 2, year: 2023 }));
    expect(model.header.number).toBe("Số: 15/BC-UBND");
    expect(runsText(model.header.placeDate)).toBe("Ngã Bảy, ngày 05 tháng 02 năm 2023");
    expect(runsText(model.appendix.attachedTo)).toBe("(Kèm theo Báo cáo số 15/BC-UBND ngày 05 tháng 02 năm 2023 của UBND thành phố Ngã Bảy)");
    expect(runsText(report(withInfo(result, {}, { day: 15, month: 6, year: 2023 })).header.placeDate)).toBe("Ngã Bảy, ngày 15 tháng 6 năm 2023");
  });

  it("puts a parent agency above the agency, and several addressees as a list", () => {
    const model = report(
      withInfo(result, {
        parentAgency: "UBND THÀNH PHỐ NGÃ BẢY",
        agency: "Phòng Lao động - Thương binh và Xã hội",
        recipient: "Sở Lao động - Thương binh và Xã hội\nUBND thành phố Ngã Bảy",
        distribution: "- Như trên;\n- Lưu: VT, LĐTBXH.\n- Công an thành phố",
      }),
    );
    expect(model.header.parentAgency).toEqual(["UBND THÀNH PHỐ NGÃ BẢY"]);
    expect(model.header.agency.map(runsText)).toEqual(["PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]);
    expect(model.header.number).toBe("Số:         /BC-UBND");
    expect(model.summary.map(runsText)[1]).toBe("06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy");
    expect(model.recipients.map(runsText)).toEqual(["Kính gửi:", "- Sở Lao động - Thương binh và Xã hội;", "- UBND thành phố Ngã Bảy."]);
    expect(model.distribution).toEqual(["- Như trên;", "- Công an thành phố;", "- Lưu: VT, LĐTBXH."]);
  });

  it.each([
    ["6 tháng cuối năm 2023", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "06 tháng cuối năm 2023 trên địa bàn"],
    ["Năm 2023", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024", "năm 2023 trên địa bàn"],
  ])("for the period %s heads IV %s", (period, heading, summary) => {
    const model = report({ ...result, period });
    expect(headings(model)).toContain(heading);
    expect(runsText(model.summary[1])).toBe(`${summary} thành phố Ngã Bảy`);
  });
});

describe("missing prose and info", () => {
  let result: ValidationResult;
  beforeAll(async () => {
    result = await sampleResult();
  });

  it("shows the placeholder under every heading whose prose is missing, never an empty heading", () => {
    const model = report(withInfo(result, { direction: null, strengths: null, weaknesses: null, tasks: null, proposals: null, basis: null }));
    const text = reportText(model);
    for (const heading of ["1. Công tác chỉ đạo triển khai thực hiện", "1. Ưu điểm", "2. Hạn chế", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 06 THÁNG CUỐI NĂM 2023", "V. ĐỀ XUẤT, KIẾN NGHỊ"]) {
      expect(text).toContain(`${heading}\n${PROSE_PLACEHOLDER}\n`);
    }
    expect(text).toContain(`Thực hiện ${PROSE_PLACEHOLDER}. UBND thành phố Ngã Bảy báo cáo`);
    model.body.forEach((block, i) => {
      if (block.type === "heading" && block.level === 2) expect(model.body[i + 1]?.type).not.toBe("heading");
    });
    for (const re of NEVER) expect(text).not.toMatch(re);
  });

  it("without an info sheet, marks every field the clerk must fill and still writes the figures", () => {
    const model = report({ ...result, info: null });
    const text = reportText(model);
    expect(model.header.agency).toEqual([[{ type: "placeholder", text: "[CƠ QUAN BÁO CÁO]" }]]);
    expect(runsText(model.header.placeDate)).toBe("[Địa danh], ngày     tháng     năm 2023");
    expect(model.recipients.map(runsText)).toEqual(["Kính gửi: [Nơi nhận báo cáo]"]);
    expect(model.signature.authority.map(runsText)).toEqual(["[THẨM QUYỀN KÝ]"]);
    expect(model.distribution).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(text).toContain("Địa bàn có diện tích tự nhiên 78,07 km²");
    expect(text).toContain("trên địa bàn [Tên địa phương]./.");
    expect(text.split(PROSE_PLACEHOLDER).length - 1).toBe(7);
    for (const re of NEVER) expect(text).not.toMatch(re);
  });
});
