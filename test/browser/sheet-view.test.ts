/** The preview's read-only sheet: what a cell shows, and how merged areas lay out and are moved through. */
import { cellDisplay } from "../../src/taskpane/preview/cell-text";
import { gridLayout } from "../../src/taskpane/preview/grid-layout";

test("cells show as a spreadsheet shows them, in Vietnamese notation", () => {
  expect(cellDisplay({ type: "number", value: 56182 })).toBe("56.182");
  expect(cellDisplay({ type: "number", value: 78.07, numberFormat: "0.00" })).toBe("78,07");
  expect(cellDisplay({ type: "number", value: 6, numberFormat: '0"/6"' })).toBe("6/6");
  expect(cellDisplay({ type: "number", value: 0.125, numberFormat: "0.0%" })).toBe("12,5%");
  expect(cellDisplay({ type: "number", value: 45123, numberFormat: "dd/mm/yyyy" })).toBe("16/07/2023");
  expect(cellDisplay({ type: "number", value: 3, numberFormat: '"Ngày "0' })).toBe("3");
  expect(cellDisplay({ type: "text", value: "Phường Ngã Bảy" })).toBe("Phường Ngã Bảy");
  expect(cellDisplay({ type: "error", value: "#REF!" })).toBe("#REF!");
  expect(cellDisplay({ type: "blank", value: null })).toBe("");
});

test("a merge spans its area from the top-left cell; moves skip the rest of it and stop at the edges", () => {
  const sheet = { name: "P", rows: [[{ type: "text" as const, value: "PHỤ LỤC" }], [], [{ type: "number" as const, value: 1 }]], merges: ["A1:C2"] };
  const grid = gridLayout(sheet, { row: 4, col: 1 });
  expect([grid.rows, grid.cols]).toEqual([5, 3]);
  expect(grid.span({ row: 0, col: 0 })).toEqual({ rows: 2, cols: 3 });
  expect(grid.span({ row: 1, col: 2 })).toEqual({ rows: 0, cols: 0 });
  expect(grid.span({ row: 2, col: 1 })).toEqual({ rows: 1, cols: 1 });
  expect(grid.step({ row: 2, col: 1 }, -1, 0)).toEqual({ row: 0, col: 0 });
  expect(grid.step({ row: 0, col: 0 }, 1, 0)).toEqual({ row: 2, col: 0 });
  expect(grid.step({ row: 0, col: 0 }, 0, 1)).toEqual({ row: 0, col: 0 });
  expect(grid.step({ row: 4, col: 2 }, 1, 0)).toEqual({ row: 4, col: 2 });
});
