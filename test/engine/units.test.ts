import { summaryLine, wardsText } from "../../src/core/completeness";
import { kindOfUnitName, kindOfUnitType, periodKey, unitKey } from "../../src/core/units";
import { SampleWorkbook, validateBooks } from "../helpers/sample-snapshot";
import { SHEETS, WARD_NAMES, withCode } from "../helpers/sample-workbook";

const FILE = "tong-hop-ngabay.xlsx";

async function cityWith(sheet: string, label: "Đơn vị báo cáo" | "Kỳ báo cáo", value: string | null) {
  const book = await SampleWorkbook.city();
  book.setLabel(sheet, label, value);
  return { book, result: await validateBooks(book) };
}

describe("unit names", () => {
  it.each([
    ["P. Hiệp Lợi"],
    ["P.Hiệp Lợi"],
    ["PHƯỜNG HIỆP LỢI"],
    ["  phường   hiệp lợi "],
    ["Phường\u00a0Hiệp Lợi"],
    ["Phường Hiệp Lợi".normalize("NFD")],
  ])("%j is Phường Hiệp Lợi", async (name) => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Đơn vị báo cáo", name);
    expect(result.findings).toEqual([]);
    expect(result.units.find((u) => u.sheet === SHEETS.hiepLoi)?.name).toBe("Phường Hiệp Lợi");
  });

  it.each([["  xã  đại thành "], ["X. Đại Thành"], ["x.đại thành"]])("%j is Xã Đại Thành", async (name) => {
    const { result } = await cityWith(SHEETS.daiThanh, "Đơn vị báo cáo", name);
    expect(result.findings).toEqual([]);
    expect(result.units.find((u) => u.sheet === SHEETS.daiThanh)).toMatchObject({ name: "Xã Đại Thành", kind: "ward" });
  });

  it("keys keep diacritics: Vĩnh Thanh and Vĩnh Thạnh are different wards", () => {
    expect(unitKey("P. Vĩnh Thạnh")).toBe(unitKey("Phường Vĩnh Thạnh"));
    expect(unitKey("Phường Vĩnh Thanh")).not.toBe(unitKey("Phường Vĩnh Thạnh"));
    expect(unitKey("TT. Cái Tắc")).toBe("thị trấn cái tắc");
  });

  it("a special zone (đặc khu, since the 2025 reform) is a commune-level unit like a ward", () => {
    expect(unitKey("ĐK. Phú Quốc")).toBe("đặc khu phú quốc");
    expect(kindOfUnitName("Đặc khu Côn Đảo")).toBe("ward");
    expect(kindOfUnitType("Đặc khu")).toBe("ward");
  });

  it("Vĩnh Thanh is not matched to a listed Vĩnh Thạnh: unit.unknown suggests it", async () => {
    const book = await SampleWorkbook.city();
    book.renameListedUnit("Phường Hiệp Lợi", "Phường Vĩnh Thạnh").setLabel(SHEETS.hiepLoi, "Đơn vị báo cáo", "Phường Vĩnh Thanh");
    const result = await validateBooks(book);
    expect(withCode(result, "unit.unknown")).toEqual([
      {
        severity: "error",
        code: "unit.unknown",
        sheet: SHEETS.hiepLoi,
        cell: "C3",
        indicator: null,
        unit: "Phường Vĩnh Thanh",
        message: 'Đơn vị "Phường Vĩnh Thanh" không có trong danh sách đơn vị của thành phố; có phải là "Phường Vĩnh Thạnh"?',
        file: FILE,
      },
    ]);
    expect(withCode(result, "unit.missing").map((f) => f.unit)).toEqual(["Phường Vĩnh Thạnh"]);
    expect(result.findings).toHaveLength(2);

    book.setLabel(SHEETS.hiepLoi, "Đơn vị báo cáo", "P. Vĩnh Thạnh");
    expect((await validateBooks(book)).findings).toEqual([]);
  });
});

