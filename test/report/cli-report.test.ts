import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { cli } from "../helpers/cli";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { CITY_FILE } from "./fixtures";

describe("tonghop report", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "tonghop-cli-report-"));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the .docx (creating its folder), says where, exits 0 on the clean sample", async () => {
    const out = join(dir, "out", "bao-cao-ngabay.docx");
    const c = await cli("report", CITY_FILE, "--out", out);
    expect(c.code).toBe(0);
    expect(c.out.trimEnd()).toBe(
      [`Đã ghi báo cáo: ${out}`, "  2 chỗ cần cán bộ bổ sung (tô vàng trong báo cáo).", "0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6/6"].join("\n"),
    );
    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(await zip.file("word/document.xml")!.async("string")).toContain('<w:tag w:val="tonghop:03"/>');
  });

  it("still writes when the figures have errors, says so, marks the incomplete ones and exits 1", async () => {
    const city = await SampleWorkbook.city();
    city.setValue(SHEETS.tanThanh, "12", "abc");
    const input = join(dir, "loi.xlsx");
    writeFileSync(input, await city.toBuffer());
    const out = join(dir, "loi.docx");
    const c = await cli("report", input, "--out", out);
    expect(c.code).toBe(1);
    expect(existsSync(out)).toBe(true);
    const text = c.out;
    expect(text).toContain("Số liệu còn lỗi (xem lệnh validate): báo cáo vẫn được ghi");
    expect(text).toContain("1 số liệu chưa đủ (mã 12): được đánh dấu (*) trong báo cáo");
  });

  it.each([
    [["report", CITY_FILE], "Lỗi: Thiếu --out <file.docx>: chỉ ra file báo cáo cần ghi, ví dụ --out out/bao-cao.docx."],
    [["report", CITY_FILE, "--out", "bao-cao.pdf"], 'Lỗi: File báo cáo "bao-cao.pdf" phải có đuôi .docx.'],
    [["report", "khong-co.xlsx", "--out", "x.docx"], 'Lỗi: Không tìm thấy file "khong-co.xlsx".'],
    [["report", "--out", "x.docx"], "Lỗi: Chưa chỉ ra file .xlsx nào."],
  ])("refuses %j in Vietnamese with exit code 2", async (args, message) => {
    const c = await cli(...args);
    expect(c.code).toBe(2);
    expect(c.err).toBe(message + "\n");
  });

  it("is listed in the help", async () => {
    const c = await cli("--help");
    expect(c.out).toContain("tonghop report <file.xlsx>… --out <file.docx>");
  });
});
