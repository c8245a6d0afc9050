/**
 * Issue 11 "Must show", the property test. Seeded and deterministic: every case names its seed when it
 * fails, and TONGHOP_SEED=<n> replays a run from another base seed.
 *  1. Random valid unit sheets → the engine finds no error and each total is the sum computed here.
 *  2. Random valid ward workbooks (values, formulas with cached results, zeros as formulas, helper sheets of
 *     one name in several wards) → `tonghop totals` writes those sums, and a full LibreOffice
 *     recalculation of the written workbook gives them again.
 *  3. Random byte and structure damage to a valid .xlsx → `tonghop validate` in a child process with a
 *     512 MB heap ends within 20 s with exit 0, 1 or 2 and a Vietnamese message, never a stack trace.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BLANK, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { cli } from "../helpers/cli";
import { SampleWorkbook, SHEETS, UNIT_FILES, WARD_NAMES } from "../helpers/sample-workbook";
import { infoSheet, random, wardSheet } from "../helpers/snapshot-builder";
import { headerColumn, readXlsx, saveBook, shownTotal, tempDir, TOTALS_SHEET, totalsRows } from "../totals/helpers";
import { recalculate, testWithSoffice } from "../totals/recalc";
import {
  ANY_UNIT,
  CellShape,
  cityLevelFigures,
  CODES,
  DECIMALS,
  Figures,
  GeneratedUnit,
  independentTotals,
  int,
  pick,
  Rand,
  scaled,
  shuffled,
  snapshotCell,
  wardFigures,
  writeFigures,
} from "./generators";

const BASE_SEED = Number(process.env.TONGHOP_SEED ?? 20231101);
const ROOT = join(__dirname, "..", "..");

/** Runs one seeded case; a failure says which seed reproduces it. */
async function withSeed<T>(seed: number, run: (rand: Rand) => T | Promise<T>): Promise<T> {
  try {
    return await run(random(seed));
  } catch (e) {
    const err = e as Error;
    err.message = `seed ${seed} (TONGHOP_SEED=${BASE_SEED}): ${err.message}`;
    throw err;
  }
}

/** Ward names, two of them differing only by a diacritic (different wards, form §1). */
const WARD_POOL = [
  ...WARD_NAMES,
  "Phường Vĩnh Thanh",
  "Phường Vĩnh Thạnh",
  "Xã Tân Phú Thạnh",
  "Phường An Bình",
  "Xã Long Hòa",
  "Phường Cái Khế",
  "Thị trấn Mái Dầm",
];
const CITY_LEVEL_POOL = ["Cấp thành phố", "Công an thành phố", "Phòng Văn hóa - Xã hội"];

function engineTotals(totals: ReturnType<typeof validateWorkbooks>["totals"]): Record<string, number | string> {
  return Object.fromEntries([...totals.values()].map((t) => [t.code, t.count ? `${t.count.k}/${t.count.n}` : t.value]));
}

