import type { Expr, ExpressionError } from "../../src/core/expression/ast";
import { parseCondition, parseExpression, parseNumberExpression } from "../../src/core/expression/parse";

/** The tree as nested text, every binary node parenthesised: shows precedence and associativity at a glance. */
function shape(e: Expr): string {
  switch (e.kind) {
    case "number":
      return String(e.value);
    case "ref":
      return `${e.prev ? "prev" : ""}[${e.code}]`;
    case "negate":
      return `-${shape(e.operand)}`;
    case "abs":
      return `abs(${shape(e.operand)})`;
    case "not":
      return `not ${shape(e.operand)}`;
    case "if":
      return `if ${shape(e.condition)} then ${shape(e.then)}`;
    case "iff":
      return `(${shape(e.left)} <=> ${shape(e.right)})`;
    case "compare":
    case "arithmetic":
      return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
    case "and":
    case "or":
      return `(${shape(e.left)} ${e.kind} ${shape(e.right)})`;
  }
}

function parsed(text: string): string {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`${text}: ${JSON.stringify(r.error)}`);
  return shape(r.expr);
}

function error(text: string, parse = parseExpression): ExpressionError {
  const r = parse(text);
  if (r.ok) throw new Error(`${text} parsed as ${shape(r.expr)}`);
  return r.error;
}

describe("parseExpression: the built-in form's rules", () => {
  it.each([
    ["[03] = [04] + [05] + [06] + [07] + [08]", "([03] = (((([04] + [05]) + [06]) + [07]) + [08]))"],
    ["[10] <= [09]", "([10] <= [09])"],
    ["if [17] = 1 then [14] = 0 and [16] = 0", "if ([17] = 1) then (([14] = 0) and ([16] = 0))"],
    ["[21] > 0 <=> [22] > 0", "(([21] > 0) <=> ([22] > 0))"],
    ["[28] + [29] + [30] <= [27]", "((([28] + [29]) + [30]) <= [27])"],
    ["if [35] > 0 then [34] > 0", "if ([35] > 0) then ([34] > 0)"],
    ["[01] > 0 and [02] > 0", "(([01] > 0) and ([02] > 0))"],
  ])("%s", (text, tree) => expect(parsed(text)).toBe(tree));
});

describe("parseExpression: precedence and associativity", () => {
  it.each([
    // * / before + -, both left-associative
    ["[01] + [02] * [03]", "([01] + ([02] * [03]))"],
    ["[01] - [02] - [03]", "(([01] - [02]) - [03])"],
    ["[01] / [02] / [03]", "(([01] / [02]) / [03])"],
    ["[01] / [02] * 100", "(([01] / [02]) * 100)"],
    ["([05] + [06]) / [01] * 100", "((([05] + [06]) / [01]) * 100)"],
    // unary minus binds tighter than * and nests
    ["-[01] * 2", "(-[01] * 2)"],
    ["- -[01]", "--[01]"],
    ["[01] - -2", "([01] - -2)"],
    // comparison below arithmetic, not below comparison, and below or, or below <=>, <=> below if
    ["not [01] > 0 and [02] > 0", "(not ([01] > 0) and ([02] > 0))"],
    ["[01] > 0 or [02] > 0 and [03] > 0", "(([01] > 0) or (([02] > 0) and ([03] > 0)))"],
    ["[01] > 0 and [02] > 0 or [03] > 0", "((([01] > 0) and ([02] > 0)) or ([03] > 0))"],
    ["[01] > 0 or [02] > 0 or [03] > 0", "((([01] > 0) or ([02] > 0)) or ([03] > 0))"],
    ["[01] > 0 or [02] > 0 <=> [03] > 0", "((([01] > 0) or ([02] > 0)) <=> ([03] > 0))"],
    ["if [01] > 0 <=> [02] > 0 then [03] > 0 or [04] > 0", "if (([01] > 0) <=> ([02] > 0)) then (([03] > 0) or ([04] > 0))"],
    ["if [01] > 0 then if [02] > 0 then [03] > 0", "if ([01] > 0) then if ([02] > 0) then ([03] > 0)"],
    ["not not [01] = 1", "not not ([01] = 1)"],
    // parentheses override
    ["([01] > 0 or [02] > 0) and [03] > 0", "((([01] > 0) or ([02] > 0)) and ([03] > 0))"],
    ["(if [01] > 0 then [02] > 0) and [03] > 0", "(if ([01] > 0) then ([02] > 0) and ([03] > 0))"],
    // values
    ["abs([08] - ([05] + [06]) / [01] * 100) <= 0.5", "(abs(([08] - ((([05] + [06]) / [01]) * 100))) <= 0.5)"],
    ["[01] <= prev[01] * 2 + 10", "([01] <= ((prev[01] * 2) + 10))"],
    ["prev [01] = [ 01 ]", "(prev[01] = [01])"],
    ["[100] >= 12.5", "([100] >= 12.5)"],
  ])("%s", (text, tree) => expect(parsed(text)).toBe(tree));

  it("reads every comparison, the symbols ≠ ≤ ≥ as <> <= >=", () => {
    const ops = ["=", "<>", "<", "<=", ">", ">=", "≠", "≤", "≥"].map((op) => {
      const r = parseExpression(`[01] ${op} [02]`);
      return r.ok && r.expr.kind === "compare" ? r.expr.op : null;
    });
    expect(ops).toEqual(["=", "<>", "<", "<=", ">", ">=", "<>", "<=", ">="]);
  });

  it("reads the Vietnamese keywords, in any case, as the English ones", () => {
    expect(parsed("nếu [17] = 1 thì [14] = 0 và [16] = 0")).toBe(parsed("if [17] = 1 then [14] = 0 and [16] = 0"));
    expect(parsed("KHÔNG [01] > 0 Hoặc [02] > 0")).toBe(parsed("not [01] > 0 or [02] > 0"));
    expect(parsed("NẾU [01] > 0 THÌ [02] > 0")).toBe(parsed("If [01] > 0 Then [02] > 0"));
    expect(parsed("ABS([01]) < 1 AND [02] = PREV[02]")).toBe("((abs([01]) < 1) and ([02] = prev[02]))");
  });

  it("reads decomposed Vietnamese (NFD) as its NFC form, positions counted on the NFC text", () => {
    const nfd = "nếu [01] > 0 thì [02] > 0".normalize("NFD");
    const r = parseExpression(nfd);
    expect(r.ok && r.expr.kind === "if" && r.expr.then.span).toEqual({ start: 17, end: 25 });
    expect(error("[01] > 0 và % 2".normalize("NFD"))).toEqual({ position: 12, reason: "unexpected-character", found: "%" });
  });
});

