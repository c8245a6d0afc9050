/** Human and JSON renderings of a validation result for the terminal. */
import { Finding, Severity } from "../core/findings";
import { summaryLine as completenessSummary } from "../core/completeness";
import { ValidationResult } from "../core/validate";

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

const CITY_GROUP = "Toàn thành phố (số tổng hợp)";
const GENERAL_GROUP = "Chung";

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
      file: f.file,
    })),
    summary: { ...result.summary, wards: { reported: result.wards.reported, expected: result.wards.expected } },
  };
}

export function summaryLine(result: ValidationResult): string {
  return completenessSummary(result.summary, result.wards);
}

/** A finding's place; with several input files, its file first ("a.xlsx › Phụ lục!C3"). */
function where(f: Finding, namesFile: boolean): string {
  const file = namesFile && f.file ? `${f.file} › ` : "";
  if (f.sheet && f.cell) return `${file}${f.sheet}!${f.cell}`;
  if (f.sheet) return `${file}${f.sheet}`;
  if (f.indicator) return `mã ${f.indicator}`;
  return "—";
}

const headings: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };

/** `fileCount`: how many files the run read (inputs and the --units list); above one, places name their file. */
export function validationText(result: ValidationResult, fileCount: number): string {
  const lines: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const u of result.units) groups.set(u.name, []);
  for (const f of result.findings) {
    const key = f.unit ?? (f.sheet === null ? CITY_GROUP : GENERAL_GROUP);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(f);
  }
  for (const [unit, findings] of groups) {
    const u = result.units.find((x) => x.name === unit);
    const source = u ? ` (trang "${u.sheet}"${u.file ? `, ${u.file}` : ""})` : "";
    lines.push(`${unit}${source}`);
    if (findings.length === 0) {
      lines.push("  Không có lỗi.");
      continue;
    }
    for (const severity of ["error", "warning", "info"] as Severity[]) {
      const part = findings.filter((f) => f.severity === severity);
      if (part.length === 0) continue;
      lines.push(`  ${headings[severity]} (${part.length}):`);
      for (const f of part) lines.push(`    ${where(f, fileCount > 1)}  ${f.code}  ${f.message}`);
    }
  }
  for (const s of result.ignored.filter((i) => i.reason === "not-appendix")) {
    lines.push(`Bỏ qua trang "${s.sheet}"${s.file ? ` (${s.file})` : ""}: không phải phụ lục.`);
  }
  lines.push("");
  lines.push(summaryLine(result));
  return lines.join("\n");
}

