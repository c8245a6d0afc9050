import { phuLucPcmd } from "../../src/forms";
import { SampleWorkbook, validateBooks } from "../helpers/sample-snapshot";
import { EXPECTED_TOTALS, SHEETS, withCode } from "../helpers/sample-workbook";

const FILE = "tong-hop-ngabay.xlsx";
const CODES = phuLucPcmd.indicators.map((i) => i.code);

function totalsOf(result: Awaited<ReturnType<typeof validateBooks>>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [code, t] of result.totals) out[code] = t.count ? `${t.count.k}/${t.count.n}` : t.value;
  return out;
}

describe("tolerated layouts give no false findings", () => {
  const variations: [string, (book: SampleWorkbook) => void][] = [
    ["a column inserted before Mã số", (b) => b.sheet(SHEETS.hiepLoi).spliceColumns(2, 0, [])],
    ["columns numbered 1–6 under the header instead of A B C D 1 2", (b) =>
      [1, 2, 3, 4, 5, 6].forEach((n) => (b.sheet(SHEETS.hiepLoi).getCell(7, n).value = n))],
    ["a column inserted before STT on two sheets", (b) => [SHEETS.ngaBay, SHEETS.city].forEach((s) => b.sheet(s).spliceColumns(1, 0, []))],
    ["rows reordered", (b) => b.rewriteSheet(SHEETS.hiepLoi, { order: [...CODES].reverse() })],
    ["rows shuffled with a column inserted between STT and Mã số", (b) =>
      b.rewriteSheet(SHEETS.hiepLoi, { order: [...CODES.slice(20), ...CODES.slice(0, 20)], extraColumn: true })],
    ["codes typed as numbers (1 instead of 01)", (b) => b.rewriteSheet(SHEETS.hiepLoi, { codesAsNumbers: true })],
    ["the block shifted down and right", (b) => b.rewriteSheet(SHEETS.hiepLoi, { top: 10, left: 4 })],
    ["extra blank rows between indicator rows", (b) => b.rewriteSheet(SHEETS.hiepLoi, { blankRowsBetween: 2 })],
    ["blank rows inserted into the sample sheet", (b) => b.sheet(SHEETS.hiepLoi).spliceRows(20, 0, [], [], [])],
    ["all of it at once", (b) =>
      b.rewriteSheet(SHEETS.hiepLoi, { order: [...CODES].reverse(), codesAsNumbers: true, top: 6, left: 2, extraColumn: true, blankRowsBetween: 1 })],
    ["the unit name written as 'P. Hiệp Lợi'", (b) => b.setLabel(SHEETS.hiepLoi, "Đơn vị báo cáo", "P. Hiệp Lợi")],
    ["the unit name and label in one cell", (b) => {
      const ws = b.sheet(SHEETS.hiepLoi);
      ws.getCell("A3").value = "Đơn vị báo cáo: Phường Hiệp Lợi";
      ws.getCell("C3").value = null;
    }],
    ["'Đơn vị báo cáo : …' and 'Kỳ báo cáo : …' in one cell, with a space before the colon", (b) => {
      const ws = b.sheet(SHEETS.hiepLoi);
      ws.getCell("A3").value = "Đơn vị báo cáo : Phường Hiệp Lợi";
      ws.getCell("A4").value = "KỲ BÁO CÁO : 6 tháng đầu năm 2023";
      ws.getCell("C3").value = null;
      ws.getCell("C4").value = null;
    }],
    ["labels in another case, with odd spacing, '...' for '…' and km2 for km²", (b) => {
      const ws = b.sheet(SHEETS.hiepLoi);
      const row = (code: string) => b.rowOf(SHEETS.hiepLoi, code);
      ws.getCell(row("08"), 3).value = "Cơ sở khác (vũ trường, quán bar, nhà hàng...)";
      ws.getCell(row("02"), 3).value = "  DÂN  SỐ ";
      ws.getCell(row("01"), 4).value = "km2";
    }],
    ["a note in Ghi chú and a sheet that is not an appendix", (b) => {
      b.sheet(SHEETS.hiepLoi).getCell(b.rowOf(SHEETS.hiepLoi, "19"), 6).value = "phát tại chợ";
      b.addSheet("Ghi chú").getCell("A1").value = "Ghi chú của cán bộ tổng hợp";
    }],
  ];

  it.each(variations)("%s", async (_, change) => {
    const book = await SampleWorkbook.city();
    change(book);
    const result = await validateBooks(book);
    expect(result.findings).toEqual([]);
    expect(result.units.map((u) => u.name)).toContain("Phường Hiệp Lợi");
    expect(totalsOf(result)).toEqual(EXPECTED_TOTALS);
  });

  it("findings point at the moved cells", async () => {
    const book = await SampleWorkbook.city();
    book.sheet(SHEETS.hiepLoi).spliceColumns(2, 0, []);
    book.setValue(SHEETS.hiepLoi, "19", "80");
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([["value.text-number", SHEETS.hiepLoi, "F30"]]);
    expect(book.address(SHEETS.hiepLoi, "19")).toBe("F30");
  });

  it("reordered and shifted rows are read by code", async () => {
    const book = await SampleWorkbook.city();
    book.rewriteSheet(SHEETS.hiepLoi, { order: [...CODES].reverse(), top: 10, left: 4 });
    book.setValue(SHEETS.hiepLoi, "11", 1000);
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.cell, f.indicator])).toEqual([
      ["R03", book.address(SHEETS.hiepLoi, "11"), "11"],
    ]);
  });

  it("a sheet that is not an appendix is listed as ignored", async () => {
    const book = await SampleWorkbook.city();
    book.addSheet("Ghi chú").getCell("A1").value = "Ghi chú";
    const result = await validateBooks(book);
    expect(result.ignored).toEqual([{ file: FILE, sheet: "Ghi chú", reason: "not-appendix" }]);
  });
});

