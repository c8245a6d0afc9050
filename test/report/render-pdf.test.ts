/**
 * A real Word consumer opens the report: LibreOffice converts it to PDF headlessly, and the PDF's text still
 * carries the figures. CI installs LibreOffice; without it the test is skipped, saying so.
 */
import { writeReportDocx } from "../../src/hosts/docx/write-report-docx";
import { report, sampleResult } from "./fixtures";
import { convertToPdf, Converted, landscapePages, pdfText, withLibreOffice } from "./libreoffice";

withLibreOffice("the report opened by LibreOffice", () => {
  let converted: Converted;
  let pdf: string;

  beforeAll(async () => {
    converted = convertToPdf(await writeReportDocx(report(await sampleResult())));
    pdf = converted.pdf;
  }, 180_000);

  afterAll(() => converted?.remove());

  it("converts to a PDF whose text carries the sample's figures in their phrasing", () => {
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const phrase of [
      "diện tích tự nhiên 78,07 km²",
      "dân số là 56.182 người",
      "có 06 đơn vị hành chính (04 phường, 02 xã)",
      "có 226 cơ sở kinh doanh dịch vụ, trong đó: 142 cơ sở lưu trú, 04 cơ sở xông hơi massage, tẩm quất, 70 quán cà phê, giải khát, 10 cơ sở karaoke",
      "15 lao động nữ",
      "06/06 xã, phường duy trì không có tệ nạn mại dâm",
      "80 cơ sở ký cam kết",
      "500 tờ gấp",
      "50 lượt phát thanh",
      "20 cuộc tuyên truyền, tọa đàm, sinh hoạt câu lạc bộ với 350 lượt người tham gia",
      "420 lượt cán bộ",
      "70 lượt kiểm tra",
      "31,5 triệu đồng",
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "BÁO CÁO",
      "Nơi nhận:",
      "- Lưu: VT.",
      "SỐ LIỆU CÔNG TÁC PHÒNG, CHỐNG MẠI DÂM",
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it("numbers pages from the second, and sets the appendix on landscape pages", () => {
    const firstLine = (page: number) => pdfText(pdf, page).split("\n").find((l) => l.trim() !== "")!.trim();
    expect(firstLine(1)).toBe("ỦY BAN NHÂN DÂN");
    expect(firstLine(2)).toBe("2");
    const sizes = landscapePages(pdf);
    expect(sizes[0]).toBe(false);
    expect(sizes[sizes.length - 1]).toBe(true);
    const appendixStart = sizes.indexOf(true) + 1;
    expect(pdfText(pdf, appendixStart)).toContain("Phụ lục");
  });
});
