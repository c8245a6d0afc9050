/**
 * The served preview driven by playwright-core in Debian's Chromium: one browser per test file, the pane
 * at task-pane size, every request off 127.0.0.1 refused and recorded, console errors collected.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { launchChromium } from "../../scripts/chromium";
import { PREVIEW_DIST } from "../../scripts/preview";
import { serveStatic, StaticServer } from "../../scripts/static-server";

export const RESULTS = join(__dirname, "..", "..", "test-results");
const AXE = require.resolve("axe-core/axe.min.js");

/** office.js, loaded outside Office, still frames Microsoft's telemetry page after 3 s (o15apptofilemappingtable.js, ULSEndpointProxy). */
export const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";

export interface Session {
  browser: Browser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startSession(): Promise<Session> {
  const server = await serveStatic(PREVIEW_DIST);
  const browser = await launchChromium();
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

export interface Pane {
  page: Page;
  /** Console errors and uncaught exceptions, as "url: text". */
  errors: string[];
  /** Requests the page tried to make off the local server (all refused). */
  offsite: string[];
}

export async function openPane(session: Session, viewport = { width: 360, height: 900 }): Promise<Pane> {
  // Reduced motion: screenshots show the tab indicator where it ends, not halfway.
  const context = await session.browser.newContext({ viewport, acceptDownloads: true, reducedMotion: "reduce" });
  const page = await context.newPage();
  const pane: Pane = { page, errors: [], offsite: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(session.server.url) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    pane.offsite.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (m) => {
    if (m.type() === "error") pane.errors.push(`${m.location().url}: ${m.text()}`);
  });
  page.on("pageerror", (e) => pane.errors.push(`pageerror: ${e.message}`));
  await page.goto(`${session.server.url}taskpane.html`);
  await page.getByRole("button", { name: "Mở file Excel…" }).waitFor();
  return pane;
}

/** Waits for what an action shows when it is done, then for the pane to be idle again. */
export async function done(page: Page, shown: Locator): Promise<void> {
  await shown.first().waitFor();
  await page.getByRole("progressbar").waitFor({ state: "detached" });
}

/** Picks files in the pane's file input ("open-files": Mở file Excel…, "ward-files": Nhập file đơn vị…). */
export async function pickFiles(page: Page, paths: string[], input: "open-files" | "ward-files" = "open-files"): Promise<void> {
  await page.getByTestId(input).setInputFiles(paths);
}

export function openFile(page: Page, name: string): Locator {
  return page.getByRole("region", { name: "File đang mở" }).getByRole("listitem").filter({ hasText: name });
}

export async function waitForValue(field: Locator, value: string): Promise<void> {
  await field.page().waitForFunction(([el, v]) => (el as HTMLInputElement).value === v, [await field.elementHandle(), value] as const);
}

export async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

/** Clicks `button` and returns the bytes of the download it starts. */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page as it is now. Every rule runs; only Fluent's
 * focus guards are left out: Tabster's `<i data-tabster-dummy tabindex=0 aria-hidden>` around a TabList
 * exist to pass focus on at once and are hidden on purpose, so aria-hidden-focus flags them falsely
 * (microsoft/tabster#288, microsoft/fluentui#27517 "by design").
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    type Axe = { run(context: object): Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    return (await axe.run({ exclude: [["[data-tabster-dummy]"]] })).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Whether the page scrolls sideways at its current width. */
export function overflowsX(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

export async function screenshot(page: Page, step: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `e2e-${step}.png`), fullPage: true });
}

/** Every check a step's state must pass: accessible, no sideways scrolling, and a screenshot to look at. */
export async function expectGoodStep(page: Page, step: string): Promise<void> {
  await screenshot(page, step);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await overflowsX(page)).toBe(false);
}