describe("structure findings", () => {
  it("structure.no-header: a sheet that looks like an appendix without its header row", async () => {
    const book = await SampleWorkbook.city();
    book.sheet(SHEETS.hiepLoi).getCell("E6").value = "Số lượng";
    const result = await validateBooks(book);
    expect(withCode(result, "structure.no-header")).toEqual([
      {
        severity: "error",
        code: "structure.no-header",
        sheet: SHEETS.hiepLoi,
        cell: null,
        indicator: null,
        unit: null,
        message: `Trang "${SHEETS.hiepLoi}" có vẻ là phụ lục nhưng không tìm thấy dòng tiêu đề (Mã số, Chỉ tiêu, Số liệu) trong 20 dòng đầu.`,
        file: FILE,
      },
    ]);
    expect(result.ignored).toEqual([{ file: FILE, sheet: SHEETS.hiepLoi, reason: "no-header" }]);
    expect(result.findings.map((f) => f.code)).toEqual(["structure.no-header", "unit.missing"]);
  });

  it("structure.no-header: the header pushed below row 20", async () => {
    const book = await SampleWorkbook.city();
    book.rewriteSheet(SHEETS.hiepLoi, { top: 17 });
    expect(withCode(await validateBooks(book), "structure.no-header").map((f) => f.sheet)).toEqual([SHEETS.hiepLoi]);
  });

  it("structure.missing-row: the total is incomplete and rules using the code are skipped", async () => {
    const book = await SampleWorkbook.city();
    book.sheet(SHEETS.hiepLoi).spliceRows(book.rowOf(SHEETS.hiepLoi, "05"), 1);
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "structure.missing-row",
        sheet: SHEETS.hiepLoi,
        cell: null,
        indicator: "05",
        unit: "Phường Hiệp Lợi",
        message: "Thiếu dòng chỉ tiêu mã 05 (Cơ sở xoa bóp, xông hơi, massage, tẩm quất).",
        file: FILE,
      },
    ]);
    expect(result.totals.get("05")).toMatchObject({ incomplete: true, missing: [{ unit: "Phường Hiệp Lợi", sheet: SHEETS.hiepLoi, address: null, reason: "missing-row" }] });
  });

  it("structure.duplicate-row: neither row's value is counted; the total says so", async () => {
    const book = await SampleWorkbook.city();
    const ws = book.sheet(SHEETS.hiepLoi);
    const first = book.rowOf(SHEETS.hiepLoi, "05");
    const dup = book.rowOf(SHEETS.hiepLoi, "06");
    const clean = (await validateBooks(await SampleWorkbook.city())).totals.get("05")!.value;
    const own = Number(ws.getCell(first, 5).value);
    ws.getCell(first, 5).value = own + 3;
    ws.getCell(dup, 5).value = own + 4;
    ws.getCell(dup, 2).value = "05";
    ws.getCell(dup, 3).value = "Cơ sở xoa bóp, xông hơi, massage, tẩm quất";
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "structure.duplicate-row",
        sheet: SHEETS.hiepLoi,
        cell: `B${dup}`,
        indicator: "05",
        unit: "Phường Hiệp Lợi",
        message: `Mã số 05 xuất hiện hai lần (dòng ${first} và dòng ${dup}); không lấy số liệu của dòng nào — xóa dòng thừa.`,
        file: FILE,
      },
      expect.objectContaining({ code: "structure.missing-row", indicator: "06" }),
    ]);
    expect(result.totals.get("05")).toMatchObject({
      value: clean - own,
      incomplete: true,
      missing: [{ unit: "Phường Hiệp Lợi", sheet: SHEETS.hiepLoi, address: `E${first}`, reason: "untrusted" }],
    });
  });

  it("structure.unknown-code: a code the form does not have", async () => {
    const book = await SampleWorkbook.city();
    const ws = book.sheet(SHEETS.hiepLoi);
    const row = book.rowOf(SHEETS.hiepLoi, "40") + 1;
    ws.getCell(row, 2).value = 41;
    ws.getCell(row, 3).value = "Chỉ tiêu thêm";
    ws.getCell(row, 5).value = 3;
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "structure.unknown-code",
        sheet: SHEETS.hiepLoi,
        cell: `B${row}`,
        indicator: null,
        unit: "Phường Hiệp Lợi",
        message: 'Mã số "41" không có trong biểu mẫu; dòng này không được tổng hợp.',
        file: FILE,
      },
    ]);
  });

  it("structure.shifted-row: a row bearing another indicator's name is not counted", async () => {
    const book = await SampleWorkbook.city();
    const ws = book.sheet(SHEETS.hiepLoi);
    const clean = (await validateBooks(await SampleWorkbook.city())).totals;
    const [r4, r5] = [book.rowOf(SHEETS.hiepLoi, "04"), book.rowOf(SHEETS.hiepLoi, "05")];
    const [v4, v5] = [Number(ws.getCell(r4, 5).value), Number(ws.getCell(r5, 5).value)];
    ws.getCell(r4, 3).value = "Cơ sở xoa bóp, xông hơi, massage, tẩm quất";
    ws.getCell(r5, 3).value = "Cơ sở lưu trú";
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "structure.shifted-row",
        sheet: SHEETS.hiepLoi,
        cell: `C${r4}`,
        indicator: "04",
        unit: "Phường Hiệp Lợi",
        message:
          'Dòng mã 04 ghi tên chỉ tiêu "Cơ sở xoa bóp, xông hơi, massage, tẩm quất" của mã 05: cột mã số bị lệch so với cột chỉ tiêu; số liệu dòng này không được tổng hợp.',
        file: FILE,
      },
      expect.objectContaining({ code: "structure.shifted-row", cell: `C${r5}`, indicator: "05" }),
    ]);
    expect(result.summary.errors).toBe(2);
    expect(result.totals.get("04")).toMatchObject({ value: clean.get("04")!.value - v4, incomplete: true });
    expect(result.totals.get("05")).toMatchObject({ value: clean.get("05")!.value - v5, incomplete: true });
    expect(result.totals.get("05")!.missing).toEqual([{ unit: "Phường Hiệp Lợi", sheet: SHEETS.hiepLoi, address: `E${r5}`, reason: "untrusted" }]);
  });

  it("structure.label-mismatch: a name that is no indicator's stays a warning, and the value counts", async () => {
    const book = await SampleWorkbook.city();
    const r4 = book.rowOf(SHEETS.hiepLoi, "04");
    book.sheet(SHEETS.hiepLoi).getCell(r4, 3).value = "Cơ sở lưu trú (nhà nghỉ, khách sạn)";
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([["structure.label-mismatch", `C${r4}`]]);
    expect(result.totals.get("04")!.incomplete).toBe(false);
  });

  it("structure.label-mismatch: the unit of measure differs", async () => {
    const book = await SampleWorkbook.city();
    const row = book.rowOf(SHEETS.hiepLoi, "33");
    book.sheet(SHEETS.hiepLoi).getCell(row, 4).value = "triệu đồng";
    const result = await validateBooks(book);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: "structure.label-mismatch", severity: "warning", cell: `D${row}`, indicator: "33" });
    expect(result.findings[0].message).toBe('Dòng mã 33 ghi "triệu đồng", biểu mẫu là "đồng" — kiểm tra xem các dòng có bị lệch không.');
  });
});
