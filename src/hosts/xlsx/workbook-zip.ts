/**
 * The .xlsx zip looked at before ExcelJS reads it: what kind of file it really is, whether every worksheet is
 * there, sizes bounded from the zip's directory before anything is inflated, and each worksheet's raw XML
 * scanned (see ./sheet-xml) — rewritten only when formatting runs far past the data.
 */
import JSZip from "jszip";
import { scanSheetXml, SheetXmlScan } from "./sheet-xml";

const MB = 1024 * 1024;

export interface ZipLimits {
  /** Largest uncompressed part. A sheet formatted down to Excel's last row (6 columns) is about 225 MB of XML. */
  partBytes: number;
  /** Largest sum of the uncompressed parts. */
  totalBytes: number;
  /** Most cells (values and formatted empty cells inside the data) ExcelJS may build for one workbook. */
  cells: number;
}

export const DEFAULT_LIMITS: ZipLimits = { partBytes: 400 * MB, totalBytes: 1024 * MB, cells: 1_000_000 };

export type ZipProblem =
  | { kind: "corrupt" }
  | { kind: "other-document"; format: "docx" | "pptx" | "ods" | "odf" | "xlsb" | "zip" }
  | { kind: "no-workbook-part" }
  | { kind: "missing-sheet"; sheet: string; part: string }
  | { kind: "missing-part"; part: string; role: "relationships" | "shared-strings" | "styles" }
  | { kind: "part-too-large"; sheet: string | null; part: string; bytes: number; limit: number }
  | { kind: "total-too-large"; bytes: number; limit: number }
  | { kind: "too-many-cells"; sheet: string; cells: number; limit: number };

export class ZipProblemError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

/** What a worksheet's raw XML says that ExcelJS misreads. */
export interface RawSheet extends Pick<SheetXmlScan, "isoDates" | "emptyTextResults"> {
  name: string;
}

export interface PreparedZip {
  /** The bytes ExcelJS is to read: the input itself unless a sheet was trimmed. */
  bytes: Uint8Array;
  /** Every worksheet the workbook lists, in order. */
  sheets: RawSheet[];
  /** The custom number formats as stored (ExcelJS drops their backslash escapes: `0.00\ \k\m` → `0.00 km`). */
  numberFormats: string[];
}

/** Members JSZip has at runtime but leaves out of its typings. */
interface ZipEntry extends JSZip.JSZipObject {
  _data: { compressedSize: number; uncompressedSize: number; compression: { magic: string } };
  internalStream(type: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array>;
}

const STORED = "\x00\x00";
/** Deflate cannot expand data more than this many times. */
const DEFLATE_MAX_RATIO = 1032;

/** Inflates a part into a buffer of its declared size, stopping as soon as it would exceed it. */
function readPart(entry: ZipEntry, discard = false): Promise<Uint8Array> {
  const size = entry._data.uncompressedSize;
  const out = discard ? null : new Uint8Array(size);
  let at = 0;
  return new Promise((resolve, reject) => {
    const stream = entry.internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (at + chunk.length > size) {
          stream.pause();
          reject(new ZipProblemError({ kind: "corrupt" }));
          return;
        }
        out?.set(chunk, at);
        at += chunk.length;
      })
      .on("error", () => reject(new ZipProblemError({ kind: "corrupt" })))
      .on("end", () => (at === size ? resolve(out ?? new Uint8Array(0)) : reject(new ZipProblemError({ kind: "corrupt" }))))
      .resume();
  });
}

async function readText(entry: ZipEntry): Promise<string> {
  return new TextDecoder().decode(await readPart(entry));
}

function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e.toLowerCase()] as string;
  });
}

function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], xmlText(m[2] ?? m[3]));
  return out;
}

