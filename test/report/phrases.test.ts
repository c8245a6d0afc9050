import { capitalize, countText, dateText, ratioText, wardWords } from "../../src/core/report/phrases";

describe("report wording", () => {
  it("writes counts under 10 with a leading zero as the sample does, unless turned off", () => {
    expect(countText(4, true)).toBe("04");
    expect(countText(10, true)).toBe("10");
    expect(countText(56182, true)).toBe("56.182");
    expect(countText(4, false)).toBe("4");
    expect(countText(0, true)).toBe("0");
  });

  it("writes k of n wards as 06/06", () => {
    expect(ratioText(6, 6, true)).toBe("06/06");
    expect(ratioText(5, 12, true)).toBe("05/12");
    expect(ratioText(6, 6, false)).toBe("6/6");
  });

  it("dates as Nghị định 30 writes them: day under 10 and months 1, 2 with a leading zero; blanks when undated", () => {
    expect(dateText({ day: 15, month: 6, year: 2023 }, 2023)).toBe("ngày 15 tháng 6 năm 2023");
    expect(dateText({ day: 5, month: 1, year: 2024 }, 2024)).toBe("ngày 05 tháng 01 năm 2024");
    expect(dateText({ day: 28, month: 2, year: 2023 }, 2023)).toBe("ngày 28 tháng 02 năm 2023");
    expect(dateText({ day: 9, month: 12, year: 2023 }, 2023)).toBe("ngày 09 tháng 12 năm 2023");
    expect(dateText(null, 2023)).toBe("ngày     tháng     năm 2023");
  });

  it("names the wards by the kinds the city has", () => {
    expect(wardWords(new Set(["phường", "xã"]))).toBe("xã, phường");
    expect(wardWords(new Set(["phường"]))).toBe("phường");
    expect(wardWords(new Set(["thị trấn", "xã"]))).toBe("xã, thị trấn");
    expect(wardWords(new Set())).toBe("xã, phường");
  });

  it("capitalises Vietnamese", () => {
    expect(capitalize("đơn vị")).toBe("Đơn vị");
    expect(capitalize("ủy ban")).toBe("Ủy ban");
  });
});
