/** Validation of a set of workbooks: units, values, rules, completeness and city totals. */
import { a1, parseA1 } from "./address";
import { FormDef } from "./form-schema";
import { Finding, FindingPlace, makeFinding, severityOrder, summarize } from "./findings";
import { InfoSheet, ListedUnit, readInfoSheet } from "./info-sheet";
import { AppendixSheet, classifySheet } from "./reader";
import { Operand, runRules } from "./rules";
import { cellText, WorkbookSnapshot } from "./snapshot";
import { labelKey } from "./text";
import { CityTotals, computeTotals, countsInTotal } from "./totals";
import { closestName, kindOfUnitName, periodKey, unitKey, UnitKind } from "./units";
import { indicatorLabel, ParsedValue, parseValue } from "./values";

export interface ReportingUnit {
  /** The name as the city's list spells it when matched, else as the sheet writes it. */
  name: string;
  kind: UnitKind;
  sheet: string;
  file: string | null;
  period: string | null;
  appendix: AppendixSheet;
  values: Map<string, ParsedValue>;
  /** False for a duplicate of a unit already read: its figures are not totalled. */
  counted: boolean;
  /** Position in the city's list, or null when the unit is not listed. */
  listIndex: number | null;
}

export interface IgnoredSheet {
  file: string | null;
  sheet: string;
  reason: "not-appendix" | "generated" | "no-header";
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
  wards: { reported: number; expected: number };
  summary: { errors: number; warnings: number; infos: number };
}

/** Labels compared as a reader would: case, spacing, a trailing ":", "…"/"..." and "km²"/"km2" do not matter. */
function labelForm(s: string): string {
  return labelKey(s).replace(/…/g, "...").replace(/²/g, "2");
}

