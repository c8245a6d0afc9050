/**
 * The `*.form.json` loader (format: docs/form-format.md): every field checked, unknown fields refused,
 * expressions parsed with positions. Problems come back as `FormIssue`s; the app words them.
 */
import type { Expr } from "./expression/ast";
import { parseCondition, parseNumberExpression } from "./expression/parse";
import { refNodes } from "./expression/refs";
import { codesOf, FormDef, IndicatorDef, IndicatorKind, RuleDef, RuleScope } from "./form";
import type { FormIssue } from "./form-issues";

export type FormLoad = { ok: true; form: FormDef } | { ok: false; issues: FormIssue[] };

const FORM_FIELDS = ["id", "title", "subject", "indicators", "rules"] as const;
const INDICATOR_FIELDS = ["code", "section", "name", "unit", "type", "decimals", "scope", "total", "year", "parent", "legend"] as const;
const RULE_FIELDS = ["id", "check", "severity", "applies", "missing", "instruction"] as const;
const TYPES: IndicatorKind[] = ["integer", "decimal", "flag", "percent"];
const SCOPES = ["wards-only", "all-units"] as const;
const YEARS = ["sum", "last"] as const;
const SEVERITIES = ["error", "warning", "info"] as const;
const APPLIES: RuleScope[] = ["ward", "unit", "city"];
const MISSING = ["skip", "zero"] as const;

type Json = Record<string, unknown>;

/** 01–99 or 100–999: the reader reads a Mã số cell 1 or "001" as 01 (Excel drops leading zeros), so "001" would match no row. */
const CODE = /^(?:\d{2}|[1-9]\d{2})$/;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** One object's fields, read with the issues they raise recorded against `path`. */
class Fields {
  constructor(
    private readonly obj: Json,
    private readonly path: string,
    private readonly issues: FormIssue[],
    private readonly code?: string,
  ) {}

  private at(name: string): string {
    return this.path ? `${this.path}.${name}` : name;
  }

  private tag<T extends object>(issue: T): T {
    return this.code === undefined ? issue : { ...issue, code: this.code };
  }

  refuseUnknown(known: readonly string[]): void {
    for (const key of Object.keys(this.obj)) {
      if (!known.includes(key)) this.issues.push(this.tag({ kind: "unknown-field", field: this.at(key) }) as FormIssue);
    }
  }

  has(name: string): boolean {
    return this.obj[name] !== undefined;
  }

  text(name: string, options: { optional?: boolean; allowEmpty?: boolean } = {}): string | undefined {
    const v = this.obj[name];
    if (v === undefined) {
      if (!options.optional) this.issues.push(this.tag({ kind: "required", field: this.at(name) }) as FormIssue);
      return undefined;
    }
    if (typeof v !== "string") {
      this.issues.push(this.tag({ kind: "type", field: this.at(name), expected: "string" }) as FormIssue);
      return undefined;
    }
    const t = v.normalize("NFC").trim();
    if (!t && !options.allowEmpty) {
      this.issues.push(this.tag({ kind: "empty", field: this.at(name) }) as FormIssue);
      return undefined;
    }
    return t;
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback?: T): T | undefined {
    const v = this.obj[name];
    if (v === undefined && fallback !== undefined) return fallback;
    const t = this.text(name);
    if (t === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(t)) {
      this.issues.push(this.tag({ kind: "enum", field: this.at(name), allowed: [...allowed], found: t }) as FormIssue);
      return undefined;
    }
    return t as T;
  }

  integer(name: string, min: number, max: number): number | undefined {
    const v = this.obj[name];
    if (v === undefined) return undefined;
    if (typeof v !== "number" || !Number.isInteger(v)) {
      this.issues.push(this.tag({ kind: "type", field: this.at(name), expected: "integer" }) as FormIssue);
      return undefined;
    }
    if (v < min || v > max) {
      this.issues.push(this.tag({ kind: "range", field: this.at(name), min, max, found: v }) as FormIssue);
      return undefined;
    }
    return v;
  }

  list(name: string): unknown[] | undefined {
    const v = this.obj[name];
    if (v === undefined) {
      this.issues.push(this.tag({ kind: "required", field: this.at(name) }) as FormIssue);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.issues.push(this.tag({ kind: "type", field: this.at(name), expected: "array" }) as FormIssue);
      return undefined;
    }
    return v;
  }
}

