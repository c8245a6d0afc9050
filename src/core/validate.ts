/**
 * Validation of a set of workbooks, as a pipeline of named stages: classify sheets → resolve units →
 * read each unit (structure, values, unit rules) → periods → completeness → totals → city rules → order.
 */
import { a1, parseA1 } from "./address";
import { Completeness } from "./completeness";
import { FormDef, IndicatorDef, printedName } from "./form";
import { Finding, FindingPlace, makeFinding, severityOrder, summarize } from "./findings";
import { InfoSheet, ListedUnit, readInfoSheet } from "./info-sheet";
import { AppendixSheet, classifySheet, IndicatorRow } from "./reader";
import { Operand, runRules } from "./rules";
import { cellText, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { labelKey } from "./text";
import { CityTotals, computeTotals, countsInTotal, LeftOutUnit } from "./totals";
import { closestName, kindOfUnitName, periodKey, unitKey, UnitKind } from "./units";
import { indicatorLabel, ParsedValue, parseValue } from "./values";
import type { ReportingUnit } from "./reporting-unit";

export type { ReportingUnit } from "./reporting-unit";

export interface IgnoredSheet {
  file: string | null;
  sheet: string;
  /** `other-form`: an appendix of another form in use, validated on its own; `unknown-form`: of none. */
  reason: "not-appendix" | "generated" | "no-header" | "other-form" | "unknown-form";
}

export interface ValidationResult {
  form: FormDef;
  units: ReportingUnit[];
  findings: Finding[];
  totals: CityTotals;
  info: InfoSheet | null;
  /** The report's period: the info sheet's, else the majority of the sheets'. */
  period: string | null;
  ignored: IgnoredSheet[];
  wards: Completeness;
  summary: { errors: number; warnings: number; infos: number };
}

export interface ValidateOptions {
  /** A `Thông tin báo cáo` sheet from another workbook (`--units`): its unit list is the one checked against. */
  unitList?: { sheet: SheetSnapshot; file: string | null } | null;
  /** Every form in use (default: `form` alone): a sheet is read by the one it matches, the others leave it. */
  forms?: FormDef[];
  /** The previous period's workbooks: rules with `prev[..]` read them; without, those rules are skipped. */
  previous?: WorkbookSnapshot[] | null;
}

interface Classified {
  appendices: { file: string | null; appendix: AppendixSheet }[];
  info: InfoSheet | null;
  infoFile: string | null;
  ignored: IgnoredSheet[];
}

/** Labels compared as a reader would: case, spacing, a trailing ":", "…"/"..." and "km²"/"km2" do not matter. */
function labelForm(s: string): string {
  return labelKey(s).replace(/…/g, "...").replace(/²/g, "2");
}

function operandOf(v: ParsedValue | undefined): Operand {
  if (!v) return { state: "invalid" };
  if (v.state === "ok") return { state: "ok", value: v.value };
  return v.state === "blank" ? { state: "blank" } : { state: "invalid" };
}

function majority(values: string[]): string | null {
  const counts = new Map<string, { n: number; text: string }>();
  for (const v of values) {
    const k = periodKey(v);
    const c = counts.get(k) ?? { n: 0, text: v };
    c.n++;
    counts.set(k, c);
  }
  let best: { n: number; text: string } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.text ?? null;
}

function classifySheets(form: FormDef, forms: FormDef[], workbooks: WorkbookSnapshot[], findings: Finding[]): Classified {
  const out: Classified = { appendices: [], info: null, infoFile: null, ignored: [] };
  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      const cls = classifySheet(sheet, forms);
      const ignore = (reason: IgnoredSheet["reason"]) => out.ignored.push({ file: wb.file, sheet: sheet.name, reason });
      const place = { sheet: sheet.name, cell: null, indicator: null, unit: null, file: wb.file };
      if (cls.kind === "appendix") {
        if (cls.form === form) out.appendices.push({ file: wb.file, appendix: cls.appendix });
        else ignore("other-form");
      } else if (cls.kind === "unknown-form") {
        ignore("unknown-form");
        const params = { sheet: sheet.name, title: cls.title, forms: forms.map((f) => f.title) };
        findings.push(makeFinding("structure.unknown-form", params, place));
      } else if (cls.kind === "info") {
        if (!out.info) [out.info, out.infoFile] = [readInfoSheet(sheet), wb.file];
      } else if (cls.kind === "generated") ignore("generated");
      else if (cls.kind === "ignored") ignore("not-appendix");
      else {
        ignore("no-header");
        findings.push(makeFinding("structure.no-header", { sheet: sheet.name }, place));
      }
    }
  }
  return out;
}

