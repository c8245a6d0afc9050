/** One unit's sheet as the pipeline reads it: who it is, where it is, and its parsed values. */
import type { AppendixSheet } from "./reader";
import type { UnitKind } from "./units";
import type { ParsedValue } from "./values";

export interface ReportingUnit {
  /** The name as the list spells it when matched, else as the sheet writes it. */
  name: string;
  kind: UnitKind;
  sheet: string;
  file: string | null;
  period: string | null;
  appendix: AppendixSheet;
  values: Map<string, ParsedValue>;
  /** False for a duplicate of a unit already read, and for a unit the list does not know: its figures are not totalled. */
  counted: boolean;
  /** Not matched to the list (a misspelt or missing name): left out of the totals, which say so, until the name is fixed. */
  unlisted: boolean;
  /** The sheet that reported this unit first, when this one reports it again. */
  duplicateOf: ReportingUnit | null;
  /** Position in the list, or null when the unit is not listed. */
  listIndex: number | null;
}
