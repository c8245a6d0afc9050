/**
 * What the task pane needs from the application it runs in: Excel (src/hosts/excel), or the browser
 * preview over .xlsx files opened from disk (src/hosts/browser). No Office type appears here.
 */
import type { Finding } from "../core/findings";
import type { WorkbookSnapshot } from "../core/snapshot";
import type { WorkbookPlan } from "../core/workbook-plan/types";
import type { FormRegistry } from "./forms";

export type HostKind = "excel" | "browser";

/** A short Vietnamese status line shown while a step runs. */
export type Progress = (message: string) => void;

export interface MarkResult {
  /** Cells now carrying a mark. */
  marked: number;
  /** Cells given back their earlier fill and note. */
  restored: number;
}

/** One ward file's appendix sheet to copy into the workbook under `name`. */
export interface SheetImport {
  bytes: Uint8Array;
  sourceSheet: string;
  name: string;
}

/** Text written into the info sheet; `create` adds the sheet first. Rows are 0-based. */
export interface InfoSheetWrite {
  sheet: string;
  create: boolean;
  /** Rows inserted (shifting the rest down) before the cells are written. */
  insertRows: { before: number; count: number } | null;
  cells: { address: string; text: string; bold?: boolean }[];
  columnWidths: { col: number; width: number }[];
}

export type Delivery = { delivered: true; message: string } | { delivered: false; message: string };

/** A file the user picked, read into memory. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** What became of one picked file: imported (or opened), or refused and why. */
export interface ImportOutcome {
  file: string;
  imported: boolean;
  message: string;
}

/** A form file the clerk opened in the pane, as the host keeps it: read again with `loadFormFile` each time. */
export interface StoredForm {
  fileName: string;
  text: string;
}

/**
 * What a host can do; the pane asks this rather than which host it is. Each host's literal values let
 * `can()` hand back the host's own operations.
 */
export interface HostCapabilities {
  /** Fills and notes finding cells (`highlight`, `clearHighlights`). */
  readonly mark: boolean;
  /** Selects a finding's cell in the application (`goTo`); without it the pane shows the sheet itself. */
  readonly navigate: boolean;
  /** Reads and writes the open workbook (`readWorkbook`, `writePlan`, `insertSheets`); without it the totals file is delivered. */
  readonly writesInPlace: boolean;
  /** Works on .xlsx files the user opens in the pane (`files`, `open`, `close`). */
  readonly opensFiles: boolean;
  /** `deliverFile` can hand a file to the user; without it it says why not. */
  readonly deliversFiles: boolean;
  /** `storeForm` keeps the form file in the workbook, so reopening it uses the form again; without it, only for this session. */
  readonly remembersForm: boolean;
}

interface HostBase {
  /** Which host this is, for logs and tests; what the pane does depends on `can`. */
  readonly kind: HostKind;
  readonly can: HostCapabilities;
  writeInfo(write: InfoSheetWrite): Promise<void>;
  /** Offers a file to the user, or says why this platform cannot. */
  deliverFile(bytes: Uint8Array, fileName: string, mimeType: string): Promise<Delivery>;
  /** The form file opened in the pane and kept by the host; null when only the built-in forms are in use. */
  storedForm(): Promise<StoredForm | null>;
  /** Keeps the opened form file (where `can.remembersForm` says), or with null forgets it. */
  storeForm(form: StoredForm | null): Promise<void>;
}

export interface ExcelPaneHost extends HostBase {
  readonly kind: "excel";
  readonly can: { mark: true; navigate: true; writesInPlace: true; opensFiles: false; deliversFiles: boolean; remembersForm: true };
  /** Every sheet of the open workbook, in tab order. */
  readWorkbook(progress: Progress): Promise<WorkbookSnapshot>;
  /** Fill and note on each finding's cell; earlier marks no longer found are restored. */
  highlight(findings: Finding[]): Promise<MarkResult>;
  clearHighlights(): Promise<MarkResult>;
  goTo(sheet: string, cell: string | null): Promise<void>;
  /** Writes the generated sheets (deleting the ones they replace) and shows the first. `current` is the last read. */
  writePlan(plan: WorkbookPlan, current: WorkbookSnapshot): Promise<void>;
  /** Copies ward sheets in; returns the names they were given. */
  insertSheets(imports: SheetImport[]): Promise<string[]>;
}

/** One .xlsx file opened in the preview, as the xlsx adapter read it. */
export interface OpenedFile {
  /** The file's name, which findings and the totals workbook give as its source; unique among the open files. */
  name: string;
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
}

/**
 * The preview outside Office: workbooks opened from disk and read in the page, never written back. The
 * steps run on them as `tonghop` runs on the same files; `writeInfo` changes only the copy in memory.
 */
export interface BrowserPaneHost extends HostBase {
  readonly kind: "browser";
  readonly can: { mark: false; navigate: false; writesInPlace: false; opensFiles: true; deliversFiles: true; remembersForm: false };
  /** The open files in opening order; the same array until they change. */
  files(): readonly OpenedFile[];
  /** Calls `listener` after every change of files(); returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Reads and adds the files, knowing appendices by the registry's forms (the built-in ones by default); one named like an open file replaces it. */
  open(files: PickedFile[], progress: Progress, registry?: FormRegistry): Promise<ImportOutcome[]>;
  close(name: string): void;
}

export type PaneHost = ExcelPaneHost | BrowserPaneHost;

type Able<C extends keyof HostCapabilities> = Extract<PaneHost, { can: Record<C, true> }>;

/** Whether `host` can do `what`, typed as a host offering the operations that go with it. */
export function can<C extends Exclude<keyof HostCapabilities, "deliversFiles" | "remembersForm">>(host: PaneHost | null, what: C): host is Able<C> {
  return host?.can[what] === true;
}

/** How the pane started: with a host, or in an Office app it does not serve (the pane then says so instead of going blank). */
export type Startup = { host: PaneHost } | { host: null; reason: "other-app" | "old-excel" };
