/// <reference types="office-js" />
/** Start-up inside Word: the host over Word.run, with the API sets this Word supports. */
import type { WordPaneHost } from "../../taskpane/word/host";
import { createWordHost } from "./word-host";

export function startWord(): WordPaneHost {
  return createWordHost({
    run: (batch) => Word.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported("WordApi", version),
  });
}
