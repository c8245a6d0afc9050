/**
 * What the Word pane needs from Word and from the report engine. src/hosts/word implements it; tests pass
 * fakes. No Office type appears here.
 */
import type { Completeness } from "../core/completeness";
import type { Finding, FindingSummary } from "../core/findings";
import type { DocControl, RefreshEntry, RefreshPlan } from "../core/report/refresh-plan";
import type { ReportLink } from "../core/report/report-link";

/** The city workbook validated, totalled and written up, ready to go into the document. */
export interface PreparedReport {
  workbook: string;
  formId: string;
  period: string | null;
  findings: Finding[];
  summary: FindingSummary;
  wards: Completeness;
  entries: RefreshEntry[];
  /** Group tag → the group's contents as a Flat OPC package, for rewriting the group in place. */
  contents: Map<string, string>;
  /** The whole report as a .docx, base64, for an empty document. */
  docx: string;
  /** ISO 8601. */
  generatedAt: string;
}

/** "empty": nothing written yet; "report": holds `tonghop:` controls; "other": text without them. */
export type DocumentKind = "empty" | "report" | "other";

export interface DocumentState {
  kind: DocumentKind;
  controls: DocControl[];
  link: ReportLink | null;
}

export interface InsertOutcome {
  /** False when this Word could only insert the body: the page header with its numbers was left out. */
  withPageSetup: boolean;
  link: ReportLink;
}

export interface RefreshOutcome {
  plan: RefreshPlan;
  link: ReportLink;
}

export interface WordPaneHost {
  /** False when this Word lacks the API the pane needs (WordApi 1.3). */
  readonly supported: boolean;
  /** Reads, validates and totals the workbook and writes the report; loads ExcelJS and docx on first use. */
  prepare(fileName: string, bytes: Uint8Array): Promise<PreparedReport>;
  readDocument(): Promise<DocumentState>;
  insertReport(report: PreparedReport): Promise<InsertOutcome>;
  refresh(report: PreparedReport): Promise<RefreshOutcome>;
}