describe("unit.unknown", () => {
  it("suggests the closest listed name", async () => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Đơn vị báo cáo", "Phường Hiệp Lọi");
    const [f] = withCode(result, "unit.unknown");
    expect(f).toMatchObject({ severity: "error", sheet: SHEETS.hiepLoi, cell: "C3", unit: "Phường Hiệp Lọi" });
    expect(f.message).toBe('Đơn vị "Phường Hiệp Lọi" không có trong danh sách đơn vị của thành phố; có phải là "Phường Hiệp Lợi"?');
  });

  it("a ward that left out 'Phường' is still read as a ward (no cascade of findings on its values)", async () => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Đơn vị báo cáo", "Hiệp Lợi");
    expect(result.findings.map((f) => f.code)).toEqual(["unit.unknown", "unit.missing"]);
    expect(result.findings[0].message).toContain('có phải là "Phường Hiệp Lợi"?');
    expect(result.units.find((u) => u.sheet === SHEETS.hiepLoi)?.kind).toBe("ward");
  });

  it("gives no suggestion when nothing is close", async () => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Đơn vị báo cáo", "Phường Trần Hưng Đạo Quận Một");
    const [f] = withCode(result, "unit.unknown");
    expect(f.message).toBe('Đơn vị "Phường Trần Hưng Đạo Quận Một" không có trong danh sách đơn vị của thành phố.');
  });

  it("is not reported without a city list (ward files on their own)", async () => {
    const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", "Phường Vĩnh Thanh");
    const result = await validateBooks(book);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.units.map((u) => [u.name, u.kind])).toEqual([["Phường Vĩnh Thanh", "ward"]]);
  });
});

describe("unit.missing-name", () => {
  it("on a sheet of the city workbook", async () => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Đơn vị báo cáo", null);
    expect(withCode(result, "unit.missing-name")).toEqual([
      {
        severity: "error",
        code: "unit.missing-name",
        sheet: SHEETS.hiepLoi,
        cell: "C3",
        indicator: null,
        unit: SHEETS.hiepLoi,
        message: `Trang "${SHEETS.hiepLoi}" chưa ghi tên đơn vị ở ô "Đơn vị báo cáo".`,
        file: FILE,
      },
    ]);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.missing-name", "unit.missing"]);
  });

  it("on a ward's own file: its ward-only figures are not flagged as city-level", async () => {
    const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", null);
    const result = await validateBooks(book);
    expect(result.findings.map((f) => [f.code, f.sheet, f.cell, f.file])).toEqual([
      ["unit.missing-name", "Phụ lục", "C3", "phuong-hiep-loi.xlsx"],
      ["unit.no-list", null, null, null],
    ]);
    expect(result.units[0].kind).toBe("ward");
  });

  it("on the city-level unit's own file, which leaves the ward-only rows blank", async () => {
    const book = await SampleWorkbook.unit("cap-thanh-pho.xlsx");
    book.setLabel(undefined, "Đơn vị báo cáo", null);
    const result = await validateBooks(book);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.missing-name", "unit.no-list"]);
    expect(result.units[0].kind).toBe("city-level");
  });
});

describe("unit.duplicate", () => {
  it("two sheets of the city workbook report the same unit: the second is not totalled", async () => {
    const { result } = await cityWith(SHEETS.tanThanh, "Đơn vị báo cáo", "X. Đại Thành");
    expect(withCode(result, "unit.duplicate")).toEqual([
      {
        severity: "error",
        code: "unit.duplicate",
        sheet: SHEETS.tanThanh,
        cell: "C3",
        indicator: null,
        unit: "Xã Đại Thành",
        message: 'Đơn vị "Xã Đại Thành" đã có số liệu ở trang "X. Đại Thành"; số liệu trang này không được tổng hợp.',
        file: FILE,
      },
    ]);
    expect(withCode(result, "unit.missing").map((f) => f.unit)).toEqual(["Xã Tân Thành"]);
    expect(result.units.find((u) => u.sheet === SHEETS.tanThanh)?.counted).toBe(false);
    expect(result.wards).toEqual({ reported: 5, expected: 6 });
  });

  it("a ward's file given together with the city workbook names the other file", async () => {
    const result = await validateBooks(await SampleWorkbook.city(), await SampleWorkbook.unit("phuong-hiep-loi.xlsx"));
    const dups = withCode(result, "unit.duplicate");
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({ sheet: "Phụ lục", cell: "C3", file: "phuong-hiep-loi.xlsx", unit: "Phường Hiệp Lợi" });
    expect(dups[0].message).toBe(
      'Đơn vị "Phường Hiệp Lợi" đã có số liệu ở trang "P. Hiệp Lợi" (tong-hop-ngabay.xlsx); số liệu trang này không được tổng hợp.',
    );
    expect(result.findings).toHaveLength(1);
    expect(result.totals.get("02")?.value).toBe(56182);
  });
});

