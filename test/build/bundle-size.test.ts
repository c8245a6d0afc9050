import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSizes, formatBundleSizes } from "../../scripts/bundle-size";

describe("bundleSizes", () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), "tonghop-size-"));
    mkdirSync(join(dist, "office-js"));
    // Minified HTML as html-webpack-plugin writes it: unquoted attributes.
    writeFileSync(
      join(dist, "taskpane.html"),
      "<!doctype html><html><head><script src=office-js/office.js></script><script defer src=taskpane.1a2b.js></script><link href=griffel.9c0d.css rel=stylesheet></head><body></body></html>",
    );
    writeFileSync(join(dist, "commands.html"), '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer="defer" src="commands.3c4d.js"></script>');
    writeFileSync(join(dist, "taskpane.1a2b.js"), "x".repeat(5000));
    writeFileSync(join(dist, "griffel.9c0d.css"), ".a{color:red}".repeat(100));
    writeFileSync(join(dist, "commands.3c4d.js"), "c");
    writeFileSync(join(dist, "vendors-exceljs.5e6f.js"), "y".repeat(20000));
    writeFileSync(join(dist, "workflow.7a8b.js"), "z".repeat(300));
    writeFileSync(join(dist, "taskpane.1a2b.js.map"), "{}");
    writeFileSync(join(dist, "office-js", "office.js"), "o".repeat(9000));
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("counts the page's own scripts and stylesheets as initial and the chunks no page loads as lazy", () => {
    const sizes = bundleSizes(dist);
    expect(sizes.initial.map((s) => s.file)).toEqual(["taskpane.1a2b.js", "griffel.9c0d.css"]);
    expect(sizes.initialTotal.raw).toBe(5000 + 1300);
    expect(sizes.initialTotal.gzip).toBeGreaterThan(0);
    expect(sizes.initialTotal.gzip).toBeLessThan(5000);
    expect(sizes.lazy.map((s) => s.file)).toEqual(["vendors-exceljs.5e6f.js", "workflow.7a8b.js"]);
    expect(formatBundleSizes(sizes)).toMatch(/= tổng \/ total\s+6\.2 KB/);
  });

  it("says to build first when the page is missing", () => {
    expect(() => bundleSizes(join(dist, "nowhere"))).toThrow(/run `npm run build` first/);
  });
});
