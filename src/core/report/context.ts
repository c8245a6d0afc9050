/** What the generated paragraphs need besides the totals: how to name the place, its wards and the period. */
import { Figures } from "./figures";
import { Run } from "./model";
import { WardType } from "./phrases";

export interface NarrativeContext {
  figures: Figures;
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