/**
 * A unit's kind: the list's, else its name's. A unit the list does not know, or a sheet without a
 * name, is a ward when it filled the ward-only rows — so a ward that wrote "Hiệp Lợi" for "Phường Hiệp
 * Lợi" gets one unit.unknown, not a value.not-allowed on each of its figures.
 */
function kindOfUnit(form: FormDef, appendix: AppendixSheet, listed: ListedUnit[], match: ListedUnit | undefined): UnitKind {
  if (match) return match.kind;
  if (kindOfUnitName(appendix.unitName ?? appendix.sheet) === "ward") return "ward";
  if (appendix.unitName && listed.length === 0) return "city-level";
  const fillsWardRows = form.indicators.some((ind) => {
    const row = ind.scope === "wards-only" ? appendix.rows.get(ind.code) : undefined;
    return row !== undefined && cellText(row.cell) !== "";
  });
  return fillsWardRows ? "ward" : "city-level";
}

function placeOn(unit: { sheet: string; file: string | null }) {
  return (cell: string | null, indicator: string | null = null, name: string | null = null): FindingPlace => ({
    sheet: unit.sheet,
    cell,
    indicator,
    unit: name,
    file: unit.file,
  });
}

/** The list's units, each once: a name listed twice would count a ward twice in every k/n. */
function distinctUnits(classified: Classified, findings: Finding[]): ListedUnit[] {
  const seen = new Map<string, ListedUnit>();
  for (const u of classified.info?.units ?? []) {
    const first = seen.get(unitKey(u.name));
    if (!first) seen.set(unitKey(u.name), u);
    else {
      const place = { sheet: classified.info!.sheet, cell: u.address, indicator: null, unit: null, file: classified.infoFile };
      findings.push(makeFinding("unit.duplicate", { name: u.name, other: `ô ${first.address} và ${u.address}`, listed: true }, place));
    }
  }
  return [...seen.values()];
}

/** Names each sheet's unit against the list: unknown, unnamed and twice-reported units are found here. */
function resolveUnits(form: FormDef, classified: Classified, listed: ListedUnit[], findings: Finding[]): ReportingUnit[] {
  const listedByKey = new Map(listed.map((u, i) => [unitKey(u.name), { unit: u, index: i }]));
  const seen = new Map<string, ReportingUnit>();
  return classified.appendices.map(({ file, appendix }) => {
    const place = placeOn({ sheet: appendix.sheet, file });
    const rawName = appendix.unitName;
    const match = rawName ? listedByKey.get(unitKey(rawName)) : undefined;
    const name = match?.unit.name ?? rawName ?? appendix.sheet;
    const unlisted = listed.length > 0 && !match;
    if (!rawName) findings.push(makeFinding("unit.missing-name", { sheet: appendix.sheet }, place(appendix.unitNameAddress, null, name)));
    else if (unlisted) {
      const suggestion = closestName(rawName, listed.map((u) => u.name));
      findings.push(makeFinding("unit.unknown", { name: rawName, suggestion }, place(appendix.unitNameAddress, null, rawName)));
    }
    const key = unitKey(name);
    const first = rawName ? seen.get(key) : undefined;
    const unit: ReportingUnit = {
      name,
      kind: kindOfUnit(form, appendix, listed, match?.unit),
      sheet: appendix.sheet,
      file,
      period: appendix.period,
      appendix,
      values: new Map(),
      counted: !first && !unlisted,
      unlisted,
      duplicateOf: first ?? null,
      listIndex: match?.index ?? null,
    };
    if (first) findings.push(makeFinding("unit.duplicate", { name, other: sheetText(first, file) }, place(appendix.unitNameAddress, null, name)));
    else if (rawName) seen.set(key, unit);
    return unit;
  });
}

