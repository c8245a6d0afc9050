/**
 * The rule and total expressions of a form file (docs/form-format.md): a tokenizer and a recursive-descent
 * parser that type-checks as it goes (logic over conditions, comparison and arithmetic over numbers).
 *
 * The text is NFC-normalised first and every offset (spans, error positions) is into the NFC text. The
 * form loader stores its texts NFC-normalised, so the offsets hold on the text a rule carries.
 *
 * Precedence, lowest first: `if A then B` (B runs to the end) · `<=>` · `or` · `and` · `not` ·
 * comparison · `+ -` · `* /` · unary `-` · value. Comparisons do not chain (`a < b < c` is refused), nor
 * does `<=>`: `A <=> B <=> C` would read as "all or none" but means something else.
 */
import type { ArithmeticOp, CompareOp, Expr, ExpressionError, ParseResult, Span } from "./ast";

type Word = "and" | "or" | "not" | "if" | "then" | "abs" | "prev";

const WORDS: Record<string, Word> = {
  and: "and",
  và: "and",
  or: "or",
  hoặc: "or",
  not: "not",
  không: "not",
  if: "if",
  nếu: "if",
  then: "then",
  thì: "then",
  abs: "abs",
  prev: "prev",
};

type Token =
  | { type: "number"; value: number; start: number; end: number }
  | { type: "ref"; code: string; start: number; end: number }
  /** `word` is null for a word that is no keyword. */
  | { type: "word"; word: Word | null; start: number; end: number }
  | { type: "op"; op: string; start: number; end: number }
  | { type: "end"; start: number; end: number }
  /** The tokenizer stops at the first text it cannot read; the parser raises it when it gets there. */
  | { type: "error"; error: ExpressionError; start: number; end: number };

const OPS: [string, string][] = [
  ["<=>", "<=>"],
  ["<=", "<="],
  ["<>", "<>"],
  [">=", ">="],
  ["<", "<"],
  [">", ">"],
  ["=", "="],
  ["≤", "<="],
  ["≥", ">="],
  ["≠", "<>"],
  ["+", "+"],
  ["-", "-"],
  ["*", "*"],
  ["/", "/"],
  ["(", "("],
  [")", ")"],
];

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (reason: ExpressionError["reason"], position: number, found: string) => {
    tokens.push({ type: "error", error: { position, reason, found }, start: position, end: position });
  };
  while (true) {
    while (isSpace(text[i])) i++;
    if (i >= text.length) {
      tokens.push({ type: "end", start: i, end: i });
      return tokens;
    }
    const start = i;
    const c = text[i];
    if (c === "[") {
      let j = i + 1;
      while (isSpace(text[j])) j++;
      const digitsStart = j;
      while (isDigit(text[j])) j++;
      const digits = text.slice(digitsStart, j);
      while (isSpace(text[j])) j++;
      if (text[j] === "]" && digits.length >= 2 && digits.length <= 3) {
        tokens.push({ type: "ref", code: digits, start, end: j + 1 });
        i = j + 1;
        continue;
      }
      // Digits, then what cannot be part of a code ("[03 + [04]", "[03" at the end): the bracket is unclosed.
      if (j >= text.length || (digits.length > 0 && /[+\-*/()<>=≤≥≠[]/.test(text[j]))) {
        fail("missing-close-bracket", start, text.slice(start, digitsStart + digits.length));
        return tokens;
      }
      const close = text.indexOf("]", j);
      const nextOpen = text.indexOf("[", j);
      const stop = close >= 0 && (nextOpen < 0 || close < nextOpen) ? close : text.slice(j).search(/\s|$/) + j;
      fail("bad-code", start, text.slice(digitsStart, stop).trim());
      return tokens;
    }
    if (isDigit(c) || (c === "." && isDigit(text[i + 1]))) {
      let j = i;
      while (isDigit(text[j]) || ((text[j] === "." || text[j] === ",") && isDigit(text[j + 1]))) j++;
      if (text[j] === "." || text[j] === ",") j++;
      const written = text.slice(i, j);
      if (!/^[0-9]+(\.[0-9]+)?$/.test(written)) {
        fail("bad-number", start, written);
        return tokens;
      }
      if (/^[1-9][0-9]{0,2}\.[0-9]{3}$/.test(written)) {
        fail("ambiguous-number", start, written);
        return tokens;
      }
      tokens.push({ type: "number", value: Number(written), start, end: j });
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (isLetter(text[j])) j++;
      const written = text.slice(i, j);
      tokens.push({ type: "word", word: WORDS[written.toLowerCase()] ?? null, start, end: j });
      i = j;
      continue;
    }
    const op = OPS.find(([written]) => text.startsWith(written, i));
    if (!op) {
      fail("unexpected-character", start, String.fromCodePoint(text.codePointAt(i)!));
      return tokens;
    }
    tokens.push({ type: "op", op: op[1], start, end: i + op[0].length });
    i += op[0].length;
  }
}

