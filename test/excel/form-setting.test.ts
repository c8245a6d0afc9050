/** The form file opened in the Excel pane, kept in the workbook's add-in settings: read at start without a sync, back after reopening. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Problem } from "../../src/app/problems";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { filePorts } from "../../src/hosts/files";
import { formsInUse, readFormFile } from "../../src/taskpane/form-choice";
import { paneSteps } from "../../src/taskpane/workflow";
import { wardSheet } from "../helpers/snapshot-builder";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { fakeEnv } from "./fake/office";
import { emptyCell, FakeSheet, FakeWorkbook } from "./fake/state";

const quiet = () => undefined;
const FORM_FILE = "phu-luc-ma-tuy.form.json";
const form = { fileName: FORM_FILE, text: readFileSync(join(__dirname, "..", "..", "examples", "forms", FORM_FILE), "utf8") };
const maTuy = readFormFile(form);

/** A sheet of the fake workbook holding what `sheet` holds, as Excel would after typing it in. */
function fakeSheet(wb: FakeWorkbook, sheet: SheetSnapshot): FakeSheet {
  const fake = wb.newSheet(sheet.name);
  sheet.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      if (c.value === null) return;
      fake.cells.set(`${r},${col}`, { ...emptyCell(), value: c.value, type: typeof c.value === "number" ? "Double" : "String" });
    }),
  );
  return wb.addSheet(fake);
}

/** Two wards' drug-prevention appendices, the second with 02 above 01 (R01 of the form). */
function maTuyWorkbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  fakeSheet(wb, wardSheet("P. Hiệp Lợi", "Phường Hiệp Lợi", { "01": 20, "02": 5 }, { form: maTuy }));
  fakeSheet(wb, wardSheet("P. Ngã Bảy", "Phường Ngã Bảy", { "01": 3, "02": 9 }, { form: maTuy }));
  return wb;
}

test("a stored form is read at start with no round trip to Excel, and is there again once the workbook is reopened", async () => {
  const wb = maTuyWorkbook();
  const host = createExcelHost(fakeEnv(wb));
  expect(await host.storedForm()).toBeNull();

  await host.storeForm(form);
  expect(wb.settings.saves).toBe(1);
  expect(await host.storedForm()).toEqual(form);

  wb.reopen();
  const again = createExcelHost(fakeEnv(wb));
  expect(await again.storedForm()).toEqual(form);
  expect([wb.syncs, wb.runs]).toEqual([0, 0]);

  await again.storeForm(null);
  wb.reopen();
  expect(await createExcelHost(fakeEnv(wb)).storedForm()).toBeNull();
  expect([wb.syncs, wb.runs]).toEqual([0, 0]);
});

test("the steps with the stored form cost the round trips they cost with the built-in one", async () => {
  const wb = maTuyWorkbook();
  const host = createExcelHost(fakeEnv(wb));
  await host.storeForm(form);
  wb.reopen();
  wb.resetCounters();

  const started = createExcelHost(fakeEnv(wb));
  const stored = await started.storedForm();
  const steps = paneSteps(filePorts, formsInUse({ fileName: stored!.fileName, form: readFormFile(stored!) }));
  const checked = await steps.check(started, quiet);
  expect(wb.syncs).toBe(2);
  expect(checked.result.units.map((u) => u.name)).toEqual(["Phường Hiệp Lợi", "Phường Ngã Bảy"]);
  expect(checked.result.findings.filter((f) => f.code === "R01").map((f) => f.unit)).toEqual(["Phường Ngã Bảy"]);

  wb.resetCounters();
  await steps.writeTotals(started, quiet);
  expect(wb.syncs).toBeLessThanOrEqual(3);
  expect(wb.active).toBe("Tổng hợp");
});

test("a save Excel refuses is a catalogue problem, and the workbook keeps the form it had", async () => {
  const wb = maTuyWorkbook();
  const host = createExcelHost(fakeEnv(wb));
  await host.storeForm(form);
  wb.settings.failNextSave = { code: 5001, name: "Internal Error", message: "An internal error has occurred." };

  const failed = await host.storeForm(null).catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(Problem);
  expect((failed as Problem).code).toBe("excel.failed");
  expect((failed as Problem).message).toContain("An internal error has occurred.");
  expect(await host.storedForm()).toEqual(form);
  wb.reopen();
  expect(await createExcelHost(fakeEnv(wb)).storedForm()).toEqual(form);
});

test("a setting of another shape is no stored form", async () => {
  const wb = new FakeWorkbook();
  wb.settings.set("TongHop.form", "phu-luc-ma-tuy");
  expect(await createExcelHost(fakeEnv(wb)).storedForm()).toBeNull();
  wb.settings.set("TongHop.form", { fileName: FORM_FILE, text: 12 });
  expect(await createExcelHost(fakeEnv(wb)).storedForm()).toBeNull();
});
