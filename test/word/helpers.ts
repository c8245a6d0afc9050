/** The sample workbook written up for Word, and documents holding its report. */
import { insertReport } from "../../src/hosts/word/insert-report";
import { prepareReport } from "../../src/hosts/word/prepare-report";
import type { PreparedReport } from "../../src/taskpane/word/host";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { FakeDocument, fakeWordEnv } from "./fake/word";

export const NOW = new Date("2023-07-05T08:30:00.000Z");

export async function prepared(book?: SampleWorkbook, now = NOW): Promise<PreparedReport> {
  const b = book ?? (await SampleWorkbook.city());
  return prepareReport(b.file, await b.toBuffer(), now);
}

/** A document into which the add-in inserted `report`, counters reset. */
export async function documentWith(report: PreparedReport): Promise<FakeDocument> {
  const doc = new FakeDocument();
  await insertReport(fakeWordEnv(doc), report, NOW);
  doc.resetCounters();
  return doc;
}
