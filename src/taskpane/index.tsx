/**
 * Task pane entry. The page's own "Đang tải…" shows until Office.js has answered; the pane then renders
 * once, for Excel, for Word, or (in a plain browser) as the preview over files opened from disk.
 * Rendering before Office answers would only delay its answer: both share the page's one thread.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createBrowserHost } from "../hosts/browser/browser-host";
import { startOffice } from "../hosts/excel/boot";
import { inWord } from "../hosts/word/detect";
import { App } from "./App";
import { Notice } from "./components/Notice";
import type { Startup } from "../app/ports";
import type { WordPaneHost } from "../app/word-ports";
import { provideFilePorts } from "./lazy";
import { stepFromQuery } from "./steps";

/** If Office.js has not answered by then, the pane shows its steps and says it is still connecting. */
const SLOW_OFFICE_MS = 2000;

/** The file adapters (ExcelJS, docx, JSZip), loaded when a step first needs one. */
const filePorts = async () => (await import("../hosts/files")).filePorts;

/** The Word pane's report: the application's use case over the file adapters. */
const prepare: WordPaneHost["prepare"] = async (fileName, bytes) => {
  const [{ prepareWordReport }, ports] = await Promise.all([import("../app/use-cases/prepare-word-report"), filePorts()]);
  return prepareWordReport(ports, fileName, bytes);
};

type Start = { word: true } | { word: false; startup: Startup };

async function start(): Promise<Start> {
  if (await inWord().catch(() => false)) return { word: true };
  const office = await startOffice().catch(() => null);
  return { word: false, startup: office ?? { host: createBrowserHost() } };
}

/** Loads the Word pane's code only when running in Word. */
async function wordPane(): Promise<React.JSX.Element> {
  const [{ startWord }, { WordRoot }] = await Promise.all([import("../hosts/word/boot"), import("./word/WordRoot")]);
  return <WordRoot host={startWord(prepare)} />;
}

/** The pane's code failed to load (a chunk lost on a bad connection): say so rather than keep "Đang tải…". */
function LoadFailed() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Notice intent="error" title="Không tải được ngăn Tổng hợp">
          Hãy đóng ngăn này rồi mở lại bằng nút trên thẻ Trang đầu. Nếu vẫn lỗi, kiểm tra kết nối mạng.
        </Notice>
      </main>
    </FluentProvider>
  );
}

provideFilePorts(filePorts);
const root = createRoot(document.getElementById("container")!);
const initialStep = stepFromQuery(window.location.search);
// Word's ribbon button opens step "cap-nhat": while Office is slow, that pane keeps the loading text rather than show Excel's steps.
const fromWord = new URLSearchParams(window.location.search).get("step") === "cap-nhat";
const slow = fromWord ? undefined : setTimeout(() => root.render(<App startup={null} initialStep={initialStep} />), SLOW_OFFICE_MS);

start()
  .then(async (started) => (started.word ? await wordPane() : <App startup={started.startup} initialStep={initialStep} />))
  .catch(() => <LoadFailed />)
  .then((pane) => {
    clearTimeout(slow);
    root.render(pane);
  });
