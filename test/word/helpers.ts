/** The sample workbook written up for Word, and documents holding its report. */
import { insertReport } from "../../src/hosts/word/insert-report";
import { prepareWordReport } from "../../src/app/use-cases/prepare-word-report";
import { filePorts } from "../../src/hosts/files";
import type { PreparedReport } from "../../src/app/word-ports";
import { SampleWorkbook } from "../helpers/sample-workbook";
import { FakeDocument, fakeWordEnv } from "./fake/word";

export const NOW = new Date("2023-07-05T08:30:00.000Z");

/** The Word pane's prepare, over the file adapters the pane's entry gives it. */
export const prepareReport = (fileName: string, bytes: Uint8Array, now?: Date) => prepareWordReport(filePorts, fileName, bytes, now);

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
