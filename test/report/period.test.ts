import { nextPeriodDisplay, periodDisplay, periodYear } from "../../src/core/report/period";

describe("report periods", () => {
  it.each([
    ["6 tháng đầu năm 2023", "06 tháng đầu năm 2023", "06 tháng cuối năm 2023"],
    ["06 tháng đầu năm 2023", "06 tháng đầu năm 2023", "06 tháng cuối năm 2023"],
    ["6 tháng cuối năm 2023", "06 tháng cuối năm 2023", "năm 2024"],
    ["Năm 2023", "năm 2023", "năm 2024"],
    ["Quý I năm 2023", "quý I năm 2023", "quý II năm 2023"],
    ["quý 3 năm 2023", "quý III năm 2023", "quý IV năm 2023"],
    ["Quý IV năm 2023", "quý IV năm 2023", "quý I năm 2024"],
  ])("%s reads %s in running text, followed by %s", (period, display, next) => {
    expect(periodDisplay(period)).toBe(display);
    expect(nextPeriodDisplay(period)).toBe(next);
  });

  it("keeps a period it does not recognise as written, with no next period", () => {
    expect(periodDisplay("9 tháng  đầu năm 2023")).toBe("9 tháng đầu năm 2023");
    expect(nextPeriodDisplay("9 tháng đầu năm 2023")).toBeNull();
    expect(periodYear("9 tháng đầu năm 2023")).toBe(2023);
    expect(periodYear("6 tháng cuối năm 2024")).toBe(2024);
    expect(periodYear("kỳ này")).toBeNull();
  });
});
