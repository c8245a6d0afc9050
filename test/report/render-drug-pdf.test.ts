/**
 * The general report of the drug-prevention form opened by LibreOffice: its sections, sentences, marks and
 * notes, and the appendix on landscape pages, as a reader of the PDF sees them.
 */
import { buildFormReport } from "../../src/app/use-cases/make-report";
import { writeReportDocx } from "../../src/hosts/docx/write-report-docx";
import { drugResult } from "./drug-fixtures";
import { NOW } from "./fixtures";
import { convertToPdf, Converted, landscapePages, pdfText, withLibreOffice } from "./libreoffice";

withLibreOffice("the drug-prevention report opened by LibreOffice", () => {
  let converted: Converted;
  let pdf: string;

  beforeAll(async () => {
    // A rule failing at one ward (R01: 02 > 01) and a ward leaving its budget blank: both marked and noted.
    const result = drugResult({ "Phường Ngã Bảy": { "02": 6 }, "Xã Tân Thành": { "14": null } });
    converted = convertToPdf(await writeReportDocx(buildFormReport(result, { now: NOW })), "bao-cao-ma-tuy");
    pdf = converted.pdf;
  }, 180_000);

  afterAll(() => converted?.remove());

  it("carries the form's subject, sections and sentences, with the marks and their notes", () => {
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const phrase of [
      "Kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy",
      "UBND thành phố Ngã Bảy báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2023",
      "II. TÌNH HÌNH",
      "- Người nghiện ma túy có hồ sơ quản lý: 12* người, trong đó người nghiện dưới 18 tuổi: 07* người.",
      "- Xã, phường không ma túy: 03/06 xã, phường.",
      "III. CAI NGHIỆN, QUẢN LÝ SAU CAI",
      "- Tỷ lệ người nghiện được cai nghiện: 83,3%.",
      "- Ma túy thu giữ: 13,6 gam.",
      "- Lượt người tham dự: 795 lượt người.",
      "- Kinh phí thực hiện: 21,5* triệu đồng.",
      "(*) Số liệu không khớp quy tắc kiểm tra: R01 (Phường Ngã Bảy):",
      "(*) Số liệu chưa đủ: Kinh phí thực hiện (mã 14) thiếu số liệu của Xã Tân Thành",
      "VII. ĐÁNH GIÁ CHUNG",
      "- Số liệu được tổng hợp từ báo cáo của 06/06 xã, phường.",
      "VIII. PHƯƠNG HƯỚNG, NHIỆM VỤ 06 THÁNG CUỐI NĂM 2023",
      "Trên đây là báo cáo kết quả thực hiện công tác phòng, chống ma túy 06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy./.",
      "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MA TÚY",
    ]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toMatch(/mại dâm/);
  });

  it("numbers pages from the second, and sets the appendix with every unit's column on landscape pages", () => {
    expect(pdfText(pdf, 1).split("\n").find((l) => l.trim() !== "")!.trim()).toBe("ỦY BAN NHÂN DÂN");
    expect(pdfText(pdf, 2).split("\n").find((l) => l.trim() !== "")!.trim()).toBe("2");
    const sizes = landscapePages(pdf);
    expect(sizes[0]).toBe(false);
    expect(sizes[sizes.length - 1]).toBe(true);
    const appendix = pdfText(pdf, sizes.indexOf(true) + 1).replace(/\s+/g, " ");
    // A header wrapping in its cell ("Công an / thành phố") is read line by line.
    for (const cell of ["Phụ lục", "Công an", "Xã, phường không ma túy (1 = có, 0 = không)", "Ma túy thu giữ", "12,35", "13,6", "(trống)", "21,5*"]) {
      expect(appendix).toContain(cell);
    }
  });
});