describe("1. engine: random valid unit sheets total to the independent sums", () => {
  const CASES = 200;
  const shapes = { formulas: 0, zeroFormulas: 0, text: 0, formatted: 0, workbooks: 0, withList: 0, missingWards: 0 };

  test(`${CASES} seeded cases: 0 errors, every total exact`, async () => {
    for (let i = 0; i < CASES; i++) {
      await withSeed(BASE_SEED + i, (rand) => {
        const wards = shuffled(rand, WARD_POOL).slice(0, 1 + int(rand, 7));
        const cityLevel = rand() < 0.5 ? shuffled(rand, CITY_LEVEL_POOL).slice(0, 1 + int(rand, 1)) : [];
        const units: (GeneratedUnit & { name: string })[] = [
          ...wards.map((name) => ({ name, kind: "ward" as const, figures: wardFigures(rand) })),
          ...cityLevel.map((name) => ({ name, kind: "city-level" as const, figures: cityLevelFigures(rand) })),
        ];
        const sheets: SheetSnapshot[] = shuffled(rand, units).map((u, k) => {
          const values = Object.fromEntries(
            CODES.map((code) => {
              // A city-level unit leaves ward-only indicators blank (wardSheet writes 0 for a missing code).
              if (!(code in u.figures)) return [code, BLANK];
              const c = snapshotCell(rand, code, u.figures[code], 7 + Number(code));
              if (c.formula) shapes.formulas++;
              if (c.formula && c.value === 0) shapes.zeroFormulas++;
              if (c.type === "text") shapes.text++;
              if (c.numberFormat) shapes.formatted++;
              return [code, c];
            }),
          );
          const sheet = wardSheet(`Đơn vị ${k + 1}`, u.name, values);
          // Rows in any order: indicators are found by their code (form §2).
          if (rand() < 0.3) sheet.rows = [...sheet.rows.slice(0, 6), ...shuffled(rand, sheet.rows.slice(6))];
          return sheet;
        });
        const hasList = rand() < 0.75;
        const notSent = hasList && rand() < 0.3 ? WARD_POOL.filter((w) => !wards.includes(w)).slice(0, 1 + int(rand, 1)) : [];
        const books: WorkbookSnapshot[] = Array.from({ length: 1 + int(rand, Math.min(2, sheets.length - 1)) }, (_, b) => ({
          file: `so-lieu-${b + 1}.xlsx`,
          sheets: [],
        }));
        sheets.forEach((s, k) => books[k < books.length ? k : int(rand, books.length - 1)].sheets.push(s));
        if (hasList) {
          const listed = [
            ...shuffled(rand, [...wards, ...notSent]).map((name) => ({ name, type: name.startsWith("Xã") ? "Xã" : name.startsWith("Thị trấn") ? "Thị trấn" : "Phường" })),
            ...cityLevel.map((name) => ({ name, type: "Cấp thành phố" })),
          ];
          books[0].sheets.unshift(infoSheet(listed));
        }
        shapes.workbooks += books.length;
        if (hasList) shapes.withList++;
        if (notSent.length > 0) shapes.missingWards++;

        const result = validateWorkbooks(phuLucPcmd, books);
        const unexpected = result.findings.filter((f) => f.severity !== "info" && f.code !== "unit.missing");
        expect(unexpected.map((f) => `${f.code} ${f.unit}: ${f.message}`)).toEqual([]);
        expect(result.findings.filter((f) => f.code === "unit.no-list")).toHaveLength(hasList ? 0 : 1);
        expect(result.wards).toEqual({ reported: wards.length, expected: hasList ? wards.length + notSent.length : null });
        expect(engineTotals(result.totals)).toEqual(independentTotals(units, wards.length + notSent.length));
        // Listed wards that sent nothing leave every total incomplete; otherwise none is.
        expect([...result.totals.values()].filter((t) => t.incomplete).length).toBe(notSent.length > 0 ? CODES.length : 0);
      });
    }
    // The generator did produce every shape it claims to.
    expect(shapes.formulas).toBeGreaterThan(1000);
    expect(shapes.zeroFormulas).toBeGreaterThan(100);
    expect(shapes.text).toBeGreaterThan(10);
    expect(shapes.formatted).toBeGreaterThan(500);
    expect(shapes.workbooks).toBeGreaterThan(CASES);
    expect(shapes.missingWards).toBeGreaterThan(10);
    expect(shapes.withList).toBeLessThan(CASES);
  });

  test("decimal sums are exact, not float sums; large integers are not rounded", () => {
    const units: GeneratedUnit[] = [10.35, 20.1, 0.1, 0.2].map((v) => ({ kind: "ward", figures: { "01": v, "40": v, "33": 2 ** 52 } }));
    const sheets = units.map((u, k) =>
      wardSheet(`Đơn vị ${k + 1}`, WARD_POOL[k], { ...Object.fromEntries(CODES.map((c) => [c, 0])), ...u.figures, "02": 1000 }, {}),
    );
    const result = validateWorkbooks(phuLucPcmd, [{ file: "a.xlsx", sheets }]);
    expect(result.totals.get("01")!.value).toBe(30.75);
    expect(10.35 + 20.1 + 0.1 + 0.2).not.toBe(30.75);
    expect(result.totals.get("40")!.value).toBe(30.75);
    // 4 × 2^52 = 2^54 is above 9.007.199.254.740.991: not a figure that can be held exactly.
    expect(result.totals.get("33")!.incomplete).toBe(true);
  });
});

