/**
 * Task pane entry: renders at once, then connects to Excel when Office.js is ready; outside Office
 * (a plain browser) the same pane runs as the preview over files opened from disk.
 */
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { createBrowserHost } from "../hosts/browser/browser-host";
import { startOffice } from "../hosts/excel/boot";
import { inWord } from "../hosts/word/detect";
import { App } from "./App";
import type { Startup } from "./host";
import { stepFromQuery } from "./steps";

const preview = (): Startup => ({ host: createBrowserHost() });
/** Set as soon as Office.js has answered; asked before the first render, which then often has it already. */
let known: Startup | null = null;
const starting = startOffice().then(
  (office) => (known = office ?? preview()),
  () => (known = preview()),
);

function Root() {
  const [startup, setStartup] = useState<Startup | null>(() => known);
  useEffect(() => {
    // The pane is usable once this commit is done: scripts/bench.ts times page start-up to the mark.
    if (startup) performance.mark("tonghop:ready");
    else void starting.then(setStartup);
  }, [startup]);
  return <App startup={startup} initialStep={stepFromQuery(window.location.search)} />;
}

/** Loads the Word pane's code only when running in Word. */
async function wordRoot(): Promise<React.JSX.Element> {
  const [{ startWord }, { WordRoot }] = await Promise.all([import("../hosts/word/boot"), import("./word/WordRoot")]);
  return <WordRoot host={startWord()} />;
}

const root = createRoot(document.getElementById("container")!);
// Word's ribbon button opens step "cap-nhat": that pane waits for Office instead of showing Excel's steps first.
const fromWord = new URLSearchParams(window.location.search).get("step") === "cap-nhat";
if (!fromWord) root.render(<Root />);
inWord()
  .then(async (word) => {
    if (word) root.render(await wordRoot());
    else if (fromWord) root.render(<Root />);
  })
  .catch(() => {
    if (fromWord) root.render(<Root />);
  });