/** Worksheets listed by xl/workbook.xml with their parts, through xl/_rels/workbook.xml.rels. */
async function listedWorksheets(zip: JSZip): Promise<{ name: string; part: string }[]> {
  const entry = (path: string) => zip.file(path) as ZipEntry | null;
  const workbook = await readText(entry("xl/workbook.xml") as ZipEntry);
  const relsEntry = entry("xl/_rels/workbook.xml.rels");
  if (!relsEntry) throw new ZipProblemError({ kind: "missing-part", part: "xl/_rels/workbook.xml.rels", role: "relationships" });
  const rels = new Map<string, { type: string; target: string }>();
  const partOf = (target: string) => (target.startsWith("/") ? target.slice(1) : "xl/" + target.replace(/^\.\//, ""));
  for (const m of (await readText(relsEntry)).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    const rel = { type: a.get("Type") ?? "", target: a.get("Target") ?? "" };
    rels.set(a.get("Id") ?? "", rel);
    // Without its shared strings every text cell, labels and codes included, reads as a number: refuse instead.
    const role = /\/sharedStrings$/.test(rel.type) ? "shared-strings" : /\/styles$/.test(rel.type) ? "styles" : null;
    if (role && a.get("TargetMode") !== "External" && !entry(partOf(rel.target))) {
      throw new ZipProblemError({ kind: "missing-part", part: partOf(rel.target), role });
    }
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    const id = [...a].find(([k]) => /(^|:)id$/.test(k))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    // Chart sheets hold no cells.
    if (rel && !/\/worksheet$/.test(rel.type)) continue;
    const part = partOf(rel?.target ?? "");
    sheets.push({ name: a.get("name") ?? "", part });
  }
  return sheets;
}

function otherDocument(zip: JSZip, mimetype: string | null): ZipProblem | null {
  if (mimetype !== null) {
    if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return { kind: "other-document", format: "ods" };
    if (mimetype.startsWith("application/vnd.oasis.opendocument")) return { kind: "other-document", format: "odf" };
  }
  if (zip.file("xl/workbook.xml")) return null;
  if (zip.file("xl/workbook.bin")) return { kind: "other-document", format: "xlsb" };
  if (zip.file("word/document.xml")) return { kind: "other-document", format: "docx" };
  if (zip.file("ppt/presentation.xml")) return { kind: "other-document", format: "pptx" };
  if (zip.file(/^xl\//).length > 0) return { kind: "no-workbook-part" };
  return { kind: "other-document", format: "zip" };
}

/** Throws ZipProblemError for what the user must be told; otherwise the bytes for ExcelJS and the raw facts. */
export async function prepareWorkbookZip(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): Promise<PreparedZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new ZipProblemError({ kind: "corrupt" });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir) as ZipEntry[];
  const mimetype = zip.file("mimetype") as ZipEntry | null;
  const other = otherDocument(zip, mimetype && mimetype._data.uncompressedSize < 200 ? await readText(mimetype) : null);
  if (other) throw new ZipProblemError(other);

  const declared = entries.reduce((n, e) => n + e._data.uncompressedSize, 0);
  if (declared > limits.totalBytes) throw new ZipProblemError({ kind: "total-too-large", bytes: declared, limit: limits.totalBytes });
  const sheetOf = new Map<string, string>();
  const oversized = entries.find((e) => e._data.uncompressedSize > limits.partBytes);
  // The sheet list is read only once its parts are known to be of a readable size.
  if (oversized && /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels)$/.test(oversized.name)) {
    throw new ZipProblemError({ kind: "part-too-large", sheet: null, part: oversized.name, bytes: oversized._data.uncompressedSize, limit: limits.partBytes });
  }
  const sheets = await listedWorksheets(zip);
  for (const s of sheets) sheetOf.set(s.part, s.name);
  if (oversized) {
    throw new ZipProblemError({
      kind: "part-too-large",
      sheet: sheetOf.get(oversized.name) ?? null,
      part: oversized.name,
      bytes: oversized._data.uncompressedSize,
      limit: limits.partBytes,
    });
  }

  // A part's directory entry may understate its size; parts that could inflate past the limits are inflated once
  // here, stopped at their declared size, before ExcelJS inflates them whole.
  const bound = (e: ZipEntry) =>
    e._data.compression.magic === STORED ? e._data.compressedSize : e._data.compressedSize * DEFLATE_MAX_RATIO;
  const unverified = entries.filter((e) => !sheetOf.has(e.name)).sort((a, b) => bound(b) - bound(a));
  let worstCase = entries.reduce((n, e) => n + (sheetOf.has(e.name) ? e._data.uncompressedSize : bound(e)), 0);
  for (const e of unverified) {
    if (bound(e) <= limits.partBytes && worstCase <= limits.totalBytes) break;
    await readPart(e, true);
    worstCase -= bound(e) - e._data.uncompressedSize;
  }

  const raw: RawSheet[] = [];
  let cells = 0;
  let largest = { name: "", cells: -1 };
  let changed = false;
  const sheetEntries = sheets.map(({ name, part }) => {
    const entry = zip.file(part) as ZipEntry | null;
    if (!entry) throw new ZipProblemError({ kind: "missing-sheet", sheet: name, part });
    return entry;
  });
  // Inflated one at a time: at most one sheet's XML is held at once.
  for (const [i, { name, part }] of sheets.entries()) {
    const scan = scanSheetXml(await readPart(sheetEntries[i]));
    if (scan.trimmed) {
      zip.file(part, scan.trimmed);
      changed = true;
    }
    raw.push({ name, isoDates: scan.isoDates, emptyTextResults: scan.emptyTextResults });
    cells += scan.cells;
    if (scan.cells > largest.cells) largest = { name, cells: scan.cells };
  }
  if (cells > limits.cells) {
    throw new ZipProblemError({ kind: "too-many-cells", sheet: largest.name, cells, limit: limits.cells });
  }
  const bytes = changed
    ? await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } })
    : data;
  const styles = zip.file("xl/styles.xml") as ZipEntry | null;
  const numberFormats = styles ? [...(await readText(styles)).matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].map((m) => attrsOf(m[0]).get("formatCode") ?? "") : [];
  return { bytes, sheets: raw, numberFormats };
}
