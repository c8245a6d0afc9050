/// <reference types="office-js" />
/**
 * An empty document receives the whole report. `Document.insertFileFromBase64` (WordApi 1.5) brings the
 * sections along, so the page header with its numbers and the landscape appendix page come too; an older
 * Word inserts the body only.
 */
import { problem } from "../../app/problems";
import type { InsertOutcome, PreparedReport } from "../../app/word-ports";
import { WORD_API, WordEnv } from "./env";
import { linkAfter, writeLink } from "./link";

export function insertReport(env: WordEnv, report: PreparedReport, now: Date = new Date()): Promise<InsertOutcome> {
  const withPageSetup = env.supports(WORD_API.insertDocument);
  return env.run(async (context) => {
    const body = context.document.body;
    body.load("text");
    const firstControl = context.document.contentControls.getFirstOrNullObject();
    firstControl.load("id");
    await context.sync();
    if (!firstControl.isNullObject || body.text.trim() !== "") {
      throw problem("word.not-empty");
    }
    if (withPageSetup) {
      context.document.insertFileFromBase64(report.docx, "Replace", { importStyles: true, importParagraphSpacing: true, importTheme: true });
    } else {
      body.insertFileFromBase64(report.docx, "Replace");
    }
    const link = linkAfter(report, report.entries.filter((e) => e.group === null).map((e) => e.tag), now);
    writeLink(context, link, report.generatedAt);
    await context.sync();
    return { withPageSetup, link };
  });
}
