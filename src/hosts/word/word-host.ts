/** The Word pane's host: the document through Word.run, and the report prepared as the composition root says. */
import type { WordPaneHost } from "../../app/word-ports";
import { applyRefresh } from "./apply-refresh";
import { WORD_API, WordEnv } from "./env";
import { toProblem } from "./errors";
import { insertReport } from "./insert-report";
import { readDocument } from "./read-controls";

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toProblem(e);
  }
}

/** `prepare` is the application's "prepare the Word report", bound to the file adapters. */
export function createWordHost(env: WordEnv, prepare: WordPaneHost["prepare"]): WordPaneHost {
  return {
    supported: env.supports(WORD_API.base),
    prepare,
    readDocument: () => guarded(() => readDocument(env)),
    insertReport: (report) => guarded(() => insertReport(env, report)),
    refresh: (report) => guarded(() => applyRefresh(env, report)),
  };
}