function readIndicator(raw: unknown, index: number, issues: FormIssue[]): IndicatorDef | null {
  const path = `indicators[${index}]`;
  if (!isObject(raw)) {
    issues.push({ kind: "type", field: path, expected: "object" });
    return null;
  }
  const before = issues.length;
  const rawCode = typeof raw.code === "string" ? raw.code.trim() : undefined;
  const f = new Fields(raw, path, issues, rawCode);
  f.refuseUnknown(INDICATOR_FIELDS);
  const code = f.text("code");
  if (code !== undefined && !CODE.test(code)) issues.push({ kind: "pattern", field: `${path}.code`, pattern: "code", found: code });
  const section = f.text("section");
  const name = f.text("name");
  const unit = f.text("unit", { allowEmpty: true });
  const kind = f.choice("type", TYPES);
  const decimals = f.integer("decimals", 1, 4);
  const scope = f.choice("scope", SCOPES);
  const total = f.text("total");
  const year = f.choice("year", YEARS);
  const parent = f.text("parent", { optional: true });
  const legend = f.text("legend", { optional: true });
  if (issues.length > before || code === undefined || kind === undefined) return null;
  const needsDecimals = kind === "decimal" || kind === "percent";
  if (needsDecimals && decimals === undefined) issues.push({ kind: "decimals-needed", field: `${path}.decimals`, code });
  if (!needsDecimals && f.has("decimals")) issues.push({ kind: "decimals-not-allowed", field: `${path}.decimals`, code });
  if (issues.length > before) return null;
  const ind: IndicatorDef = {
    code,
    section: section!,
    name: name!,
    unit: unit!,
    kind,
    decimals: decimals ?? 0,
    scope: scope!,
    aggregate: total === "sum" || total === "count" ? total : "expression",
    year: year!,
    ...(parent !== undefined ? { parent } : {}),
    ...(legend !== undefined ? { legend } : {}),
  };
  if (ind.aggregate === "expression") {
    const parsed = parseNumberExpression(total!);
    if (!parsed.ok) {
      issues.push({ kind: "syntax", field: `${path}.total`, code, text: total!, error: parsed.error });
      return null;
    }
    ind.totalExpression = parsed.expr;
    ind.totalText = total;
  }
  if (kind === "percent" && ind.aggregate !== "expression") issues.push({ kind: "percent-total", field: `${path}.total`, code });
  if (ind.aggregate === "count" && kind !== "flag") issues.push({ kind: "count-not-flag", field: `${path}.total`, code });
  return issues.length > before ? null : ind;
}

function readRule(raw: unknown, index: number, issues: FormIssue[]): RuleDef | null {
  const path = `rules[${index}]`;
  if (!isObject(raw)) {
    issues.push({ kind: "type", field: path, expected: "object" });
    return null;
  }
  const before = issues.length;
  const f = new Fields(raw, path, issues);
  f.refuseUnknown(RULE_FIELDS);
  const id = f.text("id");
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) issues.push({ kind: "pattern", field: `${path}.id`, pattern: "rule-id", found: id });
  const text = f.text("check");
  const severity = f.choice("severity", SEVERITIES);
  const applies = f.list("applies");
  const appliesTo: RuleScope[] = [];
  applies?.forEach((a, i) => {
    const field = `${path}.applies[${i}]`;
    if (typeof a !== "string") issues.push({ kind: "type", field, expected: "string" });
    else if (!APPLIES.includes(a as RuleScope)) issues.push({ kind: "enum", field, allowed: APPLIES, found: a });
    else if (!appliesTo.includes(a as RuleScope)) appliesTo.push(a as RuleScope);
  });
  if (applies && applies.length === 0) issues.push({ kind: "empty", field: `${path}.applies` });
  const missing = f.has("missing") ? f.choice("missing", MISSING) : undefined;
  const instruction = f.text("instruction", { optional: true });
  if (issues.length > before || text === undefined) return null;
  const parsed = parseCondition(text);
  if (!parsed.ok) {
    issues.push({ kind: "syntax", field: `${path}.check`, rule: id, text, error: parsed.error });
    return null;
  }
  return {
    id: id!,
    text,
    check: parsed.expr,
    severity: severity!,
    appliesTo,
    // Both-or-neither reads a blank as "none": the default for <=> (docs/form-format.md).
    missing: missing ?? (parsed.expr.kind === "iff" ? "zero" : "skip"),
    ...(instruction !== undefined ? { instruction } : {}),
  };
}

/** Refs to codes the form lacks, with their position in the expression's text. */
function unknownRefs(expr: Expr, codes: Set<string>): { code: string; position: number }[] {
  return refNodes(expr).flatMap((r) => (codes.has(r.code) ? [] : [{ code: r.code, position: r.span.start }]));
}

function previousRef(expr: Expr): number | null {
  return refNodes(expr).find((r) => r.prev)?.span.start ?? null;
}

