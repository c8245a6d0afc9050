import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The layers (docs/architecture.md): core → nothing; forms → core; app → core, forms; hosts → app, core;
 * taskpane → app, core (its index.tsx the only composition root); cli → app. A layer importing one it may
 * not — statically or with import() — fails `npm run lint`.
 */
const LIBRARIES = ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "jszip", "node:*", "fs", "path", "office-*"];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

function rule(files, forbidden, libraries = [], ignores = []) {
  const groups = forbidden.flatMap(layer);
  const source = `/(^|\\/)(${forbidden.join("|")})(\\/|$)/`;
  return {
    files,
    ignores,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: [...groups, ...libraries], message: "This layer may not import that one (docs/architecture.md, Layers)." }] }],
      "no-restricted-syntax": ["error", { selector: `ImportExpression[source.value=${source}]`, message: "This layer may not import that one (docs/architecture.md, Layers)." }],
    },
  };
}

function layers() {
  return [
    { ...rule(["src/core/**/*.ts"], ["forms", "app", "hosts", "taskpane", "cli"], LIBRARIES), },
    { files: ["src/core/**/*.ts", "src/app/**/*.ts"], rules: { "no-restricted-globals": ["error", "Office", "Excel", "Word"] } },
    rule(["src/forms/**/*.ts"], ["app", "hosts", "taskpane", "cli"], LIBRARIES),
    rule(["src/app/**/*.ts"], ["hosts", "taskpane", "cli"], LIBRARIES),
    rule(["src/hosts/**/*.ts"], ["forms", "taskpane", "cli"]),
    // The fronts reach the pipeline through the use cases (src/app/use-cases), never core/validate itself.
    rule(["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"], ["forms", "hosts", "cli"], ["**/core/validate"], ["src/taskpane/index.tsx"]),
    rule(["src/cli/**/*.ts"], ["forms", "hosts", "taskpane"], ["**/core/validate"]),
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
