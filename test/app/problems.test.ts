/** Issue 12: every user-facing refusal comes from the one catalogue of operational problems. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { Problem, problem, ProblemCode, problems, ProblemParams } from "../../src/app/problems";

const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

const access = (action: "read" | "write") => ({ path: "D:\\Báo cáo\\a.xlsx", action, app: "Word" });
const fs = [access("read"), access("write")];

/** Parameters for every code (the type makes a missing code a compile error). */
const SAMPLES: { [C in ProblemCode]: ProblemParams<C>[] } = {
  "workbook.no-files": [{}],
  "workbook.no-appendix": [{ files: ["a.xlsx", "b.xlsx"], unread: ['Trang "X" thiếu dòng tiêu đề.'] }, { files: [], unread: [] }],
  "import.no-appendix": [{ file: "a.xlsx" }],
  "open.no-appendix": [{ file: "a.xlsx" }],
  "import.no-unit-name": [{ file: "a.xlsx", sheet: "Phụ lục" }],
  "import.already-present": [{ file: "a.xlsx", unit: "P. Hiệp Thành", sheet: "P. Hiệp Thành" }],
  "file.not-xlsx": [{ file: "a.xlsx" }],
  "file.xls": [{ file: "a.xls" }],
  "file.password": [{ file: "a.xlsx" }],
  "file.other-document": (["docx", "pptx", "ods", "odf", "xlsb", "zip"] as const).map((format) => ({ file: "a.xlsx", format })),
  "file.corrupt": [{ file: "a.xlsx" }],
  "file.no-workbook-part": [{ file: "a.xlsx" }],
  "file.missing-part": (["relationships", "shared-strings", "styles"] as const).map((role) => ({ file: "a.xlsx", part: "xl/styles.xml", role })),
  "file.missing-sheet": [{ file: "a.xlsx", sheet: "P. Hiệp Thành", part: "xl/worksheets/sheet2.xml" }],
  "file.unreadable-sheet": [{ file: "a.xlsx", sheet: "P. Hiệp Thành" }],
  "file.part-too-large": [
    { file: "a.xlsx", sheet: "P. Hiệp Thành", part: "xl/worksheets/sheet2.xml", bytes: 600 * 2 ** 20, limit: 256 * 2 ** 20 },
    { file: "a.xlsx", sheet: null, part: "xl/sharedStrings.xml", bytes: 600 * 2 ** 20, limit: 256 * 2 ** 20 },
  ],
  "file.total-too-large": [{ file: "a.xlsx", bytes: 2 ** 31, limit: 2 ** 30 }],
  "file.too-many-cells": [{ file: "a.xlsx", sheet: "P. Hiệp Thành", cells: 12_000_000, limit: 10_000_000 }],
  "fs.not-found": fs,
  "fs.is-folder": fs,
  "fs.not-folder": fs,
  "fs.name-taken": fs,
  "fs.no-permission": fs,
  "fs.busy": fs,
  "fs.held": fs,
  "fs.disk-full": fs,
  "fs.quota": fs,
  "fs.file-too-big": fs,
  "fs.read-only": fs,
  "fs.path-too-long": fs,
  "fs.too-many-open": fs,
  "fs.link-loop": fs,
  "fs.invalid-path": fs,
  "fs.disk-error": fs,
  "fs.network-lost": fs,
  "fs.over-two-gigabytes": fs,
  "fs.unknown": fs,
  "cli.missing-path": [{ option: "--out" }],
  "cli.unknown-option": [{ option: "--fix" }],
  "cli.unknown-command": [{ name: "tong" }],
  "cli.no-inputs": [{}],
  "cli.no-unit-list": [{ path: "danh-sach.xlsx", sheet: "Thông tin báo cáo" }],
  "cli.out-missing": [{ kind: "totals" }, { kind: "report" }, { kind: "template" }, { kind: "templates" }],
  "cli.out-extension": [{ kind: "totals", out: "a.txt" }, { kind: "report", out: "a.txt" }, { kind: "template", out: "a.txt" }],
  "cli.out-is-folder": [{ out: "out" }],
  "cli.out-is-input": [{ out: "a.xlsx", input: "./a.xlsx" }],
  "cli.missing-value": [{ option: "--period" }],
  "form.unknown": [{ form: "phu-luc-x", known: ["phu-luc-pcmd"] }],
  "form.invalid": [
    { file: "a.form.json", issues: [{ kind: "json", line: 3, column: 7 }] },
    {
      file: "b.form.json",
      issues: [
        { kind: "required", field: "subject" },
        { kind: "unknown-field", field: "indicators[0].totals", code: "01" },
        { kind: "type", field: "", expected: "object" },
        { kind: "enum", field: "indicators[3].type", allowed: ["integer", "decimal", "flag", "percent"], found: "number", code: "04" },
        { kind: "empty", field: "title" },
        { kind: "pattern", field: "id", pattern: "id", found: "Phụ lục" },
        { kind: "range", field: "indicators[1].decimals", min: 1, max: 4, found: 6, code: "02" },
        { kind: "duplicate", field: "indicators[2].code", found: "02" },
        { kind: "duplicate", field: "rules[1].id", found: "R01" },
        { kind: "decimals-needed", field: "indicators[1].decimals", code: "02" },
        { kind: "decimals-not-allowed", field: "indicators[0].decimals", code: "01" },
        { kind: "percent-total", field: "indicators[7].total", code: "08" },
        { kind: "count-not-flag", field: "indicators[0].total", code: "01" },
        { kind: "unknown-parent", field: "indicators[1].parent", code: "02", parent: "09" },
        { kind: "unknown-parent", field: "indicators[1].parent", code: "02", parent: "02" },
        { kind: "syntax", field: "rules[1].check", rule: "R02", text: "if [04] = 1 then ([01] = 0", error: { position: 26, reason: "missing-close-paren", found: "" } },
        { kind: "syntax", field: "indicators[7].total", code: "08", text: "[05] +", error: { position: 6, reason: "expected-value", found: "" } },
        { kind: "unknown-code", field: "rules[0].check", rule: "R01", text: "[02] <= [99]", position: 8, found: "99" },
        { kind: "prev-in-total", field: "indicators[7].total", code: "08", text: "prev[05] / [01]", position: 0 },
        { kind: "total-cycle", field: "indicators", codes: ["08", "09", "08"] },
      ],
    },
  ],
  "cli.form-same-id": [{ id: "phu-luc-ma-tuy", files: ["a.form.json", "b.form.json"] }],
  "cli.template-one-form": [{}],
  "cli.template-unit-missing": [{}],
  "cli.template-unit-and-units": [{}],
  "cli.template-period-missing": [{}],
  "cli.template-no-units": [{ path: "danh-sach.xlsx" }],
  "cli.out-not-folder": [{ out: "mau.xlsx" }],
  "excel.api-missing": [{}],
  "excel.unsupported": [{ feature: "import-sheets", version: "1.13" }],
  "excel.protected": [{}],
  "excel.cell-edit": [{}],
  "excel.too-large": [{}],
  "excel.not-found": [{}],
  "excel.name-taken": [{}],
  "excel.failed": [{ detail: "GeneralException" }, { detail: "" }],
  "excel.download-blocked": [{}],
  "template.download-blocked": [{}],
  "template.no-units": [{}],
  "template.no-period": [{}],
  "word.api-missing": [{}],
  "word.protected": [{}],
  "word.too-large": [{}],
  "word.rejected": [{}],
  "word.failed": [{ detail: "GeneralException" }, { detail: "" }],
  "word.not-empty": [{}],
  "report.unreadable-totals": [{ reason: '"a.xlsx" không phải là file Excel .xlsx.' }],
};