function operandOf(v: ParsedValue | undefined): Operand {
  if (!v) return { state: "invalid" };
  return v.state === "ok" ? { state: "ok", value: v.value } : { state: v.state };
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

/**
 * A unit's kind: the city list's, else its name's. A unit the list does not know, or a sheet without a
 * name, is a ward when it filled the ward-only rows — so a ward that wrote "Hiệp Lợi" for "Phường Hiệp
 * Lợi" gets one unit.unknown, not a value.not-allowed on each of its figures.
 */
function kindOfUnit(form: FormDef, appendix: AppendixSheet, listed: ListedUnit[], match: ListedUnit | undefined): UnitKind {
  if (match) return match.kind;
  if (kindOfUnitName(appendix.unitName ?? appendix.sheet) === "ward") return "ward";
  if (appendix.unitName && listed.length === 0) return "city-level";
  const fillsWardRows = form.indicators.some((ind) => {
    const row = ind.scope === "W" ? appendix.rows.get(ind.code) : undefined;
    return row !== undefined && cellText(row.cell) !== "";
  });
  return fillsWardRows ? "ward" : "city-level";
}

export function validateWorkbooks(form: FormDef, workbooks: WorkbookSnapshot[]): ValidationResult {
  const codes = new Set(form.indicators.map((i) => i.code));
  const findings: Finding[] = [];
  const ignored: IgnoredSheet[] = [];
  const appendices: { file: string | null; appendix: AppendixSheet }[] = [];
  let info: InfoSheet | null = null;
  let infoFile: string | null = null;

  for (const wb of workbooks) {
    for (const sheet of wb.sheets) {
      const cls = classifySheet(sheet, codes);
      if (cls.kind === "appendix") appendices.push({ file: wb.file, appendix: cls.appendix });
      else if (cls.kind === "info") {
        if (!info) [info, infoFile] = [readInfoSheet(sheet), wb.file];
      } else if (cls.kind === "generated") ignored.push({ file: wb.file, sheet: sheet.name, reason: "generated" });
      else if (cls.kind === "ignored") ignored.push({ file: wb.file, sheet: sheet.name, reason: "not-appendix" });
      else {
        ignored.push({ file: wb.file, sheet: sheet.name, reason: "no-header" });
        findings.push(
          makeFinding("structure.no-header", { sheet: sheet.name }, { sheet: sheet.name, cell: null, indicator: null, unit: null, file: wb.file }),
        );
      }
    }
  }

  const listed: ListedUnit[] = info?.units ?? [];
  const listedByKey = new Map(listed.map((u, i) => [unitKey(u.name), { unit: u, index: i }]));
  const units: ReportingUnit[] = [];
  const seen = new Map<string, ReportingUnit>();

  for (const { file, appendix } of appendices) {
    const place = (cell: string | null, indicator: string | null = null, unit: string | null = null): FindingPlace => ({
      sheet: appendix.sheet,
      cell,
      indicator,
      unit,
      file,
    });
    const rawName = appendix.unitName;
    const match = rawName ? listedByKey.get(unitKey(rawName)) : undefined;
    const name = match?.unit.name ?? rawName ?? appendix.sheet;
    if (!rawName) {
      findings.push(makeFinding("unit.missing-name", { sheet: appendix.sheet }, place(appendix.unitNameAddress, null, name)));
    } else if (listed.length > 0 && !match) {
      findings.push(
        makeFinding(
          "unit.unknown",
          { name: rawName, suggestion: closestName(rawName, listed.map((u) => u.name)) },
          place(appendix.unitNameAddress, null, rawName),
        ),
      );
    }
    const kind = kindOfUnit(form, appendix, listed, match?.unit);
    const key = unitKey(name);
    const first = rawName ? seen.get(key) : undefined;
    const values = new Map<string, ParsedValue>();
    const unit: ReportingUnit = {
      name,
      kind,
      sheet: appendix.sheet,
      file,
      period: appendix.period,
      appendix,
      values,
      counted: !first,
      listIndex: match?.index ?? null,
    };
    if (first) {
      const other = first.file && first.file !== file ? `trang "${first.sheet}" (${first.file})` : `trang "${first.sheet}"`;
      findings.push(makeFinding("unit.duplicate", { name, other }, place(appendix.unitNameAddress, null, name)));
    } else if (rawName) {
      seen.set(key, unit);
    }
    units.push(unit);

    for (const d of appendix.duplicates) {
      const rows = { firstRow: parseA1(d.first).row + 1, row: parseA1(d.address).row + 1 };
      findings.push(makeFinding("structure.duplicate-row", { code: d.code, ...rows }, place(d.address, d.code, name)));
    }
    for (const u of appendix.unknownCodes) {
      findings.push(makeFinding("structure.unknown-code", { code: u.code }, place(u.address, null, name)));
    }
    for (const ind of form.indicators) {
      const row = appendix.rows.get(ind.code);
      if (!row) {
        findings.push(makeFinding("structure.missing-row", { code: ind.code, name: ind.name }, place(null, ind.code, name)));
        continue;
      }
      if (row.nameText && labelForm(row.nameText) !== labelForm(ind.name)) {
        findings.push(
          makeFinding(
            "structure.label-mismatch",
            { code: ind.code, found: row.nameText, expected: ind.name },
            place(a1(row.row, appendix.columns.name), ind.code, name),
          ),
        );
      } else if (row.unitText && ind.unit && labelForm(row.unitText) !== labelForm(ind.unit)) {
        findings.push(
          makeFinding(
            "structure.label-mismatch",
            { code: ind.code, found: row.unitText, expected: ind.unit },
            place(a1(row.row, appendix.columns.unit ?? appendix.columns.name), ind.code, name),
          ),
        );
      }
      const parsed = parseValue(ind, row.cell);
      const label = indicatorLabel(ind);
      const at = place(row.address, ind.code, name);
      if (!countsInTotal(ind.scope, unit)) {
        // A ward-only indicator on a city-level unit must stay blank.
        if (parsed.state !== "blank") findings.push(makeFinding("value.not-allowed", { label }, at));
        continue;
      }
      values.set(ind.code, parsed);
      if (parsed.state === "blank") {
        if (kind === "ward") findings.push(makeFinding("value.blank", { label }, at));
      } else if (parsed.issue) {
        findings.push(makeFinding(parsed.issue.code, parsed.issue.params as never, at));
      }
    }
    findings.push(
      ...runRules(form, {
        scope: kind === "ward" ? "ward" : "unit",
        value: (code) => operandOf(values.get(code)),
        place: (code) => place(appendix.rows.get(code)?.address ?? null, code, name),
      }),
    );
  }

  const period = info?.fields.period ?? majority(units.map((u) => u.period).filter((p): p is string => !!p));
  if (period) {
    for (const unit of units) {
      if (unit.period && periodKey(unit.period) !== periodKey(period)) {
        findings.push(
          makeFinding(
            "unit.period-mismatch",
            { found: unit.period, expected: period, infoSheet: info?.fields.period ? info.sheet : null },
            { sheet: unit.sheet, cell: unit.appendix.periodAddress, indicator: null, unit: unit.name, file: unit.file },
          ),
        );
      }
    }
  }

  const counted = units.filter((u) => u.counted);
  const reportedWards = new Set(counted.filter((u) => u.kind === "ward" && (listed.length === 0 || u.listIndex !== null)).map((u) => unitKey(u.name)));
  const listedWards = listed.filter((u) => u.kind === "ward");
  const expected = listedWards.length > 0 ? listedWards.length : reportedWards.size;
  const missingWards = listedWards.filter((w) => !reportedWards.has(unitKey(w.name)));
  for (const ward of missingWards) {
    findings.push(
      makeFinding(
        "unit.missing",
        { name: ward.name, reported: reportedWards.size, expected },
        { sheet: info?.sheet ?? null, cell: ward.address, indicator: null, unit: ward.name, file: infoFile },
      ),
    );
  }

  const ordered = orderUnits(units);
  const totals = computeTotals(
    form,
    ordered.filter((u) => u.counted),
    expected,
    missingWards.map((w) => w.name),
  );
  // With no ward at all (a department's file on its own) ward-only totals are not figures to compare.
  const noWards = reportedWards.size === 0;
  const scopeOf = new Map(form.indicators.map((i) => [i.code, i.scope]));
  // A rule already failing on a unit's sheet fails on the totals as a consequence: reported once, on the sheet.
  const failedOnSheets = new Set(findings.filter((f) => /^R\d+$/.test(f.code)).map((f) => f.code));
  findings.push(
    ...runRules(form, {
      scope: "city",
      value: (code) => {
        const t = totals.get(code);
        if (!t || t.incomplete || (noWards && scopeOf.get(code) === "W")) return { state: "invalid" };
        return { state: "ok", value: t.value };
      },
      place: (code) => ({ sheet: null, cell: null, indicator: code, unit: null, file: null }),
    }).filter((f) => !failedOnSheets.has(f.code)),
  );

  const unitRank = new Map(ordered.map((u, i) => [u.name, i]));
  const sorted = findings
    .map((f, i) => ({ f, i }))
    .sort(
      (x, y) =>
        (unitRank.get(x.f.unit ?? "") ?? Number.MAX_SAFE_INTEGER) - (unitRank.get(y.f.unit ?? "") ?? Number.MAX_SAFE_INTEGER) ||
        severityOrder[x.f.severity] - severityOrder[y.f.severity] ||
        x.i - y.i,
    )
    .map((x) => x.f);

  return {
    form,
    units: ordered,
    findings: sorted,
    totals,
    info,
    period,
    ignored,
    wards: { reported: reportedWards.size, expected },
    summary: summarize(sorted),
  };
}

/** Wards in the list's order, then city-level units; units not in the list after those. */
export function orderUnits(units: ReportingUnit[]): ReportingUnit[] {
  const rank = (u: ReportingUnit) => (u.kind === "ward" ? 0 : 1) * 1e6 + (u.listIndex ?? 1e5);
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => rank(a.u) - rank(b.u) || a.i - b.i)
    .map((x) => x.u);
}