interface FileCase {
  seed: number;
  folder: string;
  inputs: string[];
  out: string;
  expected: Record<string, number | string>;
  shapes: CellShape[];
  helperWards: number;
  missing: number;
}

/** Each total of the written workbook as a spreadsheet shows it ("k/n" for counts). */
function writtenTotals(wb: ExcelJS.Workbook): Record<string, number | string> {
  const ws = wb.getWorksheet(TOTALS_SHEET)!;
  const rows = totalsRows(ws);
  const col = headerColumn(ws, "Tổng cộng");
  return Object.fromEntries(CODES.map((code) => [code, shownTotal(ws.getCell(rows.get(code)!, col))]));
}

/** Figures after a spreadsheet's float arithmetic, compared at the indicator's decimals as scaled integers. */
function atDecimals(totals: Record<string, number | string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(totals).map(([code, v]) => [code, typeof v === "number" ? scaled(v, DECIMALS[code] ?? 0).toString() : v]),
  );
}

describe("2. files: random ward workbooks → tonghop totals → cached and recalculated totals are the independent sums", () => {
  const CASES = 8;
  const dir = tempDir();
  const cases: FileCase[] = [];
  afterAll(() => dir.remove());

  beforeAll(async () => {
    for (let i = 0; i < CASES; i++) {
      const seed = BASE_SEED + 1000 + i;
      cases.push(
        await withSeed(seed, async (rand) => {
          const folder = join(dir.path, `case-${i}`);
          mkdirSync(folder);
          const chosen = shuffled(rand, UNIT_FILES.filter((f) => !f.endsWith("cap-thanh-pho.xlsx"))).slice(0, 3 + int(rand, 3));
          const city = await SampleWorkbook.city();
          for (const s of [SHEETS.ngaBay, SHEETS.laiHieu, SHEETS.hiepThanh, SHEETS.hiepLoi, SHEETS.daiThanh, SHEETS.tanThanh]) {
            city.removeSheet(s);
          }
          const units: GeneratedUnit[] = [];
          const shapes: CellShape[] = [];
          const inputs: string[] = [];
          let helperWards = 0;
          for (const [k, path] of chosen.entries()) {
            const ward = await SampleWorkbook.load(path);
            // Half the cases rename the ward, in its file and in the city's list alike.
            if (i % 2 === 1) {
              const name = String(ward.labelCell(undefined, "Đơn vị báo cáo").value);
              const renamed = `${name.split(" ")[0]} Mới ${k + 1}`;
              ward.setLabel(undefined, "Đơn vị báo cáo", renamed);
              city.renameListedUnit(name, renamed);
            }
            const figures = wardFigures(rand);
            const helpers = k < 2 || rand() < 0.5;
            shapes.push(...writeFigures(rand, ward, undefined, figures, helpers));
            if (ward.workbook.getWorksheet("Dữ liệu")) helperWards++;
            units.push({ kind: "ward", figures });
            inputs.push(await saveBook(ward, join(folder, ward.file)));
          }
          const cityFigures: Figures = cityLevelFigures(rand);
          for (const code of CODES) if (!ANY_UNIT.has(code)) city.setValue(SHEETS.city, code, null);
          shapes.push(...writeFigures(rand, city, SHEETS.city, cityFigures, false));
          units.push({ kind: "city-level", figures: cityFigures });
          inputs.push(await saveBook(city, join(folder, "tong-hop-ngabay.xlsx")));
          const out = join(dir.path, `tong-hop-${i}.xlsx`);
          return {
            seed,
            folder,
            inputs: pick(rand, [inputs, shuffled(rand, inputs)]),
            out,
            expected: independentTotals(units, 6),
            shapes,
            helperWards,
            missing: 6 - chosen.length,
          };
        }),
      );
    }
    for (const c of cases) {
      const run = await cli("totals", ...c.inputs, "--out", c.out);
      if (run.code !== 0 || run.err) throw new Error(`seed ${c.seed}: totals exited ${run.code}: ${run.err}`);
    }
  }, 120_000);

  test("the cases cover every shape: formulas with results, zeros as formulas, helper sheets of one name in several wards", () => {
    const all = cases.flatMap((c) => c.shapes);
    for (const shape of ["plain", "local-formula", "zero-formula", "flag-formula", "helper-formula", "flag-text"] as CellShape[]) {
      expect(all.filter((s) => s === shape).length).toBeGreaterThan(5);
    }
    expect(cases.every((c) => c.helperWards >= 2)).toBe(true);
    expect(cases.some((c) => c.missing > 0)).toBe(true);
  });

  test("the totals sheet's cached totals are the independent sums, exactly", async () => {
    for (const c of cases) {
      await withSeed(c.seed, async () => expect(writtenTotals(await readXlsx(c.out))).toEqual(c.expected));
    }
  });

  testWithSoffice(
    "after LibreOffice recalculates every workbook (one soffice run) the totals are still the independent sums",
    async () => {
      const outDir = recalculate(
        cases.map((c) => c.out),
        join(dir.path, "lo"),
      );
      for (const c of cases) {
        await withSeed(c.seed, async () => {
          const calc = await readXlsx(join(outDir, `tong-hop-${cases.indexOf(c)}.xlsx`));
          expect(atDecimals(writtenTotals(calc))).toEqual(atDecimals(c.expected));
        });
      }
    },
    240_000,
  );
});