describe("parseExpression: spans", () => {
  it("gives every node its offsets in the text, parentheses included", () => {
    const text = "if ([05] + [06]) * 2 <= prev[01] then not [03] = 0";
    const r = parseExpression(text);
    if (!r.ok || r.expr.kind !== "if") throw new Error("no if");
    const { condition, then } = r.expr;
    expect(r.expr.span).toEqual({ start: 0, end: text.length });
    if (condition.kind !== "compare" || then.kind !== "not") throw new Error("shape");
    const at = (e: Expr) => text.slice(e.span.start, e.span.end);
    expect(at(condition)).toBe("([05] + [06]) * 2 <= prev[01]");
    expect(at(condition.left)).toBe("([05] + [06]) * 2");
    expect(at(condition.right)).toBe("prev[01]");
    expect(at(then)).toBe("not [03] = 0");
    expect(at(then.operand)).toBe("[03] = 0");
  });

  it("spans abs( … ) and a ref with spaces inside its brackets whole", () => {
    const text = "abs( [ 12 ] ) > 1";
    const r = parseExpression(text);
    if (!r.ok || r.expr.kind !== "compare" || r.expr.left.kind !== "abs") throw new Error("shape");
    expect(r.expr.left.span).toEqual({ start: 0, end: 13 });
    expect(r.expr.left.operand).toEqual({ kind: "ref", code: "12", prev: false, span: { start: 5, end: 11 } });
  });
});

