/// <reference types="office-js" />
/** What the Excel adapter needs from Office: a batch runner, the add-in's settings in the workbook and the API sets the running Excel supports. */

/** `Excel.run` (with delayForCellEdit) in the add-in; office-addin-mock's in tests and the benchmark. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type Platform = "web" | "windows" | "mac" | "ios" | "android" | "other";

/**
 * The add-in's settings in the workbook (`Office.context.document.settings`): loaded with the document, so
 * reading them needs no round trip to Excel; `save` writes them into the workbook, which keeps them once saved.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  save(): Promise<void>;
}

export interface ExcelEnv {
  run: BatchRunner;
  settings: DocumentSettings;
  /** Whether ExcelApi `version` ("1.18") is available. */
  supports(version: string): boolean;
  platform: Platform;
}

/** ExcelApi sets the adapter relies on: notes need 1.18, merged areas and sheet import 1.13, the rest 1.9. */
export const API = { notes: "1.18", comments: "1.10", merges: "1.13", insertSheets: "1.13", base: "1.9" } as const;
