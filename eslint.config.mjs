import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "dist-preview/**", "out/**", "node_modules/**", "test-results/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["bin/**/*.js", "*.js", "scripts/**/*.js", "test/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "@fluentui/*", "exceljs", "docx", "jszip", "node:*", "fs", "path", "office-*"] }],
      "no-restricted-globals": ["error", "Office", "Excel", "Word"],
    },
  },
);
