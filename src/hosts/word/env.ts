/// <reference types="office-js" />
/** What the Word adapter needs from Office: a batch runner and the API sets the running Word supports. */

/** `Word.run` in the add-in; a fake over office-addin-mock in tests. */
export type WordBatchRunner = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface WordEnv {
  run: WordBatchRunner;
  /** Whether WordApi `version` ("1.5") is available. */
  supports(version: string): boolean;
}

/**
 * WordApi sets the adapter relies on. 1.3 (Office 2019 and later, Microsoft 365, the web): content controls
 * with their parent, null objects, custom document properties. 1.5 (Microsoft 365, not the one-time-purchase
 * Office 2019/2021): inserting a whole document with its sections, so the page header and numbers come
 * along; without it only the body is inserted.
 */
export const WORD_API = { base: "1.3", insertDocument: "1.5" } as const;
