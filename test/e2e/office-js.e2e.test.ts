/** The preview page with the real office.js (node_modules/@microsoft/office-js, served from dist-preview/office-js/). */
import { OFFICE_TELEMETRY, openPane, Pane, Session, startSession } from "./pane";

let session: Session;
let pane: Pane;

beforeAll(async () => {
  session = await startSession();
  pane = await openPane(session);
});
afterAll(() => session?.close());

test("office.js loads from the local copy, reports no host, and the pane falls back to the preview", async () => {
  const { page } = pane;
  const office = await page.evaluate(async () => ({
    script: document.querySelector<HTMLScriptElement>('script[src*="office"]')?.getAttribute("src"),
    loaded: performance.getEntriesByType("resource").some((r) => r.name.endsWith("/office-js/office.js")),
    host: (await Office.onReady()).host,
  }));
  expect(office).toEqual({ script: "office-js/office.js", loaded: true, host: null });
  expect(await page.getByRole("button", { name: "Mở file Excel…" }).isVisible()).toBe(true);
  expect(await page.getByText("Đang kết nối với Excel…").count()).toBe(0);
});

test("no request leaves the machine but office.js's own telemetry frame, and the console has no errors", async () => {
  // office.js frames its telemetry page 3 s after loading, in Office or not; the test refuses it.
  await pane.page.waitForTimeout(4000);
  expect([...new Set(pane.offsite)]).toEqual([OFFICE_TELEMETRY]);
  // The refused frame is the only expected error in the console: Chromium logs its blocked load.
  expect(pane.errors.filter((e) => !e.startsWith(OFFICE_TELEMETRY))).toEqual([]);
});