describe("two city workbooks", () => {
  it("the same workbook twice: every unit of the second is a duplicate, nothing else", async () => {
    const second = await SampleWorkbook.city();
    second.file = "ban-sao.xlsx";
    const result = await validateBooks(await SampleWorkbook.city(), second);
    expect(result.findings.map((f) => [f.code, f.file])).toEqual(Array.from({ length: 7 }, () => ["unit.duplicate", "ban-sao.xlsx"]));
    expect(result.ignored).toEqual([]);
    expect(result.wards).toEqual({ reported: 6, expected: 6 });
  });
});

describe("unit.missing and completeness", () => {
  it("a listed ward without a sheet: warning on its row of the info sheet, 5/6", async () => {
    const book = await SampleWorkbook.city();
    book.removeSheet(SHEETS.hiepLoi);
    const result = await validateBooks(book);
    expect(result.findings).toEqual([
      {
        severity: "warning",
        code: "unit.missing",
        sheet: SHEETS.info,
        cell: "B26",
        indicator: null,
        unit: "Phường Hiệp Lợi",
        message: "Chưa có số liệu của Phường Hiệp Lợi (đã nhận 5/6 xã, phường).",
        file: FILE,
      },
    ]);
    expect(result.wards).toEqual({ reported: 5, expected: 6 });
    expect(result.summary).toEqual({ errors: 0, warnings: 1, infos: 0 });
    expect(result.totals.get("17")?.count).toEqual({ k: 5, n: 6 });
  });

  it("a missing city-level unit is not a missing ward", async () => {
    const book = await SampleWorkbook.city();
    book.removeSheet(SHEETS.city);
    const result = await validateBooks(book);
    expect(result.findings).toEqual([]);
    expect(result.wards).toEqual({ reported: 6, expected: 6 });
  });

  it("without a list, completeness cannot be judged and says so (never 5/5)", async () => {
    const books = (await SampleWorkbook.allUnits()).filter((b) => b.file !== "xa-tan-thanh.xlsx");
    const result = await validateBooks(...books);
    expect(result.findings).toEqual([
      {
        severity: "info",
        code: "unit.no-list",
        sheet: null,
        cell: null,
        indicator: null,
        unit: null,
        file: null,
        message:
          'Chưa có danh sách đơn vị (trang "Thông tin báo cáo" hoặc --units) để đối chiếu: đã nhận 5 xã, phường, chưa biết còn thiếu đơn vị nào, nên chưa kiểm tra các quy tắc trên số tổng hợp.',
      },
    ]);
    expect(result.wards).toEqual({ reported: 5, expected: null });
    expect(wardsText(result.wards)).toBe("5 xã, phường (chưa có danh sách để đối chiếu)");
    expect(summaryLine(result.summary, result.wards)).toBe("0 lỗi, 0 cảnh báo, 1 thông tin — đơn vị: 5 xã, phường (chưa có danh sách để đối chiếu)");
  });
});