/** The other sheet of a twice-reported unit, with its file whenever files are in play. */
function sheetText(first: ReportingUnit, file: string | null): string {
  return first.file && first.file !== file ? `trang "${first.sheet}" (${first.file})` : `trang "${first.sheet}"`;
}

/** Names of the form's indicators that only one indicator has: a row bearing one of them belongs there. */
function indicatorByName(form: FormDef): Map<string, string> {
  const byName = new Map<string, string | null>();
  for (const ind of form.indicators) {
    for (const key of new Set([labelForm(ind.name), labelForm(printedName(ind))])) byName.set(key, byName.has(key) ? null : ind.code);
  }
  return new Map([...byName].filter((e): e is [string, string] => e[1] !== null));
}

/** Duplicated codes and shifted rows: their values cannot be trusted and are never counted. */
function readStructure(form: FormDef, unit: ReportingUnit, findings: Finding[]): Set<string> {
  const place = placeOn(unit);
  const { appendix, name } = unit;
  const untrusted = new Set<string>();
  for (const d of appendix.duplicates) {
    const rows = { firstRow: parseA1(d.first).row + 1, row: parseA1(d.address).row + 1 };
    findings.push(makeFinding("structure.duplicate-row", { code: d.code, ...rows }, place(d.address, d.code, name)));
    unit.values.set(d.code, { state: "untrusted", reason: "duplicate" });
    untrusted.add(d.code);
  }
  for (const u of appendix.unknownCodes) findings.push(makeFinding("structure.unknown-code", { code: u.code }, place(u.address, null, name)));
  const byName = indicatorByName(form);
  for (const ind of form.indicators) {
    const row = appendix.rows.get(ind.code);
    if (!row) findings.push(makeFinding("structure.missing-row", { code: ind.code, name: ind.name }, place(null, ind.code, name)));
    else if (labelFinding(ind, row, unit, byName, findings) === "shifted" && !untrusted.has(ind.code)) {
      unit.values.set(ind.code, { state: "untrusted", reason: "shifted" });
      untrusted.add(ind.code);
    }
  }
  return untrusted;
}

function labelFinding(
  ind: IndicatorDef,
  row: IndicatorRow,
  unit: ReportingUnit,
  byName: Map<string, string>,
  findings: Finding[],
): "shifted" | null {
  const place = placeOn(unit);
  const { columns } = unit.appendix;
  const nameAt = place(a1(row.row, columns.name), ind.code, unit.name);
  if (row.nameText && labelForm(row.nameText) !== labelForm(ind.name) && labelForm(row.nameText) !== labelForm(printedName(ind))) {
    const other = byName.get(labelForm(row.nameText));
    if (other && other !== ind.code) {
      findings.push(makeFinding("structure.shifted-row", { code: ind.code, found: row.nameText, foundCode: other }, nameAt));
      return "shifted";
    }
    findings.push(makeFinding("structure.label-mismatch", { code: ind.code, found: row.nameText, expected: ind.name }, nameAt));
  } else if (row.unitText && ind.unit && labelForm(row.unitText) !== labelForm(ind.unit)) {
    const at = place(a1(row.row, columns.unit ?? columns.name), ind.code, unit.name);
    findings.push(makeFinding("structure.label-mismatch", { code: ind.code, found: row.unitText, expected: ind.unit }, at));
  }
  return null;
}