/** Totals computed from totals must not go round in a circle. */
function totalCycle(indicators: IndicatorDef[]): string[] | null {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (code: string): string[] | null => {
    if (state.get(code) === "done") return null;
    if (state.get(code) === "open") return [...stack.slice(stack.indexOf(code)), code];
    state.set(code, "open");
    stack.push(code);
    const ind = byCode.get(code);
    for (const dep of ind?.totalExpression ? codesOf(ind.totalExpression) : []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(code, "done");
    return null;
  };
  for (const ind of indicators) {
    const cycle = visit(ind.code);
    if (cycle) return cycle;
  }
  return null;
}

/** Each entry with its index in the file, so a message names the field the user wrote. */
type Indexed<T> = { item: T; index: number };

/**
 * `declared`: every code the file gives (even on an indicator refused for another field), so one
 * mistake does not also make every rule naming that code "unknown".
 */
function crossCheck(declared: Indexed<string>[], indicators: Indexed<IndicatorDef>[], rules: Indexed<RuleDef>[], issues: FormIssue[]): void {
  const codes = new Set<string>();
  for (const { item: code, index: i } of declared) {
    if (codes.has(code)) issues.push({ kind: "duplicate", field: `indicators[${i}].code`, found: code });
    codes.add(code);
  }
  indicators.forEach(({ item: ind, index: i }) => {
    if (ind.parent !== undefined && (!codes.has(ind.parent) || ind.parent === ind.code)) {
      issues.push({ kind: "unknown-parent", field: `indicators[${i}].parent`, code: ind.code, parent: ind.parent });
    }
    if (!ind.totalExpression) return;
    const field = `indicators[${i}].total`;
    for (const u of unknownRefs(ind.totalExpression, codes)) {
      issues.push({ kind: "unknown-code", field, code: ind.code, text: ind.totalText!, position: u.position, found: u.code });
    }
    const prev = previousRef(ind.totalExpression);
    if (prev !== null) issues.push({ kind: "prev-in-total", field, code: ind.code, text: ind.totalText!, position: prev });
  });
  const cycle = totalCycle(indicators.map((x) => x.item));
  if (cycle) issues.push({ kind: "total-cycle", field: "indicators", codes: cycle });
  const ids = new Set<string>();
  rules.forEach(({ item: rule, index: i }) => {
    if (ids.has(rule.id)) issues.push({ kind: "duplicate", field: `rules[${i}].id`, found: rule.id });
    ids.add(rule.id);
    for (const u of unknownRefs(rule.check, codes)) {
      issues.push({ kind: "unknown-code", field: `rules[${i}].check`, rule: rule.id, text: rule.text, position: u.position, found: u.code });
    }
  });
}

/** A parsed JSON value checked and compiled into a form. */
export function compileForm(json: unknown): FormLoad {
  const issues: FormIssue[] = [];
  if (!isObject(json)) return { ok: false, issues: [{ kind: "type", field: "", expected: "object" }] };
  const f = new Fields(json, "", issues);
  f.refuseUnknown(FORM_FIELDS);
  const id = f.text("id");
  if (id !== undefined && !/^[a-z0-9-]+$/.test(id)) issues.push({ kind: "pattern", field: "id", pattern: "id", found: id });
  const title = f.text("title");
  const subject = f.text("subject");
  const rawIndicators = f.list("indicators");
  const rawRules = f.list("rules");
  if (rawIndicators && rawIndicators.length === 0) issues.push({ kind: "empty", field: "indicators" });
  const indexed = <T>(list: (T | null)[]): Indexed<T>[] => list.flatMap((item, index) => (item === null ? [] : [{ item, index }]));
  const indicators = indexed((rawIndicators ?? []).map((raw, i) => readIndicator(raw, i, issues)));
  const rules = indexed((rawRules ?? []).map((raw, i) => readRule(raw, i, issues)));
  const declared = indexed(
    (rawIndicators ?? []).map((raw) => (isObject(raw) && typeof raw.code === "string" && CODE.test(raw.code.trim()) ? raw.code.trim() : null)),
  );
  crossCheck(declared, indicators, rules, issues);
  if (issues.length > 0) return { ok: false, issues };
  const form = { id: id!, title: title!, subject: subject!, indicators: indicators.map((x) => x.item), rules: rules.map((x) => x.item) };
  return { ok: true, form };
}

/** 1-based line and column of a 0-based offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Where JSON text first goes wrong: JSON.parse says what but, on Node 20 and in some browsers, not
 * where. A scan of the grammar; the text is already known to be invalid.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = () => {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u" ? !/^u[0-9a-fA-F]{4}/.test(text.slice(i, i + 5)) : !'"\\/bfnrt'.includes(text[i] ?? "")) fail();
        i += text[i] === "u" ? 5 : 1;
      } else if (text.charCodeAt(i) < 0x20) fail();
      else i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const items = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ",") {
        i++;
        space();
      } else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    space();
    if (text[i] === "{") {
      items("}", () => {
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ":") fail();
        i++;
        value();
      });
    } else if (text[i] === "[") items("]", value);
    else if (text[i] === '"') string();
    else literal();
  };
  try {
    value();
    space();
    return i;
  } catch (at) {
    return at as number;
  }
}

/** A form file's text (UTF-8, a BOM allowed) loaded. */
export function parseFormText(text: string): FormLoad {
  const source = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return { ok: false, issues: [{ kind: "json", ...lineColumn(source, jsonErrorOffset(source)) }] };
  }
  return compileForm(json);
}
