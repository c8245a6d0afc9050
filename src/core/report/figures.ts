/** The city totals as tagged figure runs, and the notes that explain the incomplete ones. */
import { IndicatorDef } from "../form";
import { formatNumber } from "../numbers";
import { IndicatorTotal, MissingValue } from "../totals";
import { ValidationResult } from "../validate";
import { FigureRun, GeneratedBlock, INCOMPLETE_MARK, ReportParagraph, Run } from "./model";
import { capitalize, countText, ratioText } from "./phrases";
import { failureNote, RuleFailure, ruleFailures } from "./rule-failures";

/** Hands out document-unique keys: the first use of a base key is the key itself, then `key#2`, `key#3`… */
export class KeyRegistry {
  private readonly used = new Map<string, number>();

  take(base: string): string {
    const n = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  }
}

/** An indicator's name for labels and notes: no "Trong đó:" lead-in, no "(1 = có, 0 = không)". */
export function indicatorTitle(ind: IndicatorDef): string {
  return capitalize(ind.name.replace(/^Trong đó:\s*/u, "").replace(/\s*\(1 = có, 0 = không\)$/u, ""));
}

export function formatFigure(ind: IndicatorDef, total: IndicatorTotal, leadingZero: boolean): string {
  if (total.count) return ratioText(total.count.k, total.count.n, leadingZero);
  // A flag summed is a count of units.
  if (ind.kind === "integer" || ind.kind === "flag") return countText(total.value, leadingZero);
  return formatNumber(total.value, ind.decimals);
}

export function text(s: string): Run {
  return { type: "text", text: s };
}

export class Figures {
  private readonly indicators: Map<string, IndicatorDef>;
  private readonly failures: RuleFailure[];
  private readonly questioned: Set<string>;

  constructor(
    private readonly result: ValidationResult,
    private readonly keys: KeyRegistry,
    readonly leadingZero: boolean,
  ) {
    this.indicators = new Map(result.form.indicators.map((i) => [i.code, i]));
    this.failures = ruleFailures(result);
    this.questioned = new Set(this.failures.flatMap((f) => f.codes));
  }

  indicator(code: string): IndicatorDef {
    const ind = this.indicators.get(code);
    if (!ind) throw new Error(`The form has no indicator ${code}`);
    return ind;
  }

  total(code: string): IndicatorTotal {
    const t = this.result.totals.get(code);
    if (!t) throw new Error(`No total for indicator ${code}`);
    return t;
  }

  /** The sum, or for a ward count the number k of wards with 1. */
  value(code: string): number {
    return this.total(code).value;
  }

  isZero(code: string): boolean {
    return this.value(code) === 0;
  }

  /** Marked `*` in the report: incomplete, or compared by an error rule that failed. */
  isMarked(code: string): boolean {
    return this.total(code).incomplete || this.questioned.has(code);
  }

  /** Both totals complete and equal. */
  sameComplete(a: string, b: string): boolean {
    const x = this.total(a);
    const y = this.total(b);
    return !x.incomplete && !y.incomplete && x.value === y.value;
  }

  /** The figure as a number: "56.182", "04", "06/06". */
  number(code: string): FigureRun {
    return this.run(code, formatFigure(this.indicator(code), this.total(code), this.leadingZero));
  }

  /** The figure as the phrase that stands for its zero: "không có lao động ngoại tỉnh". */
  zero(code: string, phrase: string): FigureRun {
    return this.run(code, phrase);
  }

  /** `nonZero(number)` when the figure is not zero, else its zero phrase. */
  either(code: string, nonZero: (n: FigureRun) => Run[], zeroPhrase: string): Run[] {
    return this.isZero(code) ? [this.zero(code, zeroPhrase)] : nonZero(this.number(code));
  }

  /** A figure computed from the unit list rather than the totals, e.g. the number of wards. */
  computed(key: string, label: string, value: number): FigureRun {
    const shown = countText(value, this.leadingZero);
    return { type: "figure", key: this.keys.take(key), code: null, label, text: shown, incomplete: false, questioned: false };
  }