describe("parseExpression: errors, with the position of what is wrong", () => {
  it.each<[string, ExpressionError]>([
    ["[01] > 0 $ 1", { position: 9, reason: "unexpected-character", found: "$" }],
    ["[01] == [02]", { position: 6, reason: "expected-value", found: "=" }],
    ["[01] > 0 [02]", { position: 9, reason: "unexpected-token", found: "[02]" }],
    ["[01] > 0)", { position: 8, reason: "unexpected-token", found: ")" }],
    ["[01] x 2", { position: 5, reason: "unexpected-token", found: "x" }],
    ["[01] <", { position: 6, reason: "unexpected-end", found: "" }],
    ["", { position: 0, reason: "unexpected-end", found: "" }],
    ["[01] + ", { position: 7, reason: "unexpected-end", found: "" }],
    ["([01] + 2 > 0", { position: 0, reason: "missing-close-paren", found: "(" }],
    ["[01] > abs([02] + 1", { position: 10, reason: "missing-close-paren", found: "(" }],
    ["([01] + 2 3)", { position: 10, reason: "unexpected-token", found: "3" }],
    ["[01] + [02", { position: 7, reason: "missing-close-bracket", found: "[02" }],
    ["[03 + [04] > 0", { position: 0, reason: "missing-close-bracket", found: "[03" }],
    ["[01] > [", { position: 7, reason: "missing-close-bracket", found: "[" }],
    ["[1] > 0", { position: 0, reason: "bad-code", found: "1" }],
    ["[0345] > 0", { position: 0, reason: "bad-code", found: "0345" }],
    ["[01] > [ab]", { position: 7, reason: "bad-code", found: "ab" }],
    ["[] > 0", { position: 0, reason: "bad-code", found: "" }],
    ["[03.5] > 0", { position: 0, reason: "bad-code", found: "03.5" }],
    ["[01] > 12,5", { position: 7, reason: "bad-number", found: "12,5" }],
    ["[01] > 1.000.000", { position: 7, reason: "bad-number", found: "1.000.000" }],
    ["[01] > 12.", { position: 7, reason: "bad-number", found: "12." }],
    // One thousand as a Vietnamese clerk writes it would be read as 1.
    ["[13] <= [12] * 1.000", { position: 15, reason: "ambiguous-number", found: "1.000" }],
    ["[01] > 12.500", { position: 7, reason: "ambiguous-number", found: "12.500" }],
    ["[01] > .5", { position: 7, reason: "bad-number", found: ".5" }],
    ["[01] > tổng", { position: 7, reason: "expected-value", found: "tổng" }],
    ["[01] > )", { position: 7, reason: "expected-value", found: ")" }],
    ["[01] + and", { position: 7, reason: "expected-value", found: "and" }],
    ["if [01] > 0 [02] > 0", { position: 12, reason: "missing-then", found: "[02]" }],
    ["nếu [01] > 0", { position: 12, reason: "missing-then", found: "" }],
    ["prev 01 > 0", { position: 5, reason: "unexpected-token", found: "01" }],
    ["abs [01] > 0", { position: 4, reason: "unexpected-token", found: "[01]" }],
    // comparisons and <=> do not chain
    ["[01] < [02] < [03]", { position: 12, reason: "unexpected-token", found: "<" }],
    ["[01] = [02] ≠ [03]", { position: 12, reason: "unexpected-token", found: "≠" }],
    ["[01] > 0 <=> [02] > 0 <=> [03] > 0", { position: 22, reason: "unexpected-token", found: "<=>" }],
  ])("%s", (text, expected) => expect(error(text)).toEqual(expected));

  it("reports the first error from the left", () => {
    expect(error("[01] + $ [1]")).toEqual({ position: 7, reason: "unexpected-character", found: "$" });
    expect(error("[01] + ) [1]")).toEqual({ position: 7, reason: "expected-value", found: ")" });
  });
});

describe("parseExpression: types", () => {
  it.each<[string, ExpressionError]>([
    // logic needs conditions
    ["[01] and [02] > 0", { position: 0, reason: "expected-comparison", found: "[01]" }],
    ["[01] > 0 or [02]", { position: 12, reason: "expected-comparison", found: "[02]" }],
    ["not [01]", { position: 4, reason: "expected-comparison", found: "[01]" }],
    ["if [17] then [14] = 0", { position: 3, reason: "expected-comparison", found: "[17]" }],
    ["if [17] = 1 then [14]", { position: 17, reason: "expected-comparison", found: "[14]" }],
    ["[21] <=> [22] > 0", { position: 0, reason: "expected-comparison", found: "[21]" }],
    ["[21] > 0 <=> ([22] + 1)", { position: 13, reason: "expected-comparison", found: "([22] + 1)" }],
    // comparison and arithmetic need numbers
    ["([01] > 0) > 1", { position: 0, reason: "expected-number-expression", found: "([01] > 0)" }],
    ["[01] = ([02] > 0)", { position: 7, reason: "expected-number-expression", found: "([02] > 0)" }],
    ["([01] > 0) + 1 > 0", { position: 0, reason: "expected-number-expression", found: "([01] > 0)" }],
    ["[01] * ([02] = 1) > 0", { position: 7, reason: "expected-number-expression", found: "([02] = 1)" }],
    ["-([01] > 0)", { position: 1, reason: "expected-number-expression", found: "([01] > 0)" }],
    ["abs([01] > 0) > 1", { position: 4, reason: "expected-number-expression", found: "[01] > 0" }],
  ])("%s", (text, expected) => expect(error(text)).toEqual(expected));

  it("a rule's check must be a condition", () => {
    expect(error("[01] + [02]", parseCondition)).toEqual({ position: 0, reason: "expected-comparison", found: "[01] + [02]" });
    expect(parseCondition("[01] > 0").ok).toBe(true);
  });

  it("an indicator's total must be a number", () => {
    expect(error("[03] / [02] * 100 > 0", parseNumberExpression)).toEqual({
      position: 0,
      reason: "expected-number-expression",
      found: "[03] / [02] * 100 > 0",
    });
    expect(parseNumberExpression("[03] / [02] * 100").ok).toBe(true);
  });

  it("parseCondition and parseNumberExpression report syntax errors as parseExpression does", () => {
    expect(error("[01] >", parseCondition)).toEqual(error("[01] >"));
    expect(error("[01] +", parseNumberExpression)).toEqual(error("[01] +"));
  });
});
