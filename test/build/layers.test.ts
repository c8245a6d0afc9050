/** The layers of docs/architecture.md hold by lint: a forbidden import fails `npm run lint`, and the tree has none. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const LAYER_MESSAGE = "This layer may not import that one";

type Case = { path: string; code: string };

/**
 * ESLint's Node API in a child process (it loads eslint.config.mjs with import(), which Jest's module
 * sandbox refuses): the rule ids of the layer messages for each case, then every layer message in src.
 */
function lint(cases: Case[]): { cases: string[][]; tree: string[] } {
  const script = `
const { ESLint } = require("eslint");
const cases = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: process.cwd() });
const layer = (m) => m.message.includes(${JSON.stringify(LAYER_MESSAGE)});
(async () => {
  const out = { cases: [], tree: [] };
  for (const c of cases) {
    const [result] = await eslint.lintText(c.code, { filePath: c.path });
    out.cases.push(result.messages.filter(layer).map((m) => m.ruleId));
  }
  for (const r of await eslint.lintFiles(["src"])) {
    for (const m of r.messages.filter(layer)) out.tree.push(r.filePath.slice(process.cwd().length + 1) + ":" + m.line + " " + m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();`;
  const child = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, input: JSON.stringify(cases), encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

const CASES: (Case & { title: string; rule: string | null })[] = [
  {
    title: "an adapter importing the pane",
    path: "src/hosts/excel/new-adapter.ts",
    code: 'import { App } from "../../taskpane/App";\nexport const pane = App;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the CLI importing an adapter",
    path: "src/cli/new-command.ts",
    code: 'import { filePorts } from "../hosts/files";\nexport const ports = filePorts;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the engine importing the application",
    path: "src/core/new-stage.ts",
    code: 'import { problem } from "../app/problems";\nexport const refuse = problem;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the application importing an adapter",
    path: "src/app/use-cases/new-use-case.ts",
    code: 'import { filePorts } from "../../hosts/files";\nexport const ports = filePorts;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the pane loading an adapter with import()",
    path: "src/taskpane/new-loader.ts",
    code: 'export const load = () => import("../hosts/files");\n',
    rule: "no-restricted-syntax",
  },
  {
    title: "the engine loading a file library with import()",
    path: "src/core/new-reader.ts",
    code: 'export const load = () => import("exceljs");\n',
    rule: "no-restricted-syntax",
  },
  {
    title: "the engine importing a Node built-in without its node: prefix",
    path: "src/core/new-hash.ts",
    code: 'import { createHash } from "crypto";\nexport const hash = createHash;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the CLI importing the pipeline itself, spelt with .js",
    path: "src/cli/new-check.ts",
    code: 'import { validateWorkbooks } from "../core/validate.js";\nexport const check = validateWorkbooks;\n',
    rule: "no-restricted-imports",
  },
  {
    title: "the CLI loading the pipeline itself with import()",
    path: "src/cli/new-lazy.ts",
    code: 'export const load = () => import("../core/validate");\n',
    rule: "no-restricted-syntax",
  },
  {
    title: "a computed import() anywhere in src",
    path: "src/taskpane/new-any.ts",
    code: 'export const load = (n: string) => import(`../hosts/${n}`);\n',
    rule: "no-restricted-syntax",
  },
  {
    title: "the pane's composition root loading the adapters (allowed)",
    path: "src/taskpane/index.tsx",
    code: 'import { createBrowserHost } from "../hosts/browser/browser-host";\nexport const host = createBrowserHost;\nexport const load = () => import("../hosts/files");\n',
    rule: null,
  },
];

let linted: { cases: string[][]; tree: string[] };
beforeAll(() => {
  linted = lint(CASES.map(({ path, code }) => ({ path: join(ROOT, path), code })));
}, 180_000);

test.each(CASES.map((c, i) => [c.title, c.rule, i] as const))("%s is linted as the layers say", (_, rule, i) => {
  expect(linted.cases[i]).toEqual(rule === null ? [] : [rule]);
});

test("src has no import across the layers", () => {
  expect(linted.tree).toEqual([]);
});
