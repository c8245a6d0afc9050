import { parseA1 } from "../../src/core/address";
import { SheetPlan } from "../../src/core/workbook-plan/types";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { blocksOf, columnRuns, positionsOf, rectangles, styleGroups, widthInPoints } from "../../src/hosts/excel/plan-layout";
import { planTotalsWorkbook } from "../../src/core/workbook-plan/totals-workbook";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { fakeCity } from "./fake/city";
import { loadFake } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { cellAt, FakeWorkbook } from "./fake/state";
import { existingSheets } from "../../src/app/use-cases/write-totals";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { check, writeTotals } = paneSteps(filePorts);

const quiet = () => undefined;

function sheetContents(wb: FakeWorkbook, name: string) {
  const s = wb.sheet(name);
  return [...s.cells].filter(([, c]) => c.type !== "Empty").map(([k, c]) => [k, c.value, c.formula, c.numberFormat]).sort();
}

function expectWritten(wb: FakeWorkbook, plan: SheetPlan) {
  const s = wb.sheet(plan.name);
  for (const cell of plan.cells) {
    const { row, col } = parseA1(cell.address);
    const got = cellAt(s, row, col);
    if (cell.formula !== undefined && !cell.link) expect(got?.formula).toBe(`=${cell.formula}`);
    else if (cell.value !== undefined && cell.value !== null) expect(got?.value).toBe(cell.link ? String(cell.value) : cell.value);
    if (cell.numberFormat) expect(got?.numberFormat).toBe(cell.numberFormat);
  }
  const marker = parseA1(plan.markerAddress);
  expect(cellAt(s, marker.row, marker.col)?.value).toBe(plan.marker);
}

describe("writing the generated sheets", () => {
  test("Tổng hợp and Kết quả kiểm tra are added after the unit sheets, written from the plan, and shown", async () => {
    const wb = await fakeCity();
    const before = wb.sheets.map((s) => s.name);
    const written = await writeTotals(createExcelHost(fakeEnv(wb)), quiet);
    expect(wb.sheets.map((s) => s.name)).toEqual([...before, "Tổng hợp", "Kết quả kiểm tra"]);
    expect(wb.active).toBe("Tổng hợp");
    expect(written.totals.name).toBe("Tổng hợp");
    expect(wb.syncs).toBe(3);
    expect(wb.suspendedSyncs).toBe(1);
  });

  test("every value, formula, number format and the marker of the plan land in their cells", async () => {
    const wb = await fakeCity();
    const host = createExcelHost(fakeEnv(wb));
    const {
      snapshots: [snapshot],
      result,
    } = await check(host, quiet);
    const { plan } = planTotalsWorkbook(result, existingSheets(snapshot));
    await host.writePlan(plan, snapshot);
    for (const sheet of plan.sheets) expectWritten(wb, sheet);
    const hyperlinks = wb.writes.filter((w) => w.property === "hyperlink");
    expect(hyperlinks.length).toBe(plan.sheets.flatMap((s) => s.cells).filter((c) => c.link).length);
  });

  test("running it again replaces the product's sheets in place: same names, same contents, same positions", async () => {
    const wb = await fakeCity();
    const host = createExcelHost(fakeEnv(wb));
    await writeTotals(host, quiet);
    // The user moves the totals to the front.
    const totals = wb.sheet("Tổng hợp");
    wb.sheets = [totals, ...wb.sheets.filter((s) => s !== totals)];
    const order = wb.sheets.map((s) => s.name);
    const first = { totals: sheetContents(wb, "Tổng hợp"), findings: sheetContents(wb, "Kết quả kiểm tra") };
    await writeTotals(host, quiet);
    expect(wb.sheets.map((s) => s.name)).toEqual(order);
    expect({ totals: sheetContents(wb, "Tổng hợp"), findings: sheetContents(wb, "Kết quả kiểm tra") }).toEqual(first);
  });

  test("a user's own sheet called Tổng hợp is never overwritten: the totals go to Tổng hợp (2)", async () => {
    const book = await SampleWorkbook.city();
    book.workbook.addWorksheet("Tổng hợp").getCell("A1").value = "Bảng tự làm của cán bộ";
    const wb = loadFake(new FakeWorkbook(), book.workbook);
    const mine = sheetContents(wb, "Tổng hợp");
    const written = await writeTotals(createExcelHost(fakeEnv(wb)), quiet);
    expect(written.totals.name).toBe("Tổng hợp (2)");
    expect(sheetContents(wb, "Tổng hợp")).toEqual(mine);
    expect(wb.writes.filter((w) => w.sheet === "Tổng hợp")).toEqual([]);
    expect(wb.active).toBe("Tổng hợp (2)");
  });

  test("values left out of a total get the plan's notes on the totals sheet", async () => {
    const book = (await SampleWorkbook.city()).setValue(SHEETS.tanThanh, "09", null);
    const wb = loadFake(new FakeWorkbook(), book.workbook);
    const host = createExcelHost(fakeEnv(wb));
    const {
      snapshots: [snapshot],
      result,
    } = await check(host, quiet);
    const { plan } = planTotalsWorkbook(result, existingSheets(snapshot));
    await host.writePlan(plan, snapshot);
    const totals = plan.sheets[0];
    const planned = totals.cells.filter((c) => c.note).map((c) => [c.address, c.note]);
    expect(planned.length).toBeGreaterThan(0);
    expect([...wb.sheet(totals.name).notes]).toEqual(planned);
  });
});

