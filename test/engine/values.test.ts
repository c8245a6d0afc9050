import { Finding } from "../../src/core/findings";
import { formatNumber, parseVietnameseNumber } from "../../src/core/numbers";
import { ValidationResult } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { CellValue, SampleWorkbook, validateBooks } from "../helpers/sample-snapshot";
import { SHEETS } from "../helpers/sample-workbook";

const FILE = "tong-hop-ngabay.xlsx";

async function edited(sheet: string, values: Record<string, CellValue>): Promise<{ book: SampleWorkbook; result: ValidationResult }> {
  const book = await SampleWorkbook.city();
  book.setValues(sheet, values);
  return { book, result: await validateBooks(book) };
}

/** The one finding a single bad value gives on a ward's sheet. */
async function wardFinding(code: string, value: CellValue): Promise<Finding> {
  const { book, result } = await edited(SHEETS.ngaBay, { [code]: value });
  expect(result.findings).toHaveLength(1);
  const f = result.findings[0];
  expect(f).toMatchObject({ sheet: SHEETS.ngaBay, cell: book.address(SHEETS.ngaBay, code), indicator: code, unit: "Phường Ngã Bảy", file: FILE });
  return f;
}

describe("value.text-number: a number stored as text", () => {
  it.each([
    ["02", "7.412", "7.412"],
    ["33", "1.500.000", "1.500.000"],
    ["40", "12,5", "12,5"],
    ["19", " 80 ", "80"],
    ["19", "1 500", "1.500"],
    ["01", "8.52", "8,52"],
  ])("mã %s = %j is an error that shows the number %s", async (code, text, shown) => {
    const f = await wardFinding(code, text);
    expect(f).toMatchObject({ severity: "error", code: "value.text-number" });
    const name = phuLucPcmd.indicators.find((ind) => ind.code === code)!.name;
    expect(f.message).toBe(`${name} (mã ${code}) là số dạng chữ "${text.trim()}" (Excel không cộng được); nhập lại thành số ${shown}.`);
  });

  it("leaves the value out of the total, which is then incomplete", async () => {
    const { result } = await edited(SHEETS.ngaBay, { "19": "80" });
    const total = result.totals.get("19")!;
    expect(total).toMatchObject({ value: 420, incomplete: true });
    expect(total.missing).toEqual([{ unit: "Phường Ngã Bảy", sheet: SHEETS.ngaBay, address: "E30", reason: "invalid" }]);
  });
});

describe("flags (kind F)", () => {
  it("accept 1/0 and Có/Không in any case and spacing", async () => {
    const { result } = await edited(SHEETS.ngaBay, { "17": "Có", "18": "  KHÔNG " });
    const more = await edited(SHEETS.laiHieu, { "17": "có", "18": 0 });
    expect(result.findings).toEqual([]);
    expect(result.totals.get("17")?.count).toEqual({ k: 6, n: 6 });
    expect(result.totals.get("18")?.count).toEqual({ k: 5, n: 6 });
    expect(more.result.findings).toEqual([]);
  });

  it.each([
    ["x", "x"],
    [2, "2"],
    [true, "TRUE"],
  ])("%j is value.flag", async (value, shown) => {
    const f = await wardFinding("18", value);
    expect(f).toMatchObject({ severity: "error", code: "value.flag" });
    expect(f.message).toBe(`Có tủ sách pháp luật (mã 18) ghi "${shown}"; chỉ ghi 1 (có) hoặc 0 (không).`);
  });

  it("a blank flag is value.blank like any blank", async () => {
    const f = await wardFinding("17", null);
    expect(f).toMatchObject({ severity: "warning", code: "value.blank" });
  });
});