// ---- 3. mutations ----

interface Mutation {
  name: string;
  base: "ward" | "city";
  apply: (bytes: Buffer, rand: Rand) => Promise<Buffer>;
}

async function editZip(bytes: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function editXml(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  zip.file(part, edit(await zip.file(part)!.async("string")));
}

const SHEET_PART = "xl/worksheets/sheet1.xml";

/** The sheet parts of a workbook written by ExcelJS: sheet1.xml… in tab order. */
function sheetParts(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
}

const MUTATIONS: Mutation[] = [
  {
    name: "flip 1–8 random bytes",
    base: "ward",
    apply: async (b, rand) => {
      const out = Buffer.from(b);
      for (let k = 0; k <= int(rand, 7); k++) out[int(rand, out.length - 1)] ^= 1 + int(rand, 254);
      return out;
    },
  },
  {
    name: "flip bytes in the middle third (compressed sheet data)",
    base: "city",
    apply: async (b, rand) => {
      const out = Buffer.from(b);
      const third = Math.floor(out.length / 3);
      for (let k = 0; k < 4; k++) out[third + int(rand, third)] ^= 0xff;
      return out;
    },
  },
  { name: "truncate at a random length", base: "ward", apply: async (b, rand) => b.subarray(0, Math.floor(b.length * (0.1 + rand() * 0.85))) },
  { name: "truncate the last 30 bytes (end of central directory)", base: "city", apply: async (b) => b.subarray(0, b.length - 30) },
  {
    name: "insert 1–64 random bytes at a random place",
    base: "ward",
    apply: async (b, rand) => {
      const at = int(rand, b.length);
      const junk = Buffer.from(Array.from({ length: 1 + int(rand, 63) }, () => int(rand, 255)));
      return Buffer.concat([b.subarray(0, at), junk, b.subarray(at)]);
    },
  },
  {
    name: "zero a 512-byte block",
    base: "city",
    apply: async (b, rand) => {
      const out = Buffer.from(b);
      const at = int(rand, out.length - 512);
      return out.fill(0, at, at + 512);
    },
  },
  {
    name: "delete a zip entry (styles, shared strings, content types, relationships or a sheet)",
    base: "city",
    apply: (b, rand) =>
      editZip(b, async (zip) => {
        const part = pick(rand, ["xl/styles.xml", "xl/sharedStrings.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels", pick(rand, sheetParts(zip))]);
        zip.remove(part);
      }),
  },
  { name: "delete xl/sharedStrings.xml", base: "ward", apply: (b) => editZip(b, async (zip) => void zip.remove("xl/sharedStrings.xml")) },
  {
    name: "cut the sheet XML in the middle (unclosed tags)",
    base: "ward",
    apply: (b, rand) => editZip(b, (zip) => editXml(zip, SHEET_PART, (xml) => xml.slice(0, Math.floor(xml.length * (0.2 + rand() * 0.6))))),
  },
  {
    name: "garbage inside the sheet XML",
    base: "city",
    apply: (b, rand) =>
      editZip(b, (zip) =>
        editXml(zip, pick(rand, sheetParts(zip)), (xml) => {
          const at = xml.indexOf("<row", Math.floor(xml.length / 2));
          return `${xml.slice(0, at)}<<c r="ZZ" t="x"><v>&bogus;</v>${xml.slice(at)}`;
        }),
      ),
  },
  {
    name: "rename the sheet part (relationship points nowhere)",
    base: "ward",
    apply: (b) =>
      editZip(b, async (zip) => {
        const data = await zip.file(SHEET_PART)!.async("uint8array");
        zip.remove(SHEET_PART);
        zip.file("xl/worksheets/sheet9.xml", data);
      }),
  },
  {
    name: "huge dimension ref and a formatted cell at XFD1048576",
    base: "ward",
    apply: (b) =>
      editZip(b, (zip) =>
        editXml(zip, SHEET_PART, (xml) =>
          xml
            .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
            .replace("</sheetData>", '<row r="1048576" s="1" customFormat="1"><c r="XFD1048576" s="1"/></row></sheetData>'),
        ),
      ),
  },
  {
    name: "absurd numbers in value cells: 1e308, 1E+400, Infinity, NaN, -0",
    base: "ward",
    apply: (b, rand) =>
      editZip(b, (zip) =>
        editXml(zip, SHEET_PART, (xml) => {
          let n = 0;
          return xml.replace(/(<c r="E\d+"[^>]*>)<v>[^<]*<\/v>/g, (m, open: string) =>
            open.includes('t="') || n++ % 3 !== 0 ? m : `${open}<v>${pick(rand, ["1e308", "1E+400", "Infinity", "NaN", "-0", "9.9e15"])}</v>`,
          );
        }),
      ),
  },
  {
    name: "shared-string index out of range",
    base: "city",
    apply: (b, rand) =>
      editZip(b, (zip) => editXml(zip, pick(rand, sheetParts(zip)), (xml) => xml.replace(/(<c [^>]*t="s"[^>]*>)<v>\d+<\/v>/, "$1<v>99999</v>"))),
  },
  {
    name: "two sheets with the same name in workbook.xml",
    base: "city",
    apply: (b) =>
      editZip(b, (zip) =>
        editXml(zip, "xl/workbook.xml", (xml) => {
          const names = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
          return xml.replace(`name="${names[2]}"`, `name="${names[1]}"`);
        }),
      ),
  },
  {
    name: "style index out of range and a broken number format",
    base: "ward",
    apply: (b) =>
      editZip(b, async (zip) => {
        await editXml(zip, SHEET_PART, (xml) => xml.replace(/(<c r="E1\d"[^>]*?) s="\d+"/g, '$1 s="999"'));
        await editXml(zip, "xl/styles.xml", (xml) => xml.replace(/formatCode="[^"]*"/, 'formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy;&quot;"'));
      }),
  },
  {
    name: "the workbook's content types say it is a document",
    base: "ward",
    apply: (b) =>
      editZip(b, (zip) =>
        editXml(zip, "[Content_Types].xml", (xml) =>
          xml.replace(/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
        ),
      ),
  },
  {
    name: "sheet XML with a doctype entity expansion (billion laughs)",
    base: "ward",
    apply: (b) =>
      editZip(b, (zip) =>
        editXml(zip, SHEET_PART, (xml) => {
          const entities = ['<!ENTITY a "aaaaaaaaaa">', ...Array.from({ length: 8 }, (_, k) => `<!ENTITY ${"bcdefghi"[k]} "${`&${"abcdefgh"[k]};`.repeat(10)}">`)];
          return xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE worksheet [${entities.join("")}]>`).replace(/<v>0<\/v>/, "<v>&i;</v>");
        }),
      ),
  },
];

interface ChildRun {
  code: number | null;
  signal: string | null;
  out: string;
  ms: number;
  maxRssMb: number | null;
  timedOut: boolean;
}

const CHILD_TIMEOUT_MS = 20_000;

/** `node --max-old-space-size=512 bin/tonghop.js validate <file>`, its peak memory written by a preload on exit. */
function runValidate(file: string, preload: string, usage: string): Promise<ChildRun> {
  return new Promise((resolve) => {
    const start = Date.now();
    const child = spawn(process.execPath, ["--max-old-space-size=512", "-r", preload, join(ROOT, "bin", "tonghop.js"), "validate", file], {
      cwd: ROOT,
      env: { ...process.env, TONGHOP_USAGE_FILE: usage, NO_COLOR: "1" },
      detached: true,
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, "SIGKILL");
    }, CHILD_TIMEOUT_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let maxRssMb: number | null = null;
      try {
        maxRssMb = Math.round(JSON.parse(readFileSync(usage, "utf8")).maxRSS / 1024);
      } catch {
        // The child died before its exit handler ran: the exit code already says so.
      }
      resolve({ code, signal, out, ms: Date.now() - start, maxRssMb, timedOut });
    });
  });
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** What must never reach a user: a stack trace, a JavaScript error name, an untranslated failure, a V8 abort, NaN or ∞. */
function problemsOf(run: ChildRun): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`no answer within ${CHILD_TIMEOUT_MS / 1000} s`);
  if (run.code === null || ![0, 1, 2].includes(run.code)) problems.push(`exit ${run.code ?? run.signal}`);
  if (/^\s+at .+(\(|:\d+)/m.test(run.out)) problems.push("stack trace");
  if (/\b(TypeError|RangeError|ReferenceError|SyntaxError|Error):|FATAL ERROR|heap out of memory|Lỗi không mong đợi/.test(run.out)) {
    problems.push("untranslated error");
  }
  if (/\bNaN\b|∞|Infinity/.test(run.out)) problems.push('"NaN", "∞" or "Infinity" shown');
  if (run.code === 2 && !VIETNAMESE.test(run.out)) problems.push("exit 2 without a Vietnamese message");
  return problems;
}

describe("3. mutations: damaged .xlsx → validate ends with 0, 1 or 2 and a Vietnamese message, in bounded time and memory", () => {
  const dir = tempDir();
  const runs = new Map<string, { seed: number; run: ChildRun; first: string }>();
  afterAll(() => dir.remove());

  beforeAll(async () => {
    const preload = join(dir.path, "usage.cjs");
    writeFileSync(
      preload,
      'process.on("exit", () => require("fs").writeFileSync(process.env.TONGHOP_USAGE_FILE, JSON.stringify(process.resourceUsage())));\n',
    );
    const ward = await SampleWorkbook.unit("phuong-hiep-loi.xlsx");
    writeFigures(random(BASE_SEED), ward, undefined, wardFigures(random(BASE_SEED)), true);
    const bases = { ward: await ward.toBuffer(), city: await (await SampleWorkbook.city()).toBuffer() };
    const jobs = await Promise.all(
      MUTATIONS.map(async (m, i) => {
        const seed = BASE_SEED + 2000 + i;
        const file = join(dir.path, `hong-${i}.xlsx`);
        writeFileSync(file, await m.apply(bases[m.base], random(seed)));
        return { m, i, seed, file };
      }),
    );
    // Two at a time: the machine has two cores.
    const queue = jobs.slice();
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const run = await runValidate(job.file, preload, join(dir.path, `usage-${job.i}.json`));
        runs.set(job.m.name, { seed: job.seed, run, first: run.out.split("\n").find((l) => l.startsWith("Lỗi")) ?? "" });
      }
    };
    await Promise.all([worker(), worker()]);
    console.log(
      [
        "mutation | exit | ms | peak RSS MB | first error line",
        ...MUTATIONS.map((m) => {
          const r = runs.get(m.name)!;
          return `${m.name} | ${r.run.code ?? r.run.signal} | ${r.run.ms} | ${r.run.maxRssMb ?? "?"} | ${r.first.slice(0, 140)}`;
        }),
      ].join("\n"),
    );
  }, 300_000);

  test.each(MUTATIONS.map((m) => [m.name]))("%s", (name) => {
    const { seed, run } = runs.get(name)!;
    // On failure the output and the seed that rebuilds the file are the repro.
    expect({ seed, problems: problemsOf(run), output: run.out.slice(0, 3000) }).toEqual({ seed, problems: [], output: expect.any(String) });
    expect(run.maxRssMb ?? 0).toBeLessThan(700);
  });
});
