/**
 * Every sentence that depends on a figure, in its zero and non-zero forms: a zero reads "không có …" /
 * "không phát hiện …" (or "chưa …"), never "0 …"; k = n reads "06/06".
 */
import { reportFigures } from "../../src/core/report/report-figures";
import { ValidationResult } from "../../src/core/validate";
import { blockText, NEVER, report, sampleResult, withTotals } from "./fixtures";

interface Case {
  totals: Record<string, number>;
  block: string;
  says: string[];
  not?: string[];
}

const CASES: Record<string, Case> = {
  "area, zero": { totals: { "01": 0 }, block: "muc-I", says: ["Thành phố Ngã Bảy chưa có số liệu diện tích tự nhiên, dân số là 56.182 người"] },
  "population, zero": { totals: { "02": 0 }, block: "muc-I", says: ["có diện tích tự nhiên 78,07 km², chưa có số liệu dân số;"] },
  "establishments, none": {
    totals: { "03": 0, "04": 0, "05": 0, "06": 0, "07": 0 },
    block: "muc-I",
    says: ["Trên địa bàn thành phố không có cơ sở kinh doanh dịch vụ dễ bị lợi dụng hoạt động mại dâm."],
    not: ["trong đó: "],
  },
  "establishments, other kinds too": { totals: { "03": 231, "08": 5 }, block: "muc-I", says: ["10 cơ sở karaoke, 05 cơ sở khác (vũ trường, quán bar, nhà hàng…)."] },
  "establishments, a kind with none": { totals: { "05": 0, "03": 222 }, block: "muc-I", says: ["142 cơ sở lưu trú, 70 quán cà phê"], not: ["massage"] },
  "workers, none": {
    totals: { "09": 0, "10": 0, "11": 0 },
    block: "muc-I",
    says: ["Không có lao động làm việc tại các cơ sở; không có lao động ngoại tỉnh."],
    not: ["lao động nữ"],
  },
  "female workers, none": { totals: { "10": 0, "11": 0 }, block: "muc-I", says: ["là 275 người, không có lao động nữ; không có lao động ngoại tỉnh."] },
  "female workers, some with contracts": { totals: { "11": 12 }, block: "muc-I", says: ["trong đó có 15 lao động nữ (12 người đã có hợp đồng lao động)"] },
  "female workers, none with contracts": { totals: { "11": 0 }, block: "muc-I", says: ["15 lao động nữ (chưa có người nào ký hợp đồng lao động)"] },
  "workers from other provinces": { totals: { "12": 7 }, block: "muc-I", says: ["; có 07 lao động ngoại tỉnh."], not: ["không có lao động ngoại tỉnh"] },
  "sex workers, adults only": { totals: { "14": 3 }, block: "muc-I", says: ["Phát hiện 03 người bán dâm, không có người bán dâm dưới 18 tuổi; "] },
  "sex workers, minors among them": { totals: { "14": 3, "15": 1 }, block: "muc-I", says: ["Phát hiện 03 người bán dâm, trong đó 01 người dưới 18 tuổi; "] },
  "hotspots": { totals: { "16": 2 }, block: "muc-I", says: ["; có 02 tụ điểm phức tạp về mại dâm; "] },
  "wards free of prostitution, some": { totals: { "17": 5 }, block: "muc-I", says: ["; 05/06 xã, phường không có tệ nạn mại dâm."], not: ["duy trì"] },
  "wards free of prostitution, none": { totals: { "17": 0 }, block: "muc-I", says: ["; chưa có xã, phường nào không có tệ nạn mại dâm."] },
  "commitments, none": { totals: { "13": 0 }, block: "muc-II-2", says: ["- Kết quả: chưa có cơ sở nào ký cam kết không để xảy ra tệ nạn mại dâm; "] },
  "leaflets, none": { totals: { "19": 0 }, block: "muc-II-2", says: ["; không có tờ gấp, tờ rơi được phát; "] },
  "radio, none": { totals: { "20": 0 }, block: "muc-II-2", says: ["; không có tin, bài phát thanh về phòng, chống mại dâm; "] },
  "sessions, none": { totals: { "21": 0, "22": 0 }, block: "muc-II-2", says: ["; không có buổi tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ.\n"] },
  "sessions without a count of people": { totals: { "22": 0 }, block: "muc-II-2", says: ["tổ chức 20 cuộc tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ (chưa thống kê lượt người tham gia)."] },
  "people without sessions": { totals: { "21": 0 }, block: "muc-II-2", says: ["không có buổi tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ, 350 lượt người tham dự tuyên truyền."] },
  "conferences, none": { totals: { "23": 0, "24": 0 }, block: "muc-II-2", says: ["- Không có hội nghị triển khai, quán triệt cho cán bộ; 50 người được tập huấn"] },
  "conferences without a count of officials": { totals: { "24": 0 }, block: "muc-II-2", says: ["Tổ chức 06 hội nghị triển khai, quán triệt cho cán bộ (chưa thống kê lượt cán bộ, công chức tham dự); "] },
  "officials without conferences": { totals: { "23": 0 }, block: "muc-II-2", says: ["- Không có hội nghị triển khai, quán triệt cho cán bộ, 420 lượt cán bộ, công chức tham dự hội nghị; "] },
  "training, none": { totals: { "25": 0 }, block: "muc-II-2", says: ["; không có người được tập huấn kiến thức, nghiệp vụ phòng, chống mại dâm; "] },
  "legal bookshelves, some": { totals: { "18": 4 }, block: "muc-II-2", says: ["; duy trì 04/06 xã, phường có tủ sách pháp luật."] },
  "legal bookshelves, none": { totals: { "18": 0 }, block: "muc-II-2", says: ["; chưa có xã, phường nào có tủ sách pháp luật."] },
  "inspections, none": {
    totals: { "26": 0, "27": 0, "28": 0, "29": 0, "31": 0 },
    block: "muc-II-4",
    says: ["- Không có lượt kiểm tra cơ sở kinh doanh dịch vụ.\n"],
    not: ["Qua kiểm tra"],
  },
  "inspections without a count of establishments": {
    totals: { "27": 0, "28": 0, "29": 0 },
    block: "muc-II-4",
    says: ["tổ chức 70 lượt kiểm tra cơ sở kinh doanh dịch vụ (chưa thống kê số cơ sở được kiểm tra)."],
  },
  "inspected massage parlours": { totals: { "30": 2 }, block: "muc-II-4", says: ["trong đó: 38 cơ sở lưu trú, 10 cơ sở karaoke, 02 cơ sở xoa bóp, massage."] },
  "violations, none": { totals: { "31": 0 }, block: "muc-II-4", says: ["Qua kiểm tra, không phát hiện cơ sở vi phạm."], not: ["xử phạt"] },
  "penalties": {
    totals: { "32": 2, "33": 5000000 },
    block: "muc-II-4",
    says: ["Qua kiểm tra, phát hiện 03 cơ sở có vi phạm; xử phạt vi phạm hành chính 02 cơ sở với tổng số tiền 5.000.000 đồng."],
  },
  "penalties without an amount": { totals: { "32": 2 }, block: "muc-II-4", says: ["xử phạt vi phạm hành chính 02 cơ sở (chưa thống kê số tiền xử phạt)."] },
  "cases and people handled": {
    totals: { "34": 2, "35": 4 },
    block: "muc-II-4",
    says: ["trên địa bàn thành phố phát hiện 02 vụ việc liên quan đến mại dâm, xử lý 04 đối tượng; "],
  },
  "cases, nobody handled yet": { totals: { "34": 1 }, block: "muc-II-4", says: ["phát hiện 01 vụ việc liên quan đến mại dâm, chưa có đối tượng bị xử lý; "] },
  "tip-offs, all handled": { totals: { "36": 5, "37": 5 }, block: "muc-II-4", says: ["; tiếp nhận 05 tin báo, tố giác về mại dâm, đã xác minh, xử lý 05 tin (đạt 100%)."] },
  "tip-offs, some handled": { totals: { "36": 12, "37": 9 }, block: "muc-II-4", says: ["; tiếp nhận 12 tin báo, tố giác về mại dâm, đã xác minh, xử lý 09 tin."] },
  "tip-offs, none handled": { totals: { "36": 3 }, block: "muc-II-4", says: ["tiếp nhận 03 tin báo, tố giác về mại dâm, chưa có tin nào được xác minh, xử lý."] },
  "support, none": {
    totals: { "38": 0, "39": 0 },
    block: "muc-II-5",
    says: ["- Không có lượt người được tư vấn, hỗ trợ (pháp lý, y tế, học nghề, việc làm, vay vốn); chưa có người lao động tại các cơ sở kinh doanh dịch vụ được truyền thông, tư vấn."],
  },
  "budget, none": { totals: { "40": 0 }, block: "muc-II-6", says: ["- Không phát sinh kinh phí thực hiện công tác phòng, chống mại dâm trong 06 tháng đầu năm 2023."] },
  "budget, thousands": { totals: { "40": 1250.5 }, block: "muc-II-6", says: ["06 tháng đầu năm 2023: 1.250,5 triệu đồng."] },
};

