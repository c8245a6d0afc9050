/** The Word pane's host: the report engine on demand, and the document through Word.run. */
import type { WordPaneHost } from "../../taskpane/word/host";
import { applyRefresh } from "./apply-refresh";
import { WORD_API, WordEnv } from "./env";
import { toHostError } from "./errors";
import { insertReport } from "./insert-report";
import { readDocument } from "./read-controls";

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toHostError(e);
  }
}

export function createWordHost(env: WordEnv): WordPaneHost {
  return {
    supported: env.supports(WORD_API.base),
    prepare: async (fileName, bytes) => (await import("./prepare-report")).prepareReport(fileName, bytes),
    readDocument: () => guarded(() => readDocument(env)),
    insertReport: (report) => guarded(() => insertReport(env, report)),
    refresh: (report) => guarded(() => applyRefresh(env, report)),
  };
}
