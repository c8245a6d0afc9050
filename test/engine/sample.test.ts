import { ValidationResult } from "../../src/core/validate";
import { SampleWorkbook, validateBooks } from "../helpers/sample-snapshot";
import { EXPECTED_TOTALS, WARD_NAMES } from "../helpers/sample-workbook";

function totalsAsExpected(result: ValidationResult): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [code, t] of result.totals) out[code] = t.count ? `${t.count.k}/${t.count.n}` : t.value;
  return out;
}

describe("the bundled clean sample", () => {
  let city: ValidationResult;
  let units: ValidationResult;

  beforeAll(async () => {
    city = await validateBooks(await SampleWorkbook.city());
    units = await validateBooks(...(await SampleWorkbook.allUnits()));
  });

  it("the city workbook gives no findings at all, 6/6 wards", () => {
    expect(city.findings).toEqual([]);
    expect(city.summary).toEqual({ errors: 0, warnings: 0, infos: 0 });
    expect(city.wards).toEqual({ reported: 6, expected: 6 });
    expect(city.period).toBe("6 tháng đầu năm 2023");
  });

  it("the seven unit files together, with no list to check against, say only that", () => {
    expect(units.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(units.summary).toEqual({ errors: 0, warnings: 0, infos: 1 });
    expect(units.wards).toEqual({ reported: 6, expected: null });
    expect(units.period).toBe("6 tháng đầu năm 2023");
  });

  it("reads the info sheet's list and orders wards first, in the list's order", () => {
    expect(city.info?.units.map((u) => u.name)).toEqual([...WARD_NAMES, "Cấp thành phố"]);
    expect(city.units.map((u) => [u.name, u.kind])).toEqual([...WARD_NAMES.map((n) => [n, "ward"]), ["Cấp thành phố", "city-level"]]);
    expect(city.ignored).toEqual([]);
  });

  it("names the unit files' units by their 'Đơn vị báo cáo'", () => {
    expect(units.units.map((u) => u.name).sort()).toEqual([...WARD_NAMES, "Cấp thành phố"].sort());
    expect(new Set(units.units.map((u) => u.sheet))).toEqual(new Set(["Phụ lục"]));
    expect(units.units.find((u) => u.name === "Phường Hiệp Lợi")?.file).toBe("phuong-hiep-loi.xlsx");
  });

  it.each([
    ["the city workbook", () => city],
    ["the seven unit files", () => units],
  ])("totals of %s equal expected-totals.json (flags as k/n), all complete", (_, result) => {
    const r = result();
    expect(totalsAsExpected(r)).toEqual(EXPECTED_TOTALS);
    for (const t of r.totals.values()) {
      expect(t.incomplete).toBe(false);
      expect(t.missing).toEqual([]);
    }
  });
});
