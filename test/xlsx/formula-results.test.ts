/** Issue 11 items 1–2: a formula is read by its stored result — 0, FALSE and "" included — or flagged as having none. */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { phuLucPcmd } from "../../src/forms";
import { loadWorkbook, readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { cellAt } from "../../src/core/snapshot";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { cli, tempDir } from "./cli";
import { rawWorkbook, writeZip } from "./raw-zip";

const SHEET_DATA = [
  `<row r="1">`,
  `<c r="A1"><f>0</f><v>0</v></c>`,
  `<c r="B1" t="b"><f>1=2</f><v>0</v></c>`,
  `<c r="C1" t="str"><f>""</f><v></v></c>`,
  `<c r="D1" t="str"><f>IF(A1=0,"","x")</f><v/></c>`,
  `<c r="E1"><f>SUM(X1:X9)</f></c>`,
  `<c r="F1"><f t="shared" ref="F1:F3" si="0">A1*2</f><v>0</v></c>`,
  `</row>`,
  `<row r="2"><c r="A2"><v>0</v></c><c r="F2"><f t="shared" si="0"/><v>0</v></c></row>`,
  `<row r="3"><c r="A3"><v>4</v></c><c r="F3"><f t="shared" si="0"/></c></row>`,
].join("");

describe("formula results read from the file", () => {
  it("keeps cached 0, FALSE and \"\" as values and marks formulas saved without a result", async () => {
    const bytes = writeZip(rawWorkbook([{ name: "Phụ lục", sheetData: SHEET_DATA }]));
    const sheet = (await readWorkbookSnapshot(bytes, "ket-qua.xlsx")).sheets[0];
    expect(cellAt(sheet, 0, 0)).toEqual({ type: "number", value: 0, formula: "0" });
    expect(cellAt(sheet, 0, 1)).toEqual({ type: "boolean", value: false, formula: "1=2" });
    expect(cellAt(sheet, 0, 2)).toEqual({ type: "text", value: "", formula: '""' });
    expect(cellAt(sheet, 0, 3)).toEqual({ type: "text", value: "", formula: 'IF(A1=0,"","x")' });
    expect(cellAt(sheet, 0, 4)).toEqual({ type: "blank", value: null, formula: "SUM(X1:X9)", noResult: true });
    // Shared formulas: the master and each dependent cell, with their own formula text.
    expect(cellAt(sheet, 0, 5)).toEqual({ type: "number", value: 0, formula: "A1*2" });
    expect(cellAt(sheet, 1, 5)).toEqual({ type: "number", value: 0, formula: "A2*2" });
    expect(cellAt(sheet, 2, 5)).toEqual({ type: "blank", value: null, formula: "A3*2", noResult: true });
  });

  it("gives the loaded ExcelJS workbook the empty-string results too, for the sheets copied from it", async () => {
    const bytes = writeZip(rawWorkbook([{ name: "Phụ lục", sheetData: SHEET_DATA }]));
    const ws = (await loadWorkbook(bytes, "ket-qua.xlsx")).worksheets[0];
    expect(ws.getCell("C1").result).toBe("");
    expect(ws.getCell("D1").result).toBe("");
    expect(ws.getCell("E1").result).toBeUndefined();
  });

  it("validates a ward whose figures are formulas (zeros included) exactly like one whose figures are typed", async () => {
    const dir = tempDir();
    try {
      const typed = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
      const formulas = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
      const numeric = phuLucPcmd.indicators.filter((i) => typeof typed.value(undefined, i.code) === "number");
      expect(numeric.length).toBeGreaterThan(5);
      // A few figures become 0 in both files; every figure is a formula in the second.
      for (const [n, ind] of numeric.entries()) {
        const value = n % 4 === 0 ? 0 : (typed.value(undefined, ind.code) as number);
        typed.setValue(undefined, ind.code, value);
        formulas.setValue(undefined, ind.code, { formula: n % 4 === 0 ? "0" : `${value}+0`, result: value } as ExcelJS.CellValue);
      }
      const run = async (book: SampleWorkbook, name: string) => {
        writeFileSync(dir.file(name), await book.toBuffer());
        const r = await cli(["validate", dir.file(name), "--json"]);
        const json = JSON.parse(r.out);
        return { code: r.code, findings: json.findings.map((f: { code: string; cell: string | null }) => `${f.code} ${f.cell}`).sort() };
      };
      const a = await run(typed, "typed.xlsx");
      const b = await run(formulas, "formulas.xlsx");
      expect(b.findings.filter((f: string) => f.startsWith("value.blank"))).toEqual([]);
      expect(b).toEqual(a);
    } finally {
      dir.remove();
    }
  });
});
