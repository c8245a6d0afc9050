/**
 * Time to a task pane's first render in headless Chromium: from navigation start to the first frame
 * after a Fluent UI root (`.fui-FluentProvider`) enters the page. Any Fluent pane built with office.js
 * served locally can be measured this way, Microsoft's React template as well as ours: Tổng hợp's pane
 * renders once Office.js has answered, as the template does. Each run is a fresh browser, and the
 * pages compared take turns so that both see the same machine load.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CHROMIUM, launchChromium } from "./chromium";
import { serveStatic } from "./static-server";

const MARK = "first-render";

export interface RenderTarget {
  label: string;
  /** A built folder holding taskpane.html, with office.js served from the same folder. */
  dist: string;
}

export interface RenderTimes {
  label: string;
  times: number[];
}

/** Installed before the page's own scripts run. */
function watchFirstRender(mark: string) {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(".fui-FluentProvider, [data-first-render]")) return;
    observer.disconnect();
    requestAnimationFrame(() => performance.mark(mark));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function timeOnce(dist: string): Promise<number> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    await page.addInitScript(watchFirstRender, MARK);
    await page.goto(`${server.url}taskpane.html`);
    const mark = await page.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime, MARK, { timeout: 30_000 });
    return (await mark.jsonValue()) as number;
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function firstRenderTimes(targets: RenderTarget[], runs: number): Promise<RenderTimes[]> {
  for (const { dist } of targets) {
    if (!existsSync(join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html not found: build it first`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const results = targets.map(({ label }) => ({ label, times: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    for (const [k, { dist }] of targets.entries()) results[k].times.push(await timeOnce(dist));
  }
  return results;
}

/**
 * A page that loads only office.js and shows one line once Office.onReady has answered: the floor no
 * pane loading office.js can go below. Serves the office-js/ folder of `dist`; call the returned
 * function to remove it.
 */
export function officeJsOnlyPage(dist: string): { dist: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-officejs-"));
  symlinkSync(resolve(dist, "office-js"), join(dir, "office-js"), "dir");
  writeFileSync(
    join(dir, "taskpane.html"),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><script src="office-js/office.js"></script></head><body>
<div id="container"></div>
<script>Office.onReady().then(function () {
  var p = document.createElement("p"); p.textContent = "Office.js đã sẵn sàng"; p.setAttribute("data-first-render", "");
  document.getElementById("container").appendChild(p);
});</script></body></html>
`,
  );
  return { dist: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
