import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest, formatReports, ManifestReport, pngSize, validateBuild, WebRoot } from "../../scripts/validate-manifest";

const repo = join(__dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
const assets = readdirSync(join(repo, "assets")).map((f) => `assets/${f}`);
/** What `npm run build` emits besides the JS bundles (see webpack.config.js). */
const pages = ["taskpane.html", "commands.html", "help.html", "manifest.xml"];

function served(files: string[] = [...pages, ...assets]): WebRoot {
  const set = new Set(files);
  return { files: set, read: (file) => (set.has(file) ? readFileSync(join(repo, file)) : undefined) };
}

function errors(report: ManifestReport): string[] {
  return report.checks.flatMap((c) => c.errors.map((e) => `${c.title}: ${e}`));
}

/** Replaces exactly one occurrence, so a broken variant cannot silently stay unbroken. */
function edit(xml: string, from: string, to: string): string {
  expect(xml.split(from)).toHaveLength(2);
  return xml.replace(from, to);
}

describe("checkManifest on the real manifest", () => {
  it("passes every check with the files the build serves", () => {
    const report = checkManifest(manifest, served());
    expect(errors(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.webRoot).toBe("https://localhost:3000/");
  });

  it("puts the three step buttons on the Home tab, each opening the one task pane at its step", () => {
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    for (const step of ["kiem-tra", "tong-hop", "bao-cao"]) expect(manifest).toContain(`https://localhost:3000/taskpane.html?step=${step}`);
    expect(manifest.match(/<TaskpaneId>TongHop\.Taskpane<\/TaskpaneId>/g)).toHaveLength(3);
  });

  it("has real icons at the sizes the ribbon asks for", () => {
    for (const size of [16, 32, 80]) {
      for (const name of ["icon", "kiem-tra", "tong-hop", "bao-cao"]) {
        expect(pngSize(readFileSync(join(repo, "assets", `${name}-${size}.png`)))).toEqual({ width: size, height: size });
      }
    }
  });
});

describe("checkManifest catches broken manifests", () => {
  const failing = (xml: string, files?: string[]) => {
    const report = checkManifest(xml, served(files));
    expect(report.ok).toBe(false);
    return errors(report).join("\n");
  };

  it("malformed XML", () => {
    expect(failing(edit(manifest, "</Hosts>\n  <DefaultSettings>", "</Host>\n  <DefaultSettings>"))).toMatch(/well-formed XML: line \d+/);
  });

  it("base elements out of schema order", () => {
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    const moved = edit(edit(manifest, permissions, ""), "  <DefaultSettings>", permissions + "  <DefaultSettings>");
    expect(failing(moved)).toContain("element order: <OfficeApp[TaskPaneApp]>: <DefaultSettings> must come before <Permissions>");
  });

  it("control children out of order", () => {
    const kiemTra = manifest.indexOf('id="TongHop.KiemTra"');
    const supertipStart = manifest.indexOf("<Supertip>", kiemTra);
    const supertipEnd = manifest.indexOf("</Supertip>", kiemTra) + "</Supertip>".length;
    const iconEnd = manifest.indexOf("</Icon>", supertipEnd) + "</Icon>".length;
    const supertip = manifest.slice(supertipStart, supertipEnd);
    const icon = manifest.slice(supertipEnd, iconEnd);
    const swapped = manifest.slice(0, supertipStart) + icon.trimStart() + "\n" + supertip + manifest.slice(iconEnd);
    expect(failing(swapped)).toMatch(/<Control\[Button\]#TongHop\.KiemTra>: <Supertip> must come before <Icon>/);
  });

  it("a duplicate control id", () => {
    expect(failing(edit(manifest, 'id="TongHop.BaoCao"', 'id="TongHop.KiemTra"'))).toContain('id "TongHop.KiemTra" is already used');
  });

  it("a duplicate resource id", () => {
    expect(failing(edit(manifest, '<bt:String id="Taskpane.Title"', '<bt:String id="Group.Label"'))).toContain('resource id "Group.Label" is defined twice');
  });

  it("a missing icon file", () => {
    const files = [...pages, ...assets.filter((f) => f !== "assets/kiem-tra-80.png")];
    expect(failing(manifest, files)).toContain("assets/kiem-tra-80.png is not in the build");
  });

  it("an icon of the wrong size", () => {
    expect(failing(edit(manifest, "assets/kiem-tra-80.png", "assets/kiem-tra-32.png"))).toContain("assets/kiem-tra-32.png is 32×32, expected 80×80");
  });

  it("a page the build does not serve", () => {
    expect(failing(edit(manifest, "commands.html", "function-file.html"))).toContain("function-file.html is not in the build");
  });

  it("an unresolved or mistyped resid", () => {
    expect(failing(edit(manifest, '<Label resid="CapNhat.Label"/>', '<Label resid="Group.Nhan"/>'))).toContain('resid "Group.Nhan" is not defined');
    expect(failing(edit(manifest, '<Label resid="CapNhat.Label"/>', '<Label resid="KiemTra.Tooltip"/>'))).toContain("expected <bt:ShortStrings>");
  });

  it("an http URL", () => {
    expect(failing(edit(manifest, '"https://localhost:3000/help.html"/>\n  <Hosts>', '"http://localhost:3000/help.html"/>\n  <Hosts>'))).toContain("is not an https URL");
  });

  it("hosts and permissions other than intended", () => {
    expect(failing(edit(manifest, "<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"))).toContain("<Permissions> is ReadDocument; intended: ReadWriteDocument");
    expect(failing(edit(manifest, '    <Host Name="Document"/>\n', ""))).toContain("<Hosts> lists Workbook; intended: Workbook, Document");
  });

  it("a string longer than Office allows", () => {
    expect(failing(edit(manifest, 'DefaultValue="Báo cáo"', `DefaultValue="${"Báo cáo ".repeat(20)}"`))).toMatch(/"BaoCao.Label" has \d+ characters; at most 125/);
  });
});

describe("validateBuild", () => {
  let dist: string;
  beforeEach(() => {
    dist = mkdtempSync(join(tmpdir(), "tonghop-dist-"));
    mkdirSync(join(dist, "assets"));
    cpSync(join(repo, "assets"), join(dist, "assets"), { recursive: true });
    for (const page of pages.filter((p) => p.endsWith(".html"))) writeFileSync(join(dist, page), "<!doctype html>");
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("accepts a production copy that only swaps the web root", () => {
    writeFileSync(join(dist, "manifest.xml"), manifest.replaceAll("https://localhost:3000/", "https://tonghop.example.vn/"));
    const reports = validateBuild(repo, dist);
    expect(reports.map((r) => [r.file, r.report.webRoot, r.report.ok])).toEqual([
      ["manifest.xml", "https://localhost:3000/", true],
      ["dist/manifest.xml", "https://tonghop.example.vn/", true],
    ]);
    expect(formatReports(reports)).toContain("Manifests valid (2 files)");
  });

  it("rejects a development copy left in dist/", () => {
    writeFileSync(join(dist, "manifest.xml"), manifest);
    const text = formatReports(validateBuild(repo, dist));
    expect(text).toContain("a development build; run `npm run build`");
    expect(text).toContain("Manifest errors in 1 of 2 files");
  });

  it("rejects a missing copy", () => {
    expect(formatReports(validateBuild(repo, dist))).toContain("dist/manifest.xml is missing");
  });
});
