/** A number format that spells a unit with escaped letters (`0.00\ \k\m\²`) is a number, not a date. */
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { phuLucPcmd } from "../../src/forms";
import { validateWorkbooks } from "../../src/core/validate";
import { SampleWorkbook } from "../helpers/sample-workbook";

it("reads 13,61 shown as \"13,61 km²\" as the number 13,61 in a 1900 and a 1904 workbook", async () => {
  for (const date1904 of [false, true]) {
    const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
    const cell = book.valueCell(undefined, "01");
    cell.style = { ...cell.style, numFmt: "0.00\\ \\k\\m\\²" };
    cell.value = 13.61;
    (book.workbook.properties as { date1904?: boolean }).date1904 = date1904;
    const snapshot = await readWorkbookSnapshot(await book.toBuffer(), "phuong-hiep-loi.xlsx");
    const result = validateWorkbooks(phuLucPcmd, [snapshot]);
    expect(result.findings.map((f) => f.code)).toEqual(["unit.no-list"]);
    expect(result.totals.get("01")!.value).toBe(13.61);
  }
});

it("still refuses a real date format, with the date the clerk saw", async () => {
  const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
  const cell = book.valueCell(undefined, "02");
  cell.style = { ...cell.style, numFmt: "dd/mm/yyyy" };
  cell.value = new Date(Date.UTC(2023, 3, 5));
  const result = validateWorkbooks(phuLucPcmd, [await readWorkbookSnapshot(await book.toBuffer(), "a.xlsx")]);
  expect(result.findings.find((f) => f.code === "value.date")?.message).toContain("05/04/2023");
});
