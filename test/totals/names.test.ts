import { placeGeneratedSheet, unitSheetName } from "../../src/core/workbook-plan/names";

const user = (name: string) => ({ name, generated: false });
const ours = (name: string) => ({ name, generated: true });

describe("placeGeneratedSheet", () => {
  test("a free name is used as is", () => {
    expect(placeGeneratedSheet("Tổng hợp", [user("P. Ngã Bảy")])).toEqual({ name: "Tổng hợp", replaces: [], userSheet: null });
  });

  test("the product's own earlier sheet is replaced in place", () => {
    expect(placeGeneratedSheet("Tổng hợp", [user("P. Ngã Bảy"), ours("Tổng hợp")])).toEqual({
      name: "Tổng hợp",
      replaces: ["Tổng hợp"],
      userSheet: null,
    });
  });

  test("a user's sheet with the name is never taken: the sheet goes to “Tổng hợp (2)”", () => {
    expect(placeGeneratedSheet("Tổng hợp", [user("Tổng hợp")])).toEqual({ name: "Tổng hợp (2)", replaces: [], userSheet: "Tổng hợp" });
    // Excel compares sheet names without case.
    expect(placeGeneratedSheet("Tổng hợp", [user("TỔNG HỢP")]).name).toBe("Tổng hợp (2)");
  });

  test("regenerating next to a user's sheet replaces the earlier “(2)”, not adding a “(3)”", () => {
    expect(placeGeneratedSheet("Tổng hợp", [user("Tổng hợp"), ours("Tổng hợp (2)")])).toEqual({
      name: "Tổng hợp (2)",
      replaces: ["Tổng hợp (2)"],
      userSheet: "Tổng hợp",
    });
    expect(placeGeneratedSheet("Tổng hợp", [user("Tổng hợp"), user("Tổng hợp (2)")]).name).toBe("Tổng hợp (3)");
  });

  test("a stale “(2)” goes once the user's sheet is gone, so no duplicate is left", () => {
    expect(placeGeneratedSheet("Tổng hợp", [ours("Tổng hợp (2)")])).toEqual({ name: "Tổng hợp", replaces: ["Tổng hợp (2)"], userSheet: null });
  });

  test("a generated sheet the user renamed is the user's to keep", () => {
    expect(placeGeneratedSheet("Tổng hợp", [ours("Tổng hợp 2022")]).replaces).toEqual([]);
  });

  test("names reserved by another sheet of the same run are skipped", () => {
    expect(placeGeneratedSheet("Tổng hợp", [], ["Tổng hợp"]).name).toBe("Tổng hợp (2)");
  });
});

describe("unitSheetName", () => {
  test("keeps a valid name", () => {
    expect(unitSheetName("Phường Lái Hiếu", [])).toBe("Phường Lái Hiếu");
  });

  test("replaces characters Excel forbids and trims to 31 characters", () => {
    expect(unitSheetName("Công an TP: đội [1]/2", [])).toBe("Công an TP- đội -1--2");
    const long = unitSheetName("Phòng Văn hóa và Thông tin thành phố Ngã Bảy", []);
    expect(long).toBe("Phòng Văn hóa và Thông tin thàn");
    expect(long.length).toBeLessThanOrEqual(31);
    expect(unitSheetName("'Phường A'", [])).toBe("Phường A");
  });

  test("is unique among the sheets already there, within 31 characters", () => {
    expect(unitSheetName("Phường Lái Hiếu", ["phường lái hiếu"])).toBe("Phường Lái Hiếu (2)");
    const long = "Phòng Văn hóa và Thông tin thành phố";
    const taken = [unitSheetName(long, [])];
    const second = unitSheetName(long, taken);
    expect(second).toMatch(/ \(2\)$/);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(unitSheetName("History", [])).toBe("History (2)");
    expect(unitSheetName("", [])).toBe("Đơn vị");
  });
});
