/** The bundled sample's validation result, and variants of it with chosen totals or info-sheet fields. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { phuLucPcmd } from "../../src/forms";
import { InfoField, ReportDate } from "../../src/core/info-sheet";
import { buildFormReport } from "../../src/app/use-cases/make-report";
import type { ReportOptions } from "../../src/core/report/build-report";
import { GeneratedBlock, paragraphText, ReportModel } from "../../src/core/report/model";
import { IndicatorTotal } from "../../src/core/totals";
import { validateWorkbooks, ValidationResult } from "../../src/core/validate";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";

export const SAMPLE_DIR = join(__dirname, "..", "..", "examples", "ngabay-2023-h1");
export const CITY_FILE = join(SAMPLE_DIR, "tong-hop-ngabay.xlsx");
export const NOW = new Date("2023-06-20T08:00:00.000Z");

let sample: Promise<ValidationResult> | null = null;

export function sampleResult(): Promise<ValidationResult> {
  sample ??= readWorkbookSnapshot(readFileSync(CITY_FILE), "tong-hop-ngabay.xlsx").then((s) => validateWorkbooks(phuLucPcmd, [s]));
  return sample;
}

export function report(result: ValidationResult, options: ReportOptions = {}): ReportModel {
  return buildFormReport(result, { now: NOW, ...options });
}

/** The result with some totals replaced: a number sets the value (k for ward counts), complete. */
export function withTotals(result: ValidationResult, values: Record<string, number | Partial<IndicatorTotal>>): ValidationResult {
  const totals = new Map(result.totals);
  for (const [code, v] of Object.entries(values)) {
    const old = totals.get(code)!;
    const patch = typeof v === "number" ? { value: v } : v;
    const value = patch.value ?? old.value;
    totals.set(code, { ...old, ...patch, value, count: old.count ? { k: value, n: old.count.n } : null });
  }
  return { ...result, totals };
}

/** The result with info-sheet fields replaced (null blanks a field). */
export function withInfo(result: ValidationResult, fields: Partial<Record<InfoField, string | null>>, date?: ReportDate | null): ValidationResult {
  const info = result.info!;
  return { ...result, info: { ...info, fields: { ...info.fields, ...fields }, date: date === undefined ? info.date : date } };
}

export function generated(model: ReportModel, key: string): GeneratedBlock {
  const block = model.body.find((b): b is GeneratedBlock => b.type === "generated" && b.key === key);
  if (!block) throw new Error(`no generated block ${key}`);
  return block;
}

export function blockText(model: ReportModel, key: string): string {
  return generated(model, key).paragraphs.map(paragraphText).join("\n");
}

/** Text a report must never show: leaked nulls, or a zero written as a number before a noun ("0 vụ"). */
export const NEVER = [/undefined/, /\bnull\b/, /NaN/, /(^|[^\d.,/])0\*? (vụ|người|cơ sở|lượt|tờ|cuộc|tin|tụ điểm|lao động|hội nghị|triệu)/];
