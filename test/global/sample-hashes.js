/**
 * Jest global setup and teardown: the bundled sample that most tests read as input must be byte-for-byte the
 * same after the whole suite as before it (issue 11: inputs are never written).
 */
const { createHash } = require("node:crypto");
const { readdirSync, readFileSync, statSync } = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "examples");

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function hashes() {
  return new Map(files(SAMPLE).map((f) => [relative(ROOT, f), createHash("sha256").update(readFileSync(f)).digest("hex")]));
}

module.exports = {
  setup() {
    globalThis.__sampleHashes = hashes();
  },
  teardown() {
    const before = globalThis.__sampleHashes;
    const after = hashes();
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
    if (changed.length > 0) throw new Error(`The test suite changed its input files: ${changed.join(", ")}`);
    console.log(`\nInputs unchanged: ${after.size} sample files hashed (sha256) before and after the suite.`);
  },
};
