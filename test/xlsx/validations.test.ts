/**
 * A data validation over a whole column (`E8:E1048576`, as clerks set them) would make ExcelJS keep one entry
 * per cell — seconds and ~130 MB for each ward file. The reader cuts such ranges to the sheet's data.
 */
import ExcelJS from "exceljs";
import { loadWorkbook, readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { text, writeZip, zipEntries } from "./raw-zip";

async function wardWithColumnValidation(): Promise<Buffer> {
  const book = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
  const entries = await zipEntries(await book.toBuffer());
  const part = [...entries.keys()].find((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k))!;
  const xml = text(entries, part);
  const validation =
    '<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" ' +
    'promptTitle="Số liệu" prompt="Nhập số nguyên không âm" sqref="E8:E1048576 G1:G3"><formula1>0</formula1></dataValidation></dataValidations>';
  const at = xml.indexOf("</sheetData>") + "</sheetData>".length;
  entries.set(part, Buffer.from(xml.slice(0, at) + validation + xml.slice(at), "utf8"));
  return writeZip(entries);
}

describe("whole-column data validations", () => {
  it("are cut to the data rows, keep their Vietnamese prompt, and cost no more than the plain file", async () => {
    const bytes = await wardWithColumnValidation();
    const started = Date.now();
    const wb: ExcelJS.Workbook = await loadWorkbook(bytes, "phuong-hiep-loi.xlsx");
    const seconds = (Date.now() - started) / 1000;
    const model = (wb.worksheets[0] as unknown as { dataValidations: { model: Record<string, { prompt?: string }> } }).dataValidations.model;
    const addresses = Object.keys(model);
    expect(addresses.length).toBeLessThan(200);
    expect(addresses).toContain("E10");
    expect(addresses).toContain("G2");
    expect(model.E10.prompt).toBe("Nhập số nguyên không âm");
    expect(seconds).toBeLessThan(2);
    const plain = await readWorkbookSnapshot(await (await SampleWorkbook.unit("phuong-hiep-loi.xlsx")).toBuffer(), "a.xlsx");
    expect((await readWorkbookSnapshot(bytes, "a.xlsx")).sheets[0].rows).toEqual(plain.sheets[0].rows);
  });
});