  private run(code: string, shown: string): FigureRun {
    const incomplete = this.total(code).incomplete;
    const questioned = this.questioned.has(code);
    return {
      type: "figure",
      key: this.keys.take(code),
      code,
      label: `${indicatorTitle(this.indicator(code))} (mã ${code})`,
      text: incomplete || questioned ? shown + INCOMPLETE_MARK : shown,
      incomplete,
      questioned,
    };
  }

  /** A group of generated paragraphs, closed by a note when one of its figures is incomplete. */
  block(base: string, label: string, paragraphs: Run[][]): GeneratedBlock {
    const key = this.keys.take(base);
    const body: ReportParagraph[] = paragraphs.map((runs) => ({ runs, style: "body" }));
    const incomplete = new Set<string>();
    const questioned = new Set<string>();
    for (const runs of paragraphs) {
      for (const r of runs) {
        if (r.type !== "figure" || !r.code) continue;
        if (r.incomplete) incomplete.add(r.code);
        if (r.questioned) questioned.add(r.code);
      }
    }
    const notes = [incomplete.size > 0 ? this.incompleteNote([...incomplete]) : null, this.failureNote(questioned)];
    const note = notes.filter((n): n is string => n !== null).join(" ");
    if (note) body.push({ runs: [text(note)], style: "note" });
    return { type: "generated", key, label, paragraphs: body };
  }

  /** "(*) Số liệu không khớp quy tắc kiểm tra: R03 (số tổng hợp): …", or null when no figure of `codes` is questioned. */
  failureNote(codes: Set<string>): string | null {
    const note = failureNote(this.failures, codes);
    return note && `(${INCOMPLETE_MARK}) ${note}`;
  }

  /** "(*) Số liệu chưa đủ: Lao động ngoại tỉnh (mã 12) thiếu số liệu của Phường Hiệp Lợi (để trống)." */
  incompleteNote(codes: string[]): string {
    const items = codes.map((code) => `${indicatorTitle(this.indicator(code))} (mã ${code}) ${missingText(this.total(code).missing)}`);
    return `(${INCOMPLETE_MARK}) Số liệu chưa đủ: ${items.join("; ")}.`;
  }
}

const MISSING_REASON: Record<MissingValue["reason"], string> = {
  blank: "để trống",
  invalid: "số liệu không hợp lệ",
  "missing-row": "thiếu dòng chỉ tiêu",
  "missing-unit": "chưa gửi số liệu",
  untrusted: "số liệu không dùng được vì dòng bị trùng mã hoặc bị lệch",
  "unlisted-unit": "tên đơn vị chưa khớp danh sách, chưa được cộng",
  "contested-unit": "gửi hai bản số liệu khác nhau, chưa được cộng",
  "too-large": "tổng vượt quá giới hạn tính chính xác",
  "zero-denominator": "mẫu số bằng 0 nên không tính được tỷ lệ",
};

/**
 * What a total lacks: "thiếu số liệu của Phường Hiệp Lợi (để trống), Xã Tân Thành (chưa gửi số liệu)", then
 * what no unit caused ("mẫu số bằng 0 nên không tính được tỷ lệ").
 */
export function missingText(missing: MissingValue[]): string {
  const units = missing.filter((m) => m.unit !== "");
  const whole = [...new Set(missing.filter((m) => m.unit === "").map((m) => MISSING_REASON[m.reason]))];
  const byUnit = units.length > 0 ? [`thiếu số liệu của ${units.map((m) => `${m.unit} (${MISSING_REASON[m.reason]})`).join(", ")}`] : [];
  return [...byUnit, ...whole].join(", ");
}

/** Run lists joined by a separator: "a, b, c". */
export function joinRuns(parts: Run[][], separator: string): Run[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [text(separator), ...p]));
}
