/// <reference types="office-js" />
/** Start-up inside Word: the host over Word.run, with the API sets this Word supports. */
import type { WordPaneHost } from "../../app/word-ports";
import { createWordHost } from "./word-host";

export function startWord(prepare: WordPaneHost["prepare"]): WordPaneHost {
  return createWordHost(
    {
      run: (batch) => Word.run(batch),
      supports: (version) => Office.context.requirements.isSetSupported("WordApi", version),
    },
    prepare,
  );
}
