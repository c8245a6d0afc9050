/** Human and JSON renderings of a validation result for the terminal. */
import { Finding, Severity } from "../core/findings";
import { ValidationResult } from "../core/validate";

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
  const s = result.summary;
  return `${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} thông tin — đơn vị: ${result.wards.reported}/${result.wards.expected}`;
}

function where(f: Finding): string {
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  if (f.sheet) return f.sheet;
  if (f.indicator) return `mã ${f.indicator}`;
  return "—";
}

const headings: Record<Severity, string> = { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" };

export function validationText(result: ValidationResult): string {
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
      for (const f of part) lines.push(`    ${where(f)}  ${f.code}  ${f.message}`);
    }
  }
  for (const s of result.ignored.filter((i) => i.reason === "not-appendix")) {
    lines.push(`Bỏ qua trang "${s.sheet}"${s.file ? ` (${s.file})` : ""}: không phải phụ lục.`);
  }
  lines.push("");
  lines.push(summaryLine(result));
  return lines.join("\n");
}