class Failure extends Error {
  constructor(readonly error: ExpressionError) {
    super(error.reason);
  }
}

type Type = "number" | "condition";

function typeOf(expr: Expr): Type {
  switch (expr.kind) {
    case "number":
    case "ref":
    case "negate":
    case "arithmetic":
    case "abs":
      return "number";
    default:
      return "condition";
  }
}

const COMPARE: Set<string> = new Set(["=", "<>", "<", "<=", ">", ">="]);

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
  ) {}

  private peek(): Token {
    const t = this.tokens[this.at];
    if (t.type === "error") throw new Failure(t.error);
    return t;
  }

  private next(): Token {
    const t = this.peek();
    if (t.type !== "end") this.at++;
    return t;
  }

  private isOp(op: string): boolean {
    const t = this.peek();
    return t.type === "op" && t.op === op;
  }

  private isWord(word: Word): boolean {
    const t = this.peek();
    return t.type === "word" && t.word === word;
  }

  private written(t: { start: number; end: number }): string {
    return this.text.slice(t.start, t.end);
  }

  private fail(reason: ExpressionError["reason"], t: Token): never {
    throw new Failure({ position: t.start, reason, found: this.written(t) });
  }

  /** A token where a value was due: the end, or what stands there instead. */
  private noValue(t: Token): never {
    this.fail(t.type === "end" ? "unexpected-end" : "expected-value", t);
  }

  private need(expr: Expr, type: Type): Expr {
    if (typeOf(expr) === type) return expr;
    throw new Failure({
      position: expr.span.start,
      reason: type === "condition" ? "expected-comparison" : "expected-number-expression",
      found: this.written(expr.span),
    });
  }

  whole(): Expr {
    const expr = this.expression();
    const rest = this.peek();
    if (rest.type !== "end") this.fail("unexpected-token", rest);
    return expr;
  }

  private expression(): Expr {
    if (!this.isWord("if")) return this.iff();
    const start = this.next().start;
    const condition = this.need(this.iff(), "condition");
    if (!this.isWord("then")) this.fail("missing-then", this.peek());
    this.next();
    const then = this.need(this.expression(), "condition");
    return { kind: "if", condition, then, span: { start, end: then.span.end } };
  }

  private iff(): Expr {
    const left = this.or();
    if (!this.isOp("<=>")) return left;
    this.need(left, "condition");
    this.next();
    const right = this.need(this.or(), "condition");
    if (this.isOp("<=>")) this.fail("unexpected-token", this.peek());
    return { kind: "iff", left, right, span: join(left.span, right.span) };
  }

  private or(): Expr {
    let left = this.and();
    while (this.isWord("or")) {
      this.need(left, "condition");
      this.next();
      const right = this.need(this.and(), "condition");
      left = { kind: "or", left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isWord("and")) {
      this.need(left, "condition");
      this.next();
      const right = this.need(this.not(), "condition");
      left = { kind: "and", left, right, span: join(left.span, right.span) };
    }
    return left;
  }

  private not(): Expr {
    if (!this.isWord("not")) return this.comparison();
    const start = this.next().start;
    const operand = this.need(this.not(), "condition");
    return { kind: "not", operand, span: { start, end: operand.span.end } };
  }

  private comparison(): Expr {
    const left = this.additive();
    const t = this.peek();
    if (t.type !== "op" || !COMPARE.has(t.op)) return left;
    this.need(left, "number");
    this.next();
    const right = this.need(this.additive(), "number");
    const after = this.peek();
    if (after.type === "op" && COMPARE.has(after.op)) this.fail("unexpected-token", after);
    return { kind: "compare", op: t.op as CompareOp, left, right, span: join(left.span, right.span) };
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isOp("+") || this.isOp("-")) {
      left = this.arithmetic(left, () => this.multiplicative());
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isOp("*") || this.isOp("/")) {
      left = this.arithmetic(left, () => this.unary());
    }
    return left;
  }

  private arithmetic(left: Expr, operand: () => Expr): Expr {
    this.need(left, "number");
    const op = (this.next() as { op: ArithmeticOp }).op;
    const right = this.need(operand(), "number");
    return { kind: "arithmetic", op, left, right, span: join(left.span, right.span) };
  }

  private unary(): Expr {
    if (!this.isOp("-")) return this.primary();
    const start = this.next().start;
    const operand = this.need(this.unary(), "number");
    return { kind: "negate", operand, span: { start, end: operand.span.end } };
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.type) {
      case "number":
        return { kind: "number", value: t.value, span: { start: t.start, end: t.end } };
      case "ref":
        return { kind: "ref", code: t.code, prev: false, span: { start: t.start, end: t.end } };
      case "op":
        if (t.op === "(") {
          const inner = this.expression();
          this.close(t);
          // The node covers its parentheses, so spans of what contains it stay contiguous.
          return { ...inner, span: { start: t.start, end: this.tokens[this.at - 1].end } };
        }
        return this.noValue(t);
      case "word":
        if (t.word === "prev") {
          const ref = this.next();
          if (ref.type !== "ref") this.fail(ref.type === "end" ? "unexpected-end" : "unexpected-token", ref);
          return { kind: "ref", code: ref.code, prev: true, span: { start: t.start, end: ref.end } };
        }
        if (t.word === "abs") {
          const open = this.next();
          if (open.type !== "op" || open.op !== "(") this.fail(open.type === "end" ? "unexpected-end" : "unexpected-token", open);
          const operand = this.need(this.expression(), "number");
          this.close(open);
          return { kind: "abs", operand, span: { start: t.start, end: this.tokens[this.at - 1].end } };
        }
        return this.noValue(t);
      default:
        return this.noValue(t);
    }
  }

  private close(open: Token): void {
    const t = this.peek();
    if (t.type === "op" && t.op === ")") {
      this.next();
      return;
    }
    if (t.type === "end") this.fail("missing-close-paren", open);
    this.fail("unexpected-token", t);
  }
}

function join(a: Span, b: Span): Span {
  return { start: a.start, end: b.end };
}

/** Any expression, a condition or a number. */
export function parseExpression(text: string): ParseResult {
  const nfc = text.normalize("NFC");
  try {
    return { ok: true, expr: new Parser(nfc, tokenize(nfc)).whole() };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}

function parseAs(text: string, type: Type): ParseResult {
  const parsed = parseExpression(text);
  if (!parsed.ok || typeOf(parsed.expr) === type) return parsed;
  const { span } = parsed.expr;
  return {
    ok: false,
    error: {
      position: span.start,
      reason: type === "condition" ? "expected-comparison" : "expected-number-expression",
      found: text.normalize("NFC").slice(span.start, span.end),
    },
  };
}

/** A rule's check: must be a condition. */
export function parseCondition(text: string): ParseResult {
  return parseAs(text, "condition");
}

/** An indicator's `total`: must be a number. */
export function parseNumberExpression(text: string): ParseResult {
  return parseAs(text, "number");
}