describe("laying out a plan for Office.js", () => {
  test("cells of one format become few rectangles", () => {
    const points = [];
    for (let row = 4; row < 44; row++) for (let col = 2; col < 702; col++) points.push({ row, col });
    expect(rectangles(points)).toEqual([{ top: 4, left: 2, bottom: 43, right: 701 }]);
    expect(rectangles([{ row: 0, col: 0 }, { row: 0, col: 2 }, { row: 1, col: 0 }])).toEqual([
      { top: 0, left: 0, bottom: 1, right: 0 },
      { top: 0, left: 2, bottom: 0, right: 2 },
    ]);
  });

  test("text Excel would convert keeps an apostrophe; gaps stay null; formats default to General", () => {
    const plan = {
      name: "T",
      role: "totals",
      marker: "tonghop:generated:totals",
      markerAddress: "D1",
      cells: [
        { address: "A1", value: "01" },
        { address: "B1", value: "01", numberFormat: "@" },
        { address: "A2", value: "= 4 lớn hơn" },
        { address: "B2", formula: "SUM(A1:A1)", value: 1 },
        { address: "A3", value: "Phường Ngã Bảy", bold: true },
        { address: "B3", value: 56182, numberFormat: "#,##0" },
      ],
      merges: [],
      columnWidths: [],
      hiddenColumns: [3],
      frozen: null,
      autoFilter: null,
      page: { orientation: "portrait", fitToWidth: false, paper: "A4" },
    } as SheetPlan;
    const blocks = blocksOf(plan);
    expect(blocks.box).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
    expect(blocks.formulas).toEqual([
      ["'01", "01", null, "tonghop:generated:totals"],
      ["'= 4 lớn hơn", "=SUM(A1:A1)", null, null],
      ["Phường Ngã Bảy", 56182, null, null],
    ]);
    expect(blocks.numberFormat[0]).toEqual(["General", "@", "General", "General"]);
    expect(styleGroups(plan)).toEqual([{ style: { bold: true }, addressLists: ["A3"] }]);
  });

  test("widths convert to points and equal neighbours share one column range", () => {
    expect(widthInPoints(8.43)).toBe(48.01);
    expect(columnRuns([{ col: 0, width: 6 }, { col: 2, width: 14 }, { col: 3, width: 14 }])).toEqual([
      { address: "A:A", points: widthInPoints(6) },
      { address: "C:D", points: widthInPoints(14) },
    ]);
  });

  test("a regenerated sheet takes the place of the one it replaces; new ones go to the end", () => {
    const order = ["Tổng hợp", "Thông tin báo cáo", "P. Ngã Bảy", "Kết quả kiểm tra", "Ghi chép"];
    expect(
      positionsOf(
        [
          { name: "Tổng hợp", replaces: ["Tổng hợp"] },
          { name: "Kết quả kiểm tra", replaces: ["Kết quả kiểm tra"] },
        ],
        order,
      ),
    ).toEqual([0, 3]);
    expect(positionsOf([{ name: "Tổng hợp", replaces: [] }, { name: "Kết quả kiểm tra", replaces: ["Kết quả kiểm tra"] }], order)).toEqual([
      null,
      3,
    ]);
  });
});