/** Each trusted value parsed per its kind; a ward-only indicator on a city-level unit must stay blank. */
function readValues(form: FormDef, unit: ReportingUnit, untrusted: Set<string>, findings: Finding[]): void {
  const place = placeOn(unit);
  for (const ind of form.indicators) {
    const row = unit.appendix.rows.get(ind.code);
    if (!row || untrusted.has(ind.code)) continue;
    const parsed = parseValue(ind, row.cell);
    const at = place(row.address, ind.code, unit.name);
    if (!countsInTotal(ind.scope, unit)) {
      if (parsed.state !== "blank") findings.push(makeFinding("value.not-allowed", { label: indicatorLabel(ind) }, at));
      continue;
    }
    unit.values.set(ind.code, parsed);
    if (parsed.state === "blank") {
      if (unit.kind === "ward") findings.push(makeFinding("value.blank", { label: indicatorLabel(ind) }, at));
    } else if ((parsed.state === "ok" || parsed.state === "invalid") && parsed.issue) {
      findings.push(makeFinding(parsed.issue.code, parsed.issue.params as never, at));
    }
  }
}

function unitRules(form: FormDef, unit: ReportingUnit, previous: ValidationResult | null): Finding[] {
  const place = placeOn(unit);
  const before = previous?.units.find((u) => u.counted && unitKey(u.name) === unitKey(unit.name));
  return runRules(form, {
    scope: unit.kind === "ward" ? "ward" : "unit",
    value: (code) => operandOf(unit.values.get(code)),
    ...(previous ? { previous: (code: string) => operandOf(before?.values.get(code)) } : {}),
    place: (code) => place(unit.appendix.rows.get(code)?.address ?? null, code, unit.name),
  });
}

function checkPeriods(units: ReportingUnit[], info: InfoSheet | null, findings: Finding[]): string | null {
  const period = info?.fields.period ?? majority(units.map((u) => u.period).filter((p): p is string => !!p));
  if (!period) return null;
  for (const unit of units) {
    if (!unit.period || periodKey(unit.period) === periodKey(period)) continue;
    const params = { found: unit.period, expected: period, infoSheet: info?.fields.period ? info.sheet : null };
    findings.push(makeFinding("unit.period-mismatch", params, placeOn(unit)(unit.appendix.periodAddress, null, unit.name)));
  }
  return period;
}

/**
 * A unit reported twice with the same figures counts once; with different figures neither sheet counts,
 * since nothing tells which one is right (the totals say so).
 */
function leaveOutContested(units: ReportingUnit[]): ReportingUnit[] {
  const figures = (u: ReportingUnit) => JSON.stringify([...u.values].map(([code, v]) => [code, v.state, v.state === "ok" ? v.value : null]));
  const contested = new Set<ReportingUnit>();
  for (const u of units) if (u.duplicateOf && figures(u) !== figures(u.duplicateOf)) contested.add(u.duplicateOf);
  for (const u of contested) u.counted = false;
  return [...contested];
}

/** Listed wards that sent nothing; without a list, completeness cannot be judged and says so. */
function checkCompleteness(units: ReportingUnit[], contested: ReportingUnit[], classified: Classified, listed: ListedUnit[], findings: Finding[]) {
  const arrived = units.filter((u) => (u.counted || contested.includes(u)) && u.kind === "ward");
  const reported = new Set(arrived.map((u) => unitKey(u.name)));
  const listedWards = listed.filter((u) => u.kind === "ward");
  if (listed.length === 0) {
    const place = { sheet: null, cell: null, indicator: null, unit: null, file: null };
    findings.push(makeFinding("unit.no-list", { reported: reported.size }, place));
    return { wards: { reported: reported.size, expected: null }, missing: [] as string[] };
  }
  const missing = listedWards.filter((w) => !reported.has(unitKey(w.name)));
  for (const ward of missing) {
    const place = { sheet: classified.info?.sheet ?? null, cell: ward.address, indicator: null, unit: ward.name, file: classified.infoFile };
    findings.push(makeFinding("unit.missing", { name: ward.name, reported: reported.size, expected: listedWards.length }, place));
  }
  return { wards: { reported: reported.size, expected: listedWards.length }, missing: missing.map((w) => w.name) };
}

