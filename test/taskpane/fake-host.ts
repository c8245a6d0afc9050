/** An in-memory PaneHost over a workbook snapshot, recording what the pane asks of it. */
import { readFileSync } from "node:fs";
import { WorkbookSnapshot } from "../../src/core/snapshot";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { ExcelPaneHost, StoredForm } from "../../src/app/ports";
import { CITY_FILE, SampleWorkbook, SHEETS } from "../helpers/sample-workbook";

/** The city sample with a rule error (R03 on Phường Ngã Bảy) and a blank, as the open workbook. */
export async function citySnapshot(): Promise<WorkbookSnapshot> {
  const book = (await SampleWorkbook.city()).setValue(SHEETS.ngaBay, "11", 999).setValue(SHEETS.hiepLoi, "02", null);
  return { ...(await book.toSnapshot()), file: null };
}

export async function cleanSnapshot(): Promise<WorkbookSnapshot> {
  return { ...(await readWorkbookSnapshot(readFileSync(CITY_FILE), "x.xlsx")), file: null };
}

/** `kept`: the form file the workbook keeps. */
export function fakeHost(snapshot: WorkbookSnapshot, overrides: Partial<ExcelPaneHost> = {}, kept: StoredForm | null = null): jest.Mocked<ExcelPaneHost> {
  let stored = kept;
  return {
    kind: "excel",
    can: { mark: true, navigate: true, writesInPlace: true, opensFiles: false, deliversFiles: true, remembersForm: true },
    readWorkbook: jest.fn(async (progress) => {
      progress(`Đang đọc ${snapshot.sheets.length} trang tính…`);
      return snapshot;
    }),
    highlight: jest.fn(async (findings) => ({ marked: new Set(findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size, restored: 0 })),
    clearHighlights: jest.fn(async () => ({ marked: 0, restored: 3 })),
    goTo: jest.fn(async () => undefined),
    writePlan: jest.fn(async () => undefined),
    insertSheets: jest.fn(async (imports) => imports.map((i) => i.name)),
    writeInfo: jest.fn(async () => undefined),
    deliverFile: jest.fn(async (_bytes, fileName) => ({ delivered: true as const, message: `Đã tải xuống "${fileName}".` })),
    storedForm: jest.fn(async () => stored),
    storeForm: jest.fn(async (form) => {
      stored = form;
    }),
    ...overrides,
  } as jest.Mocked<ExcelPaneHost>;
}
