/**
 * `npm run preview`: the task pane outside Office, on http://127.0.0.1:<port>/ (default 3100). Builds
 * dist-preview/ first (production bundles, office.js served locally) when it is missing or older than
 * the sources.
 *
 *   npm run preview [-- --port <n>]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "./static-server";

const ROOT = join(__dirname, "..");
export const PREVIEW_DIST = join(ROOT, "dist-preview");
const DEFAULT_PORT = 3100;

function newestIn(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}

function isStale(): boolean {
  const page = join(PREVIEW_DIST, "taskpane.html");
  if (!existsSync(page)) return true;
  const sources = ["src", "assets", "webpack.config.js", "package-lock.json"].map((p) => join(ROOT, p)).filter(existsSync);
  return Math.max(...sources.map(newestIn)) > statSync(page).mtimeMs;
}

function portArg(args: string[]): number {
  const i = args.indexOf("--port");
  if (i < 0) return DEFAULT_PORT;
  const port = Number(args[i + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port cần một số cổng (0–65535), không phải "${args[i + 1] ?? ""}".`);
  return port;
}

/** Builds dist-preview/ when it is missing or older than the sources. */
export function ensurePreviewBuild(): void {
  if (!isStale()) return;
  console.log("Đang dựng bản xem trước (npm run build:preview)… / Building the preview…");
  const build = spawnSync("npm", ["run", "build:preview"], { cwd: ROOT, encoding: "utf8", shell: process.platform === "win32" });
  if (build.status !== 0) {
    process.stderr.write(build.stdout + build.stderr);
    throw new Error("npm run build:preview không thành công / failed.");
  }
}

async function main(): Promise<void> {
  const port = portArg(process.argv.slice(2));
  ensurePreviewBuild();
  const server = await serveStatic(PREVIEW_DIST, port);
  console.log(`Tổng hợp — bản xem trước / preview: ${server.url}taskpane.html`);
  console.log("Mở địa chỉ trên trong trình duyệt; Ctrl+C để dừng. / Open it in a browser; Ctrl+C stops the server.");
}

if (require.main === module) {
  main().catch((e) => {
    console.error((e as Error).message);
    process.exitCode = 1;
  });
}
