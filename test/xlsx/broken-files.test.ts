/** Issue 11 item 11: each kind of broken or foreign file is refused with its own true message. */
import { readFileSync, writeFileSync } from "node:fs";
import { loadWorkbook, readWorkbookSnapshot, UnreadableWorkbookError } from "../../src/hosts/xlsx/read-workbook";
import { CITY_FILE } from "../helpers/sample-workbook";
import { cli, tempDir } from "./cli";
import { Entries, rawWorkbook, setText, text, writeZip, zipEntries } from "./raw-zip";

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array, file: string): Promise<string> {
  try {
    await readWorkbookSnapshot(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableWorkbookError);
    return (e as Error).message;
  }
  throw new Error(`${file} was read`);
}

const cityEntries = () => zipEntries(readFileSync(CITY_FILE));

/** The part holding a sheet, through the workbook's relationships. */
function partOf(entries: Entries, sheet: string): string {
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(text(entries, "xl/workbook.xml"))![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(text(entries, "xl/_rels/workbook.xml.rels"))?.[1]
    ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(text(entries, "xl/_rels/workbook.xml.rels"))![1];
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

describe("broken and foreign files", () => {
  it("refuses a workbook that lost one sheet's XML, naming the sheet, instead of dropping that unit", async () => {
    const entries = await cityEntries();
    entries.delete(partOf(entries, "P. Hiệp Thành"));
    const message = await refusal(writeZip(entries), "tong-hop.xlsx");
    expect(message).toBe(
      `Không đọc được "tong-hop.xlsx": file .xlsx bị hỏng, thiếu nội dung của trang "P. Hiệp Thành" (${partOf(await cityEntries(), "P. Hiệp Thành")}) nên không đọc được số liệu của trang này; hãy đề nghị đơn vị gửi lại file.`,
    );

    const dir = tempDir();
    try {
      writeFileSync(dir.file("tong-hop.xlsx"), writeZip(entries));
      const r = await cli(["validate", dir.file("tong-hop.xlsx")]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`thiếu nội dung của trang "P. Hiệp Thành"`);
    } finally {
      dir.remove();
    }
  });

  it("says a zip without xl/workbook.xml is a damaged workbook", async () => {
    const entries = await cityEntries();
    entries.delete("xl/workbook.xml");
    expect(await refusal(writeZip(entries), "hong.xlsx")).toBe(
      `Không đọc được "hong.xlsx": file .xlsx bị hỏng, thiếu phần danh sách trang tính (xl/workbook.xml); hãy đề nghị đơn vị gửi lại file.`,
    );
  });

  it.each([
    ["xl/_rels/workbook.xml.rels", "liên kết các trang tính"],
    ["xl/sharedStrings.xml", "chữ dùng chung của các ô"],
    ["xl/styles.xml", "định dạng ô"],
  ])("says which part is missing when %s is gone, not that there is no appendix", async (part, what) => {
    const entries = await cityEntries();
    expect(entries.has(part)).toBe(true);
    entries.delete(part);
    expect(await refusal(writeZip(entries), "hong.xlsx")).toBe(
      `Không đọc được "hong.xlsx": file .xlsx bị hỏng, thiếu phần ${what} (${part}); hãy mở bằng Excel và lưu lại, hoặc đề nghị đơn vị gửi lại file.`,
    );
  });

  it("names what a zip that is not a workbook is", async () => {
    const docx: Entries = new Map();
    setText(docx, "[Content_Types].xml", "<Types/>");
    setText(docx, "word/document.xml", "<w:document/>");
    expect(await refusal(writeZip(docx), "bao-cao.xlsx")).toBe(`"bao-cao.xlsx" là văn bản Word (.docx), không phải bảng tính Excel .xlsx.`);

    const zip: Entries = new Map();
    setText(zip, "ghi-chu.txt", "xin chào");
    expect(await refusal(writeZip(zip), "phu-luc.xlsx")).toBe(`"phu-luc.xlsx" là file nén (.zip) nhưng không chứa bảng tính Excel .xlsx.`);
  });

  it("tells to save an OpenDocument spreadsheet as .xlsx", async () => {
    const ods: Entries = new Map();
    setText(ods, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    setText(ods, "content.xml", "<office:document-content/>");
    setText(ods, "META-INF/manifest.xml", "<manifest:manifest/>");
    expect(await refusal(writeZip(ods), "phu-luc.xlsx")).toBe(
      `"phu-luc.xlsx" là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu lại dạng Excel (.xlsx).`,
    );
  });

  it("refuses a sheet too large to read from the zip's directory, before inflating it", async () => {
    const entries = await cityEntries();
    const part = partOf(entries, "P. Lái Hiếu");
    const started = Date.now();
    const message = await refusal(writeZip(entries, { [part]: 600 * MB }), "lon.xlsx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(message).toBe(
      `Không đọc được "lon.xlsx": trang "P. Lái Hiếu" quá lớn (600 MB khi giải nén, giới hạn 400 MB); hãy xóa các dòng, cột thừa sau bảng số liệu rồi lưu lại.`,
    );
  });

  it("refuses a zip bomb: parts that add up to more than the workbook limit", async () => {
    const entries = await cityEntries();
    const declared: Record<string, number> = {};
    for (let i = 1; i <= 4; i++) {
      setText(entries, `xl/media/image${i}.png`, "x");
      declared[`xl/media/image${i}.png`] = 300 * MB;
    }
    // 1.200 MB of images plus the workbook's own parts.
    const total = [...entries].reduce((n, [name, data]) => n + (declared[name] ?? data.length), 0);
    expect(await refusal(writeZip(entries, declared), "bom.xlsx")).toBe(
      `Không đọc được "bom.xlsx": nội dung file khi giải nén quá lớn (${Math.ceil(total / MB).toLocaleString("vi-VN")} MB, giới hạn 1.024 MB), bất thường với một file phụ lục; file có thể bị hỏng hoặc không an toàn.`,
    );
  });

  it("stops inflating a part that grows past the size its directory entry claims", async () => {
    // 8 MB of XML that claims to be 1 KB: with a 1 MB part limit it could only be a bomb or a broken file.
    const entries = rawWorkbook([{ name: "P", sheetData: `<row r="1"><c r="A1"><v>1</v></c></row>` }]);
    setText(entries, "xl/sharedStrings.xml", `<sst>${"<si><t>x</t></si>".repeat(500_000)}</sst>`);
    const bytes = writeZip(entries, { "xl/sharedStrings.xml": 1024 });
    await expect(loadWorkbook(bytes, "bom.xlsx", { partBytes: MB, totalBytes: 4 * MB, cells: 1000 })).rejects.toThrow(
      `Không đọc được "bom.xlsx": file .xlsx bị hỏng; hãy mở bằng Excel và lưu lại.`,
    );
  });
});
