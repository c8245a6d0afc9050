import { parseA1 } from "../../src/core/address";
import { Finding } from "../../src/core/findings";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { MARKS_SHEET } from "../../src/hosts/excel/marks";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";
import { loadFake } from "./fake/from-exceljs";
import { fakeEnv } from "./fake/office";
import { ensureCell, FakeOptions, FakeWorkbook } from "./fake/state";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { check } = paneSteps(filePorts);

const quiet = () => undefined;

/** Every cell's fill, note and comment, and the sheet list: what marking must give back exactly. */
function decorations(wb: FakeWorkbook) {
  return wb.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    fills: [...s.cells].filter(([, c]) => c.fill.pattern !== "None").map(([k, c]) => [k, c.fill]),
    notes: [...s.notes],
    comments: [...s.comments],
  }));
}

function contents(wb: FakeWorkbook) {
  return wb.sheets.map((s) =>
    [...s.cells].filter(([, c]) => c.type !== "Empty").map(([k, c]) => [k, c.value, c.type, c.formula, c.numberFormat]),
  );
}

function cellOf(wb: FakeWorkbook, f: Finding) {
  const { row, col } = parseA1(f.cell!);
  return ensureCell(wb.sheet(f.sheet!), row, col);
}

/** The city sample with errors on two wards, fills and notes already on some cells. */
async function setup(options: FakeOptions = {}) {
  const book = (await SampleWorkbook.city())
    .setValues(SHEETS.ngaBay, { "11": 999, "15": 50 })
    .setValues(SHEETS.hiepLoi, { "02": null, "07": "bốn", "20": -5 })
    .setValue(SHEETS.laiHieu, "17", "x");
  const wb = loadFake(new FakeWorkbook(options), book.workbook);
  const host = createExcelHost(fakeEnv(wb));
  const { result } = await check(host, quiet);
  const onCells = result.findings.filter((f) => f.sheet && f.cell);
  expect(onCells.length).toBeGreaterThan(5);
  const [a, b, c] = onCells.filter((f) => f.sheet === SHEETS.ngaBay || f.sheet === SHEETS.hiepLoi);
  const cell = (f: Finding) => cellOf(wb, f);
  cell(a).fill = { pattern: "Solid", color: "#FFFF00", patternColor: "#000000" };
  cell(b).fill = { pattern: "Gray50", color: "#00B0F0", patternColor: "#7030A0" };
  wb.sheet(c.sheet!).notes.set(c.cell!, "Đã hỏi lại phường ngày 3/7.");
  wb.sheet(SHEETS.ngaBay).notes.set("F20", "Ghi chú của cán bộ, không liên quan.");
  wb.resetCounters();
  return { wb, host, findings: result.findings, a, b, c };
}

async function marksSheet(wb: FakeWorkbook) {
  return wb.sheets.find((s) => s.name === MARKS_SHEET);
}

describe("marking the cells of findings", () => {
  test("highlight then clear gives every cell its fill and note back; values are never written", async () => {
    const { wb, host, findings, a, c } = await setup();
    const before = decorations(wb);
    const values = contents(wb);

    const marked = await host.highlight(findings);
    expect(marked.marked).toBeGreaterThan(3);
    const sheetA = wb.sheet(a.sheet!);
    expect([...sheetA.cells.values()].some((x) => x.fill.color === "#FFC7CE")).toBe(true);
    expect(sheetA.notes.get(a.cell!)).toContain(a.message);
    expect(wb.sheet(c.sheet!).notes.get(c.cell!)).toContain(c.message);
    expect((await marksSheet(wb))?.visibility).toBe("VeryHidden");

    // Marking again (e.g. after the workbook was closed and reopened) keeps the earliest fills and notes.
    const once = decorations(wb);
    await host.highlight(findings);
    expect(decorations(wb)).toEqual(once);

    const cleared = await host.clearHighlights();
    expect(cleared).toEqual({ marked: 0, restored: marked.marked });
    expect(decorations(wb)).toEqual(before);
    expect(await marksSheet(wb)).toBeUndefined();

    const unitSheets = Object.values(SHEETS) as string[];
    expect(wb.writes.filter((w) => unitSheets.includes(w.sheet) && /^(values|formulas|numberFormat)$/.test(w.property))).toEqual([]);
    expect(contents(wb).slice(0, values.length)).toEqual(values);
  });

  test("cells no longer flagged get their own fill and note back when marking again", async () => {
    const { wb, host, findings, a } = await setup();
    const before = decorations(wb);
    const fillOfA = () => cellOf(wb, a).fill;
    const originalFill = { ...fillOfA() };
    await host.highlight(findings);
    expect(fillOfA().color).toBe("#FFC7CE");
    const again = await host.highlight(findings.filter((f) => !(f.sheet === a.sheet && f.cell === a.cell)));
    expect(again.restored).toBe(1);
    expect(fillOfA()).toEqual(originalFill);
    expect(wb.sheet(a.sheet!).notes.has(a.cell!)).toBe(false);
    await host.clearHighlights();
    expect(decorations(wb)).toEqual(before);
  });

  test("with comments instead of notes (ExcelApi below 1.18), a user's comment is left alone", async () => {
    const { wb, host, findings, c } = await setup({ api: "1.17" });
    wb.sheet(c.sheet!).notes.clear();
    wb.sheet(c.sheet!).comments.set(c.cell!, "Bình luận của cán bộ.");
    wb.sheet(SHEETS.ngaBay).notes.clear();
    const before = decorations(wb);
    await host.highlight(findings);
    expect(wb.sheet(c.sheet!).comments.get(c.cell!)).toBe("Bình luận của cán bộ.");
    expect(wb.sheets.flatMap((s) => [...s.comments.values()]).length).toBeGreaterThan(1);
    expect(wb.sheets.every((s) => s.notes.size === 0)).toBe(true);
    await host.clearHighlights();
    expect(decorations(wb)).toEqual(before);
  });

  test("a protected sheet stops the marking with a Vietnamese message saying what to do", async () => {
    const { wb, host, findings, a } = await setup();
    wb.sheet(a.sheet!).protected = true;
    await expect(host.highlight(findings)).rejects.toMatchObject({
      name: "Problem",
      title: "Trang tính hoặc sổ làm việc đang được bảo vệ",
      hostCode: "AccessDenied",
    });
  });
});
