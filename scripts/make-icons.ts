/**
 * Regenerates assets/<name>-<size>.png from assets/<name>.svg with headless Chromium (transparent
 * background): the add-in icon and one icon per ribbon button. Run by hand after editing an SVG:
 * `npx tsx scripts/make-icons.ts`. The PNGs are committed, so neither CI nor the build needs a
 * browser for them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium";

/** Ribbon buttons take 16, 32 and 80 px; the add-in icon also 64 and 128 (store, dialogs). */
const ICONS: Record<string, readonly number[]> = {
  icon: [16, 32, 64, 80, 128],
  "kiem-tra": [16, 32, 80],
  "tong-hop": [16, 32, 80],
  "bao-cao": [16, 32, 80],
};

const assets = join(__dirname, "..", "assets");

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const [name, sizes] of Object.entries(ICONS)) {
      const svg = readFileSync(join(assets, `${name}.svg`)).toString("base64");
      for (const size of sizes) await render(browser, svg, join(assets, `${name}-${size}.png`), size);
    }
  } finally {
    await browser.close();
  }
}

async function render(browser: Browser, svg: string, file: string, size: number): Promise<void> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(file);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
