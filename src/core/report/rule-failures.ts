/**
 * Error rules that failed (on a unit's sheet or on the totals): every report figure they compare is
 * marked like an incomplete one, and the note under it says which rule and why.
 */
import { Finding } from "../findings";
import { codesOf } from "../form";
import { ValidationResult } from "../validate";

export interface RuleFailure {
  finding: Finding;
  codes: string[];
}

export function ruleFailures(result: ValidationResult): RuleFailure[] {
  const rules = new Map(result.form.rules.map((r) => [r.id, r]));
  return result.findings.flatMap((f) => {
    const rule = f.severity === "error" ? rules.get(f.code) : undefined;
    return rule ? [{ finding: f, codes: codesOf(rule.check) }] : [];
  });
}

/** "R03 (số tổng hợp): Lao động nữ … = 19 lớn hơn … = 15 (chênh lệch 4)" for the failures involving `codes`. */
export function failureNote(failures: RuleFailure[], codes: Set<string>): string | null {
  const items = failures
    .filter((x) => x.codes.some((c) => codes.has(c)))
    .map(({ finding: f }) => `${f.code} (${f.unit ?? "số tổng hợp"}): ${f.message.replace(/\.$/, "")}`);
  return items.length > 0 ? `Số liệu không khớp quy tắc kiểm tra: ${items.join("; ")}.` : null;
}