describe("other value findings", () => {
  it("value.text: text that is not a number", async () => {
    const f = await wardFinding("19", "không có");
    expect(f).toMatchObject({ severity: "error", code: "value.text" });
    expect(f.message).toBe('Tờ gấp, tờ rơi đã phát (mã 19) ghi "không có", không phải là số.');
  });

  it("value.negative", async () => {
    const f = await wardFinding("19", -3);
    expect(f).toMatchObject({ severity: "error", code: "value.negative" });
    expect(f.message).toBe("Tờ gấp, tờ rơi đã phát (mã 19) = -3: số liệu không được là số âm.");
  });

  it("value.not-integer on a whole-number indicator", async () => {
    const f = await wardFinding("02", 15874.5);
    expect(f).toMatchObject({ severity: "error", code: "value.not-integer" });
    expect(f.message).toBe("Dân số (mã 02) = 15.874,5; chỉ tiêu này phải là số nguyên.");
  });

  it("value.too-many-decimals is a warning and the value still counts", async () => {
    const { book, result } = await edited(SHEETS.ngaBay, { "01": 8.523 });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: "warning",
      code: "value.too-many-decimals",
      cell: book.address(SHEETS.ngaBay, "01"),
      indicator: "01",
    });
    expect(result.findings[0].message).toBe(
      "Diện tích tự nhiên (mã 01) = 8,523 có nhiều hơn 2 chữ số thập phân; chỉ ghi tối đa 2 chữ số sau dấu phẩy.",
    );
    expect(result.totals.get("01")).toMatchObject({ value: 78.073, incomplete: false });
  });

  it("decimals within the indicator's limit are fine (40 allows 3)", async () => {
    const { result } = await edited(SHEETS.ngaBay, { "40": 2.125 });
    expect(result.findings).toEqual([]);
    expect(result.totals.get("40")?.value).toBe(31.125);
  });

  it.each([
    ["a #REF! error", { error: "#REF!" } as CellValue, "#REF!"],
    ["a formula whose result is #DIV/0!", { formula: "E10/0", result: { error: "#DIV/0!" } } as CellValue, "#DIV/0!"],
  ])("value.formula-error: %s", async (_, value, error) => {
    const f = await wardFinding("19", value);
    expect(f).toMatchObject({ severity: "error", code: "value.formula-error" });
    expect(f.message).toBe(`Tờ gấp, tờ rơi đã phát (mã 19) bị lỗi công thức (${error}); sửa công thức hoặc nhập số liệu.`);
  });

  it("a formula with a cached number is read as that number", async () => {
    const book = await SampleWorkbook.city();
    const first = book.address(SHEETS.ngaBay, "04");
    const last = book.address(SHEETS.ngaBay, "08");
    book.setValue(SHEETS.ngaBay, "03", { formula: `SUM(${first}:${last})`, result: 76 });
    const result = await validateBooks(book);
    expect(result.findings).toEqual([]);
    expect(result.totals.get("03")?.value).toBe(226);
  });
});

describe("blanks", () => {
  it("on a ward: value.blank warning, counted as missing (not as 0), total incomplete", async () => {
    const { book, result } = await edited(SHEETS.ngaBay, { "19": null });
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "value.blank",
        sheet: SHEETS.ngaBay,
        cell: book.address(SHEETS.ngaBay, "19"),
        indicator: "19",
        unit: "Phường Ngã Bảy",
        message: "Tờ gấp, tờ rơi đã phát (mã 19) để trống — ghi 0 nếu không phát sinh.",
        file: FILE,
      },
    ]);
    expect(result.totals.get("19")).toMatchObject({ value: 420, incomplete: true });
    expect(result.totals.get("19")?.missing).toEqual([{ unit: "Phường Ngã Bảy", sheet: SHEETS.ngaBay, address: "E30", reason: "blank" }]);
  });

  it("a cell holding only spaces is blank", async () => {
    expect((await wardFinding("19", "   ")).code).toBe("value.blank");
  });

  it("on a city-level unit an A indicator may be blank: nothing reported, total complete", async () => {
    const { result } = await edited(SHEETS.city, { "19": null, "40": null });
    expect(result.findings).toEqual([]);
    expect(result.totals.get("19")).toMatchObject({ value: 350, incomplete: false });
  });
});

describe("value.not-allowed: a ward-only indicator filled on a city-level unit", () => {
  it.each([
    ["02", 1000, "Dân số"],
    ["17", 1, "Địa bàn không có tệ nạn mại dâm"],
    ["07", 0, "Cơ sở karaoke"],
  ])("mã %s = %j", async (code, value, name) => {
    const { book, result } = await edited(SHEETS.city, { [code]: value });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      severity: "error",
      code: "value.not-allowed",
      sheet: SHEETS.city,
      cell: book.address(SHEETS.city, code),
      indicator: code,
      unit: "Cấp thành phố",
      file: FILE,
    });
    expect(result.findings[0].message).toBe(
      `${name} (mã ${code}) chỉ do xã, phường báo cáo; đơn vị cấp thành phố để trống để không bị tính trùng.`,
    );
    // Not counted twice.
    expect(result.totals.get("02")?.value).toBe(56182);
  });
});

describe("Vietnamese number notation", () => {
  it.each([
    ["7.412", 7412],
    ["1.500.000", 1500000],
    ["12,5", 12.5],
    [" 80 ", 80],
    ["1 500", 1500],
    ["1\u00a0500,25", 1500.25],
    ["12.5", 12.5],
    ["-3", -3],
    ["abc", null],
    ["1,500.50", null],
    ["", null],
  ])("%j reads as %p", (text, n) => {
    expect(parseVietnameseNumber(text)).toBe(n);
  });

  it("formats with vi-VN grouping and decimal comma", () => {
    expect(formatNumber(1500000)).toBe("1.500.000");
    expect(formatNumber(78.07)).toBe("78,07");
    expect(formatNumber(31.5, 3)).toBe("31,5");
  });
});
