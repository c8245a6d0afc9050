#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx tonghop` works right after `npm install`.
require("tsx/cjs");
const { run, stdio } = require("../src/cli/main.ts");
run(process.argv.slice(2), stdio).then((code) => {
  process.exitCode = code;
});