describe("sentences that follow the figures", () => {
  let result: ValidationResult;
  beforeAll(async () => {
    result = await sampleResult();
  });

  it.each(Object.entries(CASES))("%s", (_, c) => {
    const model = report(withTotals(result, c.totals));
    const text = blockText(model, c.block);
    for (const s of c.says) expect(text).toContain(s);
    for (const s of c.not ?? []) expect(text).not.toContain(s);
    for (const re of NEVER) expect(text).not.toMatch(re);
    // The figure changed is tagged with its code, its text the number or the phrase standing for zero.
    const figures = reportFigures(model);
    for (const code of Object.keys(c.totals)) {
      const tagged = figures.get(`tonghop:${code}`);
      if (tagged !== undefined) expect(text).toContain(tagged);
    }
  });

  it("the sample itself takes the non-zero form of each sentence the cases above turn to zero", () => {
    const text = ["muc-I", "muc-II-2", "muc-II-4", "muc-II-5", "muc-II-6"].map((k) => blockText(report(result), k)).join("\n");
    for (const s of [
      "có diện tích tự nhiên 78,07 km²",
      "dân số là 56.182 người",
      "có 226 cơ sở kinh doanh dịch vụ, trong đó:",
      "Tổng số lao động làm việc tại các cơ sở là 275 người, trong đó có 15 lao động nữ",
      "06/06 xã, phường duy trì không có tệ nạn mại dâm",
      "có 80 cơ sở ký cam kết",
      "phát 500 tờ gấp",
      "50 lượt phát thanh",
      "20 cuộc tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ với 350 lượt người tham gia",
      "06 hội nghị triển khai, quán triệt cho cán bộ với 420 lượt cán bộ",
      "50 người được tập huấn",
      "duy trì 06/06 xã, phường có tủ sách pháp luật",
      "70 lượt kiểm tra",
      "với 48 cơ sở được kiểm tra",
      "phát hiện 03 cơ sở có vi phạm",
      "cho 12 lượt người; 57 người lao động",
      "31,5 triệu đồng",
    ]) {
      expect(text).toContain(s);
    }
  });
});
