import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { builtinModules } from "node:module";

/**
 * The layers (docs/architecture.md): core → nothing; forms → core; app → core, forms; hosts → app, core;
 * taskpane → app, core (its index.tsx the only composition root); cli → app. A layer importing one it may
 * not — statically or with import() — fails `npm run lint`.
 */
const LIBRARIES = ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "jszip", "node:*", "office-*"];
const LIBRARY_SOURCE = "^(react|react-dom|@fluentui\\/|exceljs|docx|jszip|node:|office-)";
const MESSAGE = "This layer may not import that one (docs/architecture.md, Layers).";
/** The registry `src/app/forms.ts` is the application layer, not the `src/forms` layer it shares a name with. */
const NOT_LAYER = { forms: "app" };
const layer = (name) => [`**/${name}`, `**/${name}/**`, `**/${name}.*`, ...(NOT_LAYER[name] ? [`!**/${NOT_LAYER[name]}/${name}`, `!**/${NOT_LAYER[name]}/${name}.*`] : [])];

/** `forbidden`: layers (folders under src, or "core/validate"); `pure`: no library, Node built-in or Office either. */
function rule(files, forbidden, pure = false, ignores = []) {
  const escaped = forbidden.map((f) => (NOT_LAYER[f] ? `(?<!${NOT_LAYER[f]}\\/)` : "") + f.replace("/", "\\/"));
  const source = `(^|\\/)(${escaped.join("|")})(\\/|\\.|$)${pure ? `|${LIBRARY_SOURCE}|^(${builtinModules.map((m) => m.replace("/", "\\/")).join("|")})$` : ""}`;
  return {
    files,
    ignores,
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: pure ? builtinModules.map((name) => ({ name, message: MESSAGE })) : [], patterns: [{ group: [...forbidden.flatMap(layer), ...(pure ? LIBRARIES : [])], message: MESSAGE }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: `ImportExpression[source.value=/${source}/]`, message: MESSAGE },
        // A computed import() could reach any layer: imports name their module.
        { selector: "ImportExpression:not([source.type='Literal'])", message: `${MESSAGE} import() takes a literal path, so the layers can be checked.` },
      ],
    },
  };
}

function layers() {
  return [
    rule(["src/core/**/*.ts"], ["forms", "app", "hosts", "taskpane", "cli"], true),
    { files: ["src/core/**/*.ts", "src/app/**/*.ts"], rules: { "no-restricted-globals": ["error", "Office", "Excel", "Word"] } },
    rule(["src/forms/**/*.ts"], ["app", "hosts", "taskpane", "cli"], true),
    rule(["src/app/**/*.ts"], ["hosts", "taskpane", "cli"], true),
    rule(["src/hosts/**/*.ts"], ["forms", "taskpane", "cli"]),
    // The fronts reach the pipeline through the use cases (src/app/use-cases), never core/validate itself.
    rule(["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"], ["forms", "hosts", "cli", "core/validate"], false, ["src/taskpane/index.tsx"]),
    rule(["src/cli/**/*.ts"], ["forms", "hosts", "taskpane", "core/validate"]),
  ];
}

export default tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "out/**", "node_modules/**", "test-results/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["bin/**/*.js", "*.js", "scripts/**/*.js", "test/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...layers(),
);
