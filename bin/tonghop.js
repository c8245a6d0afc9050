#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx tonghop` works right after `npm install`: its
// require hook for the modules required here, its import hook for the file adapters' import()s.
// The CLI's composition root: the commands get the file adapters from here and never import them.
require("tsx/cjs");
import("tsx/esm/api")
  .then(({ register }) => {
    register();
    const { run, stdio } = require("../src/cli/main.ts");
    const { filePorts } = require("../src/hosts/files.ts");
    return run(process.argv.slice(2), stdio, filePorts);
  })
  .then((code) => {
    process.exitCode = code;
  });
