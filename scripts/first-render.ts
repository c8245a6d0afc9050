/**
 * Time to the pane's first usable render in headless Chromium: from navigation start to the mark
 * "tonghop:ready" the pane sets once Office.onReady has answered and React has committed (here, in a
 * plain browser, the preview). Each run is a fresh browser; office.js is served locally with the build.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serveStatic } from "./static-server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function firstRenderTimes(dist: string, runs: number): Promise<number[]> {
  if (!existsSync(join(dist, "taskpane.html"))) throw new Error(`${dist}/taskpane.html not found: run \`npm run build:preview\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);
  const server = await serveStatic(dist);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        headless: true,
      });
      try {
        const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
        await page.goto(`${server.url}taskpane.html`);
        const mark = await page.waitForFunction(() => performance.getEntriesByName("tonghop:ready")[0]?.startTime);
        times.push((await mark.jsonValue()) as number);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