describe("unit.period-mismatch", () => {
  it("against the info sheet's period", async () => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Kỳ báo cáo", "6 tháng cuối năm 2023");
    expect(result.findings).toEqual([
      {
        severity: "error",
        code: "unit.period-mismatch",
        sheet: SHEETS.hiepLoi,
        cell: "C4",
        indicator: null,
        unit: "Phường Hiệp Lợi",
        message: 'Kỳ báo cáo "6 tháng cuối năm 2023" khác kỳ báo cáo "6 tháng đầu năm 2023" ghi ở trang "Thông tin báo cáo".',
        file: FILE,
      },
    ]);
  });

  it("without an info sheet, against the majority of the sheets", async () => {
    const books = await SampleWorkbook.allUnits();
    const odd = books.find((b) => b.file === "xa-tan-thanh.xlsx")!;
    odd.setLabel(undefined, "Kỳ báo cáo", "Năm 2023");
    const result = await validateBooks(...books);
    expect(result.period).toBe("6 tháng đầu năm 2023");
    expect(result.findings.map((f) => f.code)).toEqual(["unit.period-mismatch", "unit.no-list"]);
    expect(result.findings[0]).toMatchObject({ code: "unit.period-mismatch", sheet: "Phụ lục", cell: "C4", file: "xa-tan-thanh.xlsx", unit: "Xã Tân Thành" });
    expect(result.findings[0].message).toBe('Kỳ báo cáo "Năm 2023" khác kỳ báo cáo của phần lớn các đơn vị ("6 tháng đầu năm 2023").');
  });

  it.each([["06 tháng đầu năm 2023"], ["6 THÁNG  ĐẦU NĂM 2023"], [" 6 tháng đầu năm 2023 "]])("%j equals 6 tháng đầu năm 2023", async (period) => {
    const { result } = await cityWith(SHEETS.hiepLoi, "Kỳ báo cáo", period);
    expect(result.findings).toEqual([]);
  });

  it("Quý 1 equals Quý I; Quý II does not", async () => {
    const book = await SampleWorkbook.city();
    book.setInfo("Kỳ báo cáo", "Quý I năm 2023");
    for (const sheet of [SHEETS.ngaBay, SHEETS.laiHieu, SHEETS.hiepThanh, SHEETS.daiThanh, SHEETS.tanThanh, SHEETS.city]) {
      book.setLabel(sheet, "Kỳ báo cáo", "Quý 1 năm 2023");
    }
    book.setLabel(SHEETS.hiepLoi, "Kỳ báo cáo", "quý i năm 2023");
    expect((await validateBooks(book)).findings).toEqual([]);
    book.setLabel(SHEETS.hiepLoi, "Kỳ báo cáo", "Quý 2 năm 2023");
    expect((await validateBooks(book)).findings.map((f) => [f.code, f.sheet])).toEqual([["unit.period-mismatch", SHEETS.hiepLoi]]);
  });

  it("period keys", () => {
    expect(periodKey("Quý 4 năm 2023")).toBe(periodKey("QUÝ IV NĂM 2023"));
    expect(periodKey("06 tháng cuối năm 2023")).toBe(periodKey("6 tháng cuối năm 2023"));
    expect(periodKey("6 tháng cuối năm 2023")).not.toBe(periodKey("6 tháng đầu năm 2023"));
    expect(periodKey("Năm 2023")).not.toBe(periodKey("Năm 2024"));
  });
});

describe("names in the result", () => {
  it("units take the list's spelling", async () => {
    const { result } = await cityWith(SHEETS.ngaBay, "Đơn vị báo cáo", "p. ngã bảy");
    expect(result.units.map((u) => u.name)).toEqual([...WARD_NAMES, "Cấp thành phố"]);
  });
});

describe("a listed ward with no sheet", () => {
  it("leaves every city total incomplete, naming the ward", async () => {
    const book = (await SampleWorkbook.city()).removeSheet(SHEETS.tanThanh);
    const result = await validateBooks(book);
    expect(result.wards).toEqual({ reported: 5, expected: 6 });
    for (const total of result.totals.values()) {
      expect(total.incomplete).toBe(true);
      expect(total.missing).toEqual([{ unit: "Xã Tân Thành", sheet: null, address: null, reason: "missing-unit" }]);
    }
    expect(result.totals.get("17")?.count).toEqual({ k: 5, n: 6 });
  });
});