/** City rules on complete totals; a rule already failing on a unit's sheet is reported there, once. */
function cityRules(form: FormDef, totals: CityTotals, wardsReported: number, findings: Finding[], previous: ValidationResult | null): Finding[] {
  // With no ward at all (a department's file on its own) ward-only totals are not figures to compare.
  const scopeOf = new Map(form.indicators.map((i) => [i.code, i.scope]));
  const ruleIds = new Set(form.rules.map((r) => r.id));
  const failedOnSheets = new Set(findings.filter((f) => ruleIds.has(f.code)).map((f) => f.code));
  const operand = (t: CityTotals, wards: number) => (code: string): Operand => {
    const total = t.get(code);
    if (!total || total.incomplete || (wards === 0 && scopeOf.get(code) === "wards-only")) return { state: "invalid" };
    return { state: "ok", value: total.value };
  };
  return runRules(form, {
    scope: "city",
    value: operand(totals, wardsReported),
    ...(previous ? { previous: operand(previous.totals, previous.wards.reported) } : {}),
    place: (code) => ({ sheet: null, cell: null, indicator: code, unit: null, file: null }),
  }).filter((f) => !failedOnSheets.has(f.code));
}

/** Findings by unit (in the units' order), then severity, then as found. */
function orderFindings(findings: Finding[], ordered: ReportingUnit[]): Finding[] {
  const unitRank = new Map(ordered.map((u, i) => [u.name, i]));
  const rank = (f: Finding) => unitRank.get(f.unit ?? "") ?? Number.MAX_SAFE_INTEGER;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => rank(x.f) - rank(y.f) || severityOrder[x.f.severity] - severityOrder[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}

export function validateWorkbooks(form: FormDef, workbooks: WorkbookSnapshot[], options: ValidateOptions = {}): ValidationResult {
  const findings: Finding[] = [];
  const forms = options.forms?.includes(form) ? options.forms : [form, ...(options.forms ?? [])];
  const previous = options.previous ? validateWorkbooks(form, options.previous, { forms, unitList: options.unitList }) : null;
  const classified = classifySheets(form, forms, workbooks, findings);
  if (options.unitList) [classified.info, classified.infoFile] = [readInfoSheet(options.unitList.sheet), options.unitList.file];
  const listed = distinctUnits(classified, findings);
  const units = resolveUnits(form, classified, listed, findings);
  for (const unit of units) {
    const untrusted = readStructure(form, unit, findings);
    readValues(form, unit, untrusted, findings);
    findings.push(...unitRules(form, unit, previous));
  }
  const period = checkPeriods(units, classified.info, findings);
  const contested = leaveOutContested(units);
  const { wards, missing } = checkCompleteness(units, contested, classified, listed, findings);
  const ordered = orderUnits(units);
  const leftOut: LeftOutUnit[] = [
    ...ordered.filter((u) => u.unlisted).map((u): LeftOutUnit => ({ unit: u, reason: "unlisted-unit" })),
    ...contested.map((u): LeftOutUnit => ({ unit: u, reason: "contested-unit" })),
  ];
  const totals = computeTotals(form, ordered.filter((u) => u.counted), wards.expected ?? wards.reported, missing, leftOut);
  // Without a list the totals may lack wards nobody knows of: comparing them would invent errors.
  if (wards.expected !== null) findings.push(...cityRules(form, totals, wards.reported, findings, previous));
  const sorted = orderFindings(findings, ordered);
  const { info, ignored } = classified;
  return { form, units: ordered, findings: sorted, totals, info, period, ignored, wards, summary: summarize(sorted) };
}

/** Wards in the list's order, then city-level units; units not in the list after those. */
export function orderUnits(units: ReportingUnit[]): ReportingUnit[] {
  const rank = (u: ReportingUnit) => (u.kind === "ward" ? 0 : 1) * 1e6 + (u.listIndex ?? 1e5);
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => rank(a.u) - rank(b.u) || a.i - b.i)
    .map((x) => x.u);
}
