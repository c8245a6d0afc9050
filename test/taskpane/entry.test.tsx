/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import { screen } from "@testing-library/react";
import type { Startup } from "../../src/app/ports";

/** The entry's view of Office, answered by each test when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

let word: ReturnType<typeof deferred<boolean>>;
let office: ReturnType<typeof deferred<Startup | null>>;

jest.mock("../../src/hosts/word/detect", () => ({ inWord: () => word.promise }));
jest.mock("../../src/hosts/excel/boot", () => ({ startOffice: () => office.promise }));
jest.mock("../../src/taskpane/word/WordRoot", () => {
  throw new Error("chunk failed to load");
});

async function startEntry(search = "") {
  document.body.innerHTML = '<div id="container"><p class="loading" role="status">Đang tải…</p></div>';
  window.history.replaceState(null, "", `/taskpane.html${search}`);
  word = deferred();
  office = deferred();
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
}

/** Lets the entry's promise chain and React's scheduler (on the fake timers) run to the end. */
async function settle(ms = 0) {
  jest.advanceTimersByTime(ms);
  for (let i = 0; i < 10; i++) {
    await Promise.resolve();
    jest.advanceTimersByTime(10);
  }
}

beforeEach(() => {
  jest.useFakeTimers();
  // The entry owns its React root, as in the page: its renders are scheduled, not wrapped in act().
  Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: false });
});
afterEach(() => jest.useRealTimers());

test("keeps the page's loading text until Office answers, then renders the pane once (here the preview)", async () => {
  await startEntry();
  await settle(1500);
  expect(screen.getByText("Đang tải…")).toBeInTheDocument();
  expect(document.querySelector(".fui-FluentProvider")).toBeNull();

  word.resolve(false);
  office.resolve(null);
  await settle();
  expect(screen.getByRole("button", { name: "Mở file Excel…" })).toBeInTheDocument();
  expect(screen.queryByText("Đang tải…")).toBeNull();
  expect(screen.queryByText("Đang kết nối với Excel…")).toBeNull();
});

test("when Office is slow, shows the steps and says it is still connecting; the answer then completes the pane", async () => {
  await startEntry("?step=tong-hop");
  await settle(2000);
  expect(screen.getByText("Đang kết nối với Excel…")).toBeInTheDocument();
  expect(screen.getByRole("tab", { name: "Tổng hợp" })).toHaveAttribute("aria-selected", "true");

  word.resolve(false);
  office.resolve({ host: null, reason: "old-excel" });
  await settle();
  expect(screen.queryByText("Đang kết nối với Excel…")).toBeNull();
  expect(screen.getByText("Phiên bản Excel này quá cũ")).toBeInTheDocument();
});

test("Word's own button keeps the loading text while Office is slow, and a Word pane that fails to load says what to do", async () => {
  await startEntry("?step=cap-nhat");
  await settle(5000);
  expect(screen.getByText("Đang tải…")).toBeInTheDocument();
  expect(screen.queryByText("Đang kết nối với Excel…")).toBeNull();

  word.resolve(true);
  await settle();
  expect(screen.getByText("Không tải được ngăn Tổng hợp")).toBeInTheDocument();
  expect(screen.getByText(/đóng ngăn này rồi mở lại/)).toBeInTheDocument();
});
