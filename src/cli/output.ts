/** Human and JSON renderings of a validation result for the terminal. */
import { Severity } from "../core/findings";
import { findingPlace, findingText, groupFindings, severityTitle, summaryText } from "../core/findings-view";
import type { ValidationResult } from "../app/use-cases/check-workbooks";

/**
 * Characters from cells that would act on the terminal instead of being shown: C0 controls but newline
 * and tab, DEL, C1 controls (ESC and CSI start ANSI sequences), bidi marks, embeddings, overrides and
 * isolates (they reorder the rest of the line), and line/paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line safe to print: each unsafe character becomes its visible escape ("\u001b"). In JSON output that
 * escape is the same character, so the data reads back unchanged.
 */
export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

export function validationJson(result: ValidationResult) {
  return {
    units: result.units.map((u) => ({ name: u.name, kind: u.kind, sheet: u.sheet, file: u.file, period: u.period })),
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      indicator: f.indicator,
      unit: f.unit,
      message: f.message,
      ...(f.instruction ? { instruction: f.instruction } : {}),
      file: f.file,
    })),
    summary: { ...result.summary, wards: { reported: result.wards.reported, expected: result.wards.expected } },
  };
}

export function summaryLine(result: ValidationResult): string {
  return summaryText(result);
}

/** `fileCount`: how many files the run read (inputs and the --units list); above one, places name their file. */
export function validationText(result: ValidationResult, fileCount: number): string {
  const lines: string[] = [];
  for (const g of groupFindings(result, "all", { everyUnit: true })) {
    lines.push(`${g.title}${g.sheet ? ` (trang "${g.sheet}"${g.file ? `, ${g.file}` : ""})` : ""}`);
    if (g.findings.length === 0) {
      lines.push("  Không có lỗi.");
      continue;
    }
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const part = g.findings.filter((f) => f.severity === severity);
      if (part.length === 0) continue;
      lines.push(`  ${severityTitle(severity)} (${part.length}):`);
      for (const f of part) lines.push(`    ${findingPlace(f, fileCount > 1) ?? "—"}  ${f.code}  ${findingText(f)}`);
    }
  }
  for (const s of result.ignored.filter((i) => i.reason === "not-appendix")) {
    lines.push(`Bỏ qua trang "${s.sheet}"${s.file ? ` (${s.file})` : ""}: không phải phụ lục.`);
  }
  lines.push("");
  lines.push(summaryLine(result));
  return lines.join("\n");
}

