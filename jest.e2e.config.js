/** End-to-end tests: the built preview (dist-preview/, `npm run build:preview`) in headless Chromium. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  testTimeout: 120000,
  maxWorkers: 1,
};
