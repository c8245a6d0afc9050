import { z } from "zod";

/** Two-digit indicator code ("Mã số"), e.g. "01". */
export const indicatorCode = z.string().regex(/^\d{2}$/, "mã số phải có 2 chữ số");

export const indicatorSchema = z.object({
  code: indicatorCode,
  section: z.string().min(1),
  name: z.string().min(1),
  unit: z.string(),
  kind: z.enum(["integer", "decimal", "flag"]),
  decimals: z.number().int().min(0).max(6).default(0),
  scope: z.enum(["wards-only", "all-units"]),
  aggregate: z.enum(["sum", "count"]),
});

export const comparisonOp = z.enum(["=", "<=", ">=", "<", ">"]);

/** `left op right`: each side is a sum of indicator codes, or the right side a constant. */
export const comparisonSchema = z.object({
  left: z.array(indicatorCode).min(1),
  op: comparisonOp,
  right: z.union([z.array(indicatorCode).min(1), z.number()]),
});

export const checkSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("compare"), comparison: comparisonSchema }),
  z.object({ kind: z.literal("all"), of: z.array(comparisonSchema).min(1) }),
  z.object({ kind: z.literal("implies"), if: comparisonSchema, then: z.array(comparisonSchema).min(1) }),
  z.object({ kind: z.literal("pair"), a: comparisonSchema, b: comparisonSchema }),
]);

export const ruleScope = z.enum(["ward", "unit", "city"]);

export const ruleSchema = z.object({
  id: z.string().regex(/^R\d{2}$/),
  description: z.string().min(1),
  check: checkSchema,
  severity: z.enum(["error", "warning", "info"]),
  appliesTo: z.array(ruleScope).min(1),
});

export const formSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    indicators: z.array(indicatorSchema).min(1),
    rules: z.array(ruleSchema),
  })
  .superRefine((form, ctx) => {
    const codes = new Set<string>();
    for (const ind of form.indicators) {
      if (codes.has(ind.code)) ctx.addIssue({ code: "custom", message: `duplicate indicator ${ind.code}` });
      codes.add(ind.code);
    }
    const ids = new Set<string>();
    for (const rule of form.rules) {
      if (ids.has(rule.id)) ctx.addIssue({ code: "custom", message: `duplicate rule ${rule.id}` });
      ids.add(rule.id);
      for (const code of codesOfCheck(rule.check)) {
        if (!codes.has(code)) ctx.addIssue({ code: "custom", message: `${rule.id} refers to unknown code ${code}` });
      }
    }
  });

export type IndicatorDef = z.infer<typeof indicatorSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
export type ComparisonOp = z.infer<typeof comparisonOp>;
export type Check = z.infer<typeof checkSchema>;
export type RuleScope = z.infer<typeof ruleScope>;
export type RuleDef = z.infer<typeof ruleSchema>;
export type FormDef = z.infer<typeof formSchema>;
export type FormInput = z.input<typeof formSchema>;

export function comparisonsOfCheck(check: Check): Comparison[] {
  switch (check.kind) {
    case "compare":
      return [check.comparison];
    case "all":
      return check.of;
    case "implies":
      return [check.if, ...check.then];
    case "pair":
      return [check.a, check.b];
  }
}

export function codesOfCheck(check: Check): string[] {
  const out: string[] = [];
  for (const c of comparisonsOfCheck(check)) {
    out.push(...c.left);
    if (Array.isArray(c.right)) out.push(...c.right);
  }
  return out;
}

/** Parses and checks a form definition; throws a readable error when it is inconsistent. */
export function defineForm(input: FormInput): FormDef {
  return formSchema.parse(input);
}
