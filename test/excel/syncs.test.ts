import { Finding } from "../../src/core/findings";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { applyMarks } from "../../src/hosts/excel/highlight";
import { readWorkbook } from "../../src/hosts/excel/read-workbook";
import { fakeUnits } from "./fake/city";
import { fakeEnv } from "./fake/office";
import { FakeWorkbook } from "./fake/state";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { writeTotals } = paneSteps(filePorts);

const quiet = () => undefined;

function findingsOn(sheet: string): Finding[] {
  return ["E9", "E10", "E12", "E13"].map((cell) => ({
    severity: "error",
    code: "R03",
    sheet,
    cell,
    indicator: null,
    unit: null,
    file: null,
    message: `Lỗi ở ô ${cell}.`,
  }));
}

/** Writes of cell contents on the unit sheets: must never happen. */
function unitValueWrites(wb: FakeWorkbook, units: string[]) {
  return wb.writes.filter((w) => units.includes(w.sheet) && /^(values|formulas|numberFormat|clear)$/.test(w.property));
}

describe("round trips do not grow with the number of sheets", () => {
  const measured: Record<number, { validate: number; totals: number; highlight: number; clear: number }> = {};

  test.each([1, 7, 100])("%i unit sheets", async (n) => {
    const wb = await fakeUnits(n);
    const units = wb.sheets.map((s) => s.name);
    const env = fakeEnv(wb);
    const host = createExcelHost(env);

    const snapshot = await readWorkbook(env, quiet);
    expect(snapshot.sheets).toHaveLength(n);
    const validate = wb.syncs;

    wb.resetCounters();
    const written = await writeTotals(host, quiet);
    const totals = wb.syncs;
    expect(written.result.units).toHaveLength(n);
    expect(wb.suspendedSyncs).toBe(1);
    expect(wb.active).toBe("Tổng hợp");

    wb.resetCounters();
    await applyMarks(env, findingsOn(units[n - 1]));
    const highlight = wb.syncs;
    wb.resetCounters();
    await applyMarks(env, []);
    const clear = wb.syncs;

    measured[n] = { validate, totals, highlight, clear };
    expect(validate).toBeLessThanOrEqual(2);
    expect(totals).toBeLessThanOrEqual(3);
    expect(highlight).toBeLessThanOrEqual(3);
    expect(clear).toBeLessThanOrEqual(3);
    expect(unitValueWrites(wb, units)).toEqual([]);
  });

  afterAll(() => {
    expect(measured[1]).toEqual(measured[7]);
    expect(measured[7]).toEqual(measured[100]);
    // A first highlight has no marks sheet and no notes to locate, so it skips the middle round trip.
    expect(measured[1]).toEqual({ validate: 2, totals: 3, highlight: 2, clear: 3 });
  });
});
