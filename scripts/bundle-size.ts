/**
 * What a built page costs to start: the JavaScript and CSS its HTML loads up front (raw and gzip
 * bytes), and every lazy chunk that a step loads later with import(). Reads dist/ after `npm run
 * build`; office.js (Microsoft's CDN, or dist/office-js/ in local builds) is not counted.
 *
 *   npx tsx scripts/bundle-size.ts [page.html]   prints a table (default page: taskpane.html)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface BundleSizes {
  page: string;
  /** Scripts, then stylesheets, the page's HTML loads, each in document order. */
  initial: FileSize[];
  initialTotal: { raw: number; gzip: number };
  /** JS chunks no HTML page loads: the dynamic import() chunks, largest first. */
  lazy: FileSize[];
}

export const DEFAULT_DIST = join(__dirname, "..", "dist");

// The production HTML is minified, so attribute values may be unquoted.
const SCRIPT = /<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;
const STYLESHEET = /<link\b(?=[^>]*\brel=["']?stylesheet\b)[^>]*?\bhref=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g;

function localFiles(html: string, tag: RegExp): string[] {
  return [...html.matchAll(tag)]
    .map((m) => (m[1] ?? m[2] ?? m[3]).split(/[?#]/)[0])
    .filter((src) => !/^(https?:)?\/\//.test(src) && !src.startsWith("office-js/"));
}

const localScripts = (html: string) => localFiles(html, SCRIPT);

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

export function bundleSizes(dist: string = DEFAULT_DIST, page = "taskpane.html"): BundleSizes {
  if (!existsSync(join(dist, page))) throw new Error(`${join(dist, page)} not found: run \`npm run build\` first`);
  const rootFiles = readdirSync(dist);
  const html = readFileSync(join(dist, page), "utf8");
  const initial = [...localScripts(html), ...localFiles(html, STYLESHEET)].map((f) => sizeOf(dist, f));
  const loadedByPages = new Set(rootFiles.filter((f) => f.endsWith(".html")).flatMap((f) => localScripts(readFileSync(join(dist, f), "utf8"))));
  const lazy = rootFiles
    .filter((f) => f.endsWith(".js") && !loadedByPages.has(f))
    .map((f) => sizeOf(dist, f))
    .sort((a, b) => b.gzip - a.gzip);
  const initialTotal = initial.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip }), { raw: 0, gzip: 0 });
  return { page, initial, initialTotal, lazy };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function formatBundleSizes(sizes: BundleSizes): string {
  const width = Math.max(24, ...[...sizes.initial, ...sizes.lazy].map((s) => s.file.length));
  const row = (file: string, raw: string, gzip: string) => `  ${file.padEnd(width)}  ${raw.padStart(10)}  ${gzip.padStart(10)}`;
  return [
    `${sizes.page}: JS và CSS tải ngay / initial JS and CSS`,
    row("", "raw", "gzip"),
    ...sizes.initial.map((s) => row(s.file, kb(s.raw), kb(s.gzip))),
    row("= tổng / total", kb(sizes.initialTotal.raw), kb(sizes.initialTotal.gzip)),
    `Tải khi cần / lazy chunks`,
    ...(sizes.lazy.length ? sizes.lazy.map((s) => row(s.file, kb(s.raw), kb(s.gzip))) : ["  (không có / none)"]),
  ].join("\n");
}

if (require.main === module) {
  try {
    console.log(formatBundleSizes(bundleSizes(DEFAULT_DIST, process.argv[2] ?? "taskpane.html")));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
}
