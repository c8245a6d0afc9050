import { agencyHeaderLines, agencyShortName, localityOf, localityText } from "../../src/core/report/locality";

describe("locality and agency names", () => {
  it.each([
    ["Ủy ban nhân dân thành phố Ngã Bảy", null, "thành phố Ngã Bảy"],
    ["UBND huyện Châu Thành", null, "huyện Châu Thành"],
    ["ỦY BAN NHÂN DÂN THỊ XÃ LONG MỸ", null, "thị xã Long Mỹ"],
    ["Ủy ban nhân dân quận Ninh Kiều", null, "quận Ninh Kiều"],
    ["UBND TP. Vị Thanh", null, "thành phố Vị Thanh"],
    ["Phòng Lao động - Thương binh và Xã hội", "UBND THÀNH PHỐ NGÃ BẢY", "thành phố Ngã Bảy"],
  ])("%s (parent %s) is on the territory of %s", (agency, parent, expected) => {
    expect(localityText(localityOf(agency, parent, "Ngã Bảy")!)).toBe(expected);
  });

  it("falls back to the place name, then to nothing", () => {
    expect(localityOf("Phòng Lao động - Thương binh và Xã hội", null, "Ngã Bảy")).toEqual({ type: null, name: "Ngã Bảy" });
    expect(localityOf(null, null, null)).toBeNull();
  });

  it("writes the agency in capitals over two lines, UBND in full", () => {
    expect(agencyHeaderLines("Ủy ban nhân dân thành phố Ngã Bảy")).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ NGÃ BẢY"]);
    expect(agencyHeaderLines("UBND huyện Châu Thành")).toEqual(["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"]);
    expect(agencyHeaderLines("Phòng Lao động - Thương binh và Xã hội")).toEqual(["PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"]);
  });

  it("shortens Ủy ban nhân dân to UBND in running text", () => {
    expect(agencyShortName("Ủy ban nhân dân thành phố Ngã Bảy")).toBe("UBND thành phố Ngã Bảy");
    expect(agencyShortName("Phòng Tư pháp")).toBe("Phòng Tư pháp");
  });
});