describe("the problem catalogue", () => {
  const codes = Object.keys(problems) as ProblemCode[];

  test.each(codes)("%s: a stable code, a Vietnamese title and what to do", (code) => {
    expect(code).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
    const { title } = problems[code];
    expect(title.trim()).not.toBe("");
    expect(title).toMatch(VIETNAMESE);
    expect(title.normalize("NFC")).toBe(title);
    expect(SAMPLES[code].length).toBeGreaterThan(0);
    for (const params of SAMPLES[code]) {
      const p = (problem as (c: ProblemCode, params: unknown, hostCode?: string) => Problem)(code, params, "HOST");
      expect(p).toBeInstanceOf(Problem);
      expect([p.code, p.title, p.hostCode]).toEqual([code, title, "HOST"]);
      expect(p.message.trim()).not.toBe("");
      expect(p.message).toMatch(VIETNAMESE);
      expect(p.message.normalize("NFC")).toBe(p.message);
      expect(p.message).not.toMatch(/undefined|null|\[object/);
    }
  });
});

/** `new XError(…)`, `new Problem(…)`, `new UsageError(…)` given Vietnamese text of its own, in a module's source. */
function builtMessages(source: string, fileName = "module.ts"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const hasVietnameseText = (node: ts.Node): boolean =>
    ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      && VIETNAMESE.test(node.text))
    || (ts.forEachChild(node, (child) => hasVietnameseText(child) || undefined) ?? false);
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /Error$|^Problem$/.test(node.expression.text)) {
      if ((node.arguments ?? []).some(hasVietnameseText)) found.push(`${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const ROOT = join(__dirname, "../..");
/**
 * Where Vietnamese messages are built on purpose: the two catalogues, the report and the generated sheets. The
 * pane's labels are JSX and constants, never an error's argument, so the pane is scanned too.
 */
const ALLOWED = [/^src\/app\/problems\.ts$/, /^src\/core\/findings\.ts$/, /^src\/core\/report\//, /^src\/core\/workbook-plan\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []);
}

describe("no other module builds such messages", () => {
  test("the scan finds a refusal worded in place (as the code before the catalogue had them)", () => {
    expect(builtMessages('throw new UsageError(`Thiếu đường dẫn file sau ${option}.`);')).toHaveLength(1);
    expect(builtMessages('throw new UnreadableWorkbookError(file, `"${file}" không phải là file Excel .xlsx.`);')).toHaveLength(1);
    expect(builtMessages('export const NO_FILES = new HostError("Chưa mở file nào", "Bấm Mở file Excel…");')).toHaveLength(1);
    expect(builtMessages('throw new UsageError([`Không tìm thấy trang phụ lục nào trong ${f}.`, ...rest].join("\\n"));')).toHaveLength(1);
    expect(builtMessages('throw new Problem("x.y", "Tiêu đề", m);')).toHaveLength(1);
    expect(builtMessages('throw new UsageError(problem("cli.missing-path", { option }));')).toEqual([]);
    expect(builtMessages("throw new Error(`unknown sheet ${name}`);")).toEqual([]);
  });

  test("every module outside the catalogues takes its refusals from the problem catalogue", () => {
    const offenders = sources(join(ROOT, "src"))
      .map((path) => relative(ROOT, path).split("\\").join("/"))
      .filter((path) => !ALLOWED.some((allowed) => allowed.test(path)))
      .flatMap((path) => builtMessages(readFileSync(join(ROOT, path), "utf8"), path));
    expect(offenders).toEqual([]);
  });
});
