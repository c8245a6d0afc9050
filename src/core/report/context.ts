/** What a narrative is given to write the report's body, and what a narrative is. */
import { ValidationResult } from "../validate";
import { Figures } from "./figures";
import { ReportNames } from "./front-matter";
import { ReportBlock, Run } from "./model";
import { WardType } from "./phrases";

export interface NarrativeContext {
  result: ValidationResult;
  figures: Figures;
  /** Info-sheet fields, periods and locality, as the front matter uses them. */
  names: ReportNames;
  /** The locality at the start of a sentence: "Thành phố Ngã Bảy". */
  subject: Run[];
  /** The locality's kind in "Trên địa bàn thành phố có …"; empty when unknown. */
  areaWord: string;
  /** "xã, phường". */
  wardWords: string;
  /** The wards of the city's list, by kind. */
  wards: { total: number; byType: { type: WardType; count: number }[] };
  /** "06 tháng đầu năm 2023". */
  period: string;
}

/**
 * How a form's report reads between the opening and the closing: a form's own wording (src/forms), or the
 * general one that any form gets from its data (`generalNarrative`).
 */
export interface Narrative {
  /** The indicator codes its sentences read. A form lacking one (a reissued appendix) gets the general report instead. */
  reads: readonly string[];
  body(c: NarrativeContext): ReportBlock[];
}
