/**
 * `npm run validate`: an offline check of the add-in manifests (Microsoft's online validator is
 * unreachable here). Run it after `npm run build`: it checks manifest*.xml and the production copies
 * in dist/ against the files the build actually serves.
 *
 * Checked: well-formed XML; elements in the order of the XSD sequences (OfficeAppManifestV1_1 and
 * TaskPaneAppVersionOverridesV1_0); unique ids; every resid resolving to a resource of the right
 * kind; hosts and permissions as intended; https only; every URL under the add-in's web root and
 * served by the build; every icon a PNG of the size it is declared at; string lengths.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** Office hosts the add-in is meant for (base `Host@Name` / VersionOverrides `Host@xsi:type`). */
export const INTENDED_HOSTS = ["Workbook", "Document"];
export const INTENDED_PERMISSIONS = "ReadWriteDocument";

/** The files a build serves, by path relative to the web root ("assets/icon-16.png"). */
export interface WebRoot {
  files: ReadonlySet<string>;
  read(file: string): Uint8Array | undefined;
}

export interface ManifestCheck {
  title: string;
  errors: string[];
}

export interface ManifestReport {
  /** Where the manifest says the add-in is served from, e.g. "https://localhost:3000/". */
  webRoot: string | null;
  checks: ManifestCheck[];
  warnings: string[];
  ok: boolean;
}

export interface ManifestOptions {
  hosts?: readonly string[];
  permissions?: string;
}

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

type Sequence = { order: string[]; required?: string[] };

const BASE_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];

/**
 * Child sequences by parent. A key is the element name, with `:xsi:type` when the type decides
 * the content, and a "VO " prefix for Hosts/Host inside VersionOverrides (they differ from the
 * base manifest's). Parents not listed are not order-checked.
 */
const SEQUENCES: Record<string, Sequence> = {
  OfficeApp: {
    order: BASE_ORDER,
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
  },
  Hosts: { order: ["Host"], required: ["Host"] },
  Requirements: { order: ["Sets", "Methods"] },
  DefaultSettings: { order: ["SourceLocation", "RequestedWidth", "RequestedHeight"], required: ["SourceLocation"] },
  VersionOverrides: { order: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"] },
  "VO Hosts": { order: ["Host"], required: ["Host"] },
  "VO Host:Workbook": { order: ["AllFormFactors", "DesktopFormFactor"] },
  "VO Host:Document": { order: ["AllFormFactors", "DesktopFormFactor"] },
  DesktopFormFactor: { order: ["GetStarted", "FunctionFile", "ExtensionPoint"], required: ["ExtensionPoint"] },
  GetStarted: { order: ["Title", "Description", "LearnMoreUrl"], required: ["Title", "Description", "LearnMoreUrl"] },
  "ExtensionPoint:PrimaryCommandSurface": { order: ["OfficeTab", "CustomTab"] },
  "ExtensionPoint:ContextMenu": { order: ["OfficeMenu"], required: ["OfficeMenu"] },
  OfficeTab: { order: ["Group"], required: ["Group"] },
  CustomTab: { order: ["Group", "Label"], required: ["Group", "Label"] },
  Group: { order: ["Label", "Icon", "Control"], required: ["Label", "Icon", "Control"] },
  "Control:Button": { order: ["Label", "Supertip", "Icon", "Action"], required: ["Label", "Supertip", "Icon", "Action"] },
  "Control:Menu": { order: ["Label", "Supertip", "Icon", "Items"], required: ["Label", "Supertip", "Icon", "Items"] },
  Supertip: { order: ["Title", "Description"], required: ["Title", "Description"] },
  "Action:ShowTaskpane": { order: ["TaskpaneId", "SourceLocation", "Title"], required: ["SourceLocation"] },
  "Action:ExecuteFunction": { order: ["FunctionName"], required: ["FunctionName"] },
  Icon: { order: ["bt:Image"], required: ["bt:Image"] },
  Resources: { order: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] },
};

/** Which resource list a `resid` must point into, by the referring element. */
const RESID_KIND: Record<string, string> = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  FunctionFile: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"]);
const MAX_LENGTH: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toTree(nodes: Record<string, unknown>[]): El[] {
  const out: El[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ":@");
    if (!name || name.startsWith("?") || name === "#text") continue;
    const raw = node[name] as Record<string, unknown>[];
    out.push({
      name,
      attrs: (node[":@"] as Record<string, string> | undefined) ?? {},
      children: toTree(raw),
      text: raw
        .filter((c) => "#text" in c)
        .map((c) => String(c["#text"]))
        .join("")
        .trim(),
    });
  }
  return out;
}

function* walk(el: El, path: El[] = []): Generator<[El, El[]]> {
  yield [el, path];
  for (const child of el.children) yield* walk(child, [...path, el]);
}

function child(el: El | undefined, name: string): El | undefined {
  return el?.children.find((c) => c.name === name);
}

function label(el: El): string {
  const id = el.attrs.id ? `#${el.attrs.id}` : "";
  const type = el.attrs["xsi:type"] ? `[${el.attrs["xsi:type"]}]` : "";
  return `<${el.name}${type}${id}>`;
}

function where(el: El, path: El[]): string {
  return [...path, el].map(label).join(" › ");
}

function sequenceKey(el: El, inVersionOverrides: boolean): string {
  const prefix = inVersionOverrides && (el.name === "Hosts" || el.name === "Host") ? "VO " : "";
  const typed = `${prefix}${el.name}:${el.attrs["xsi:type"] ?? ""}`;
  return typed in SEQUENCES ? typed : `${prefix}${el.name}`;
}

/** PNG width and height from the IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function checkManifest(xml: string, served: WebRoot, options: ManifestOptions = {}): ManifestReport {
  const hosts = options.hosts ?? INTENDED_HOSTS;
  const permissions = options.permissions ?? INTENDED_PERMISSIONS;
  const checks: ManifestCheck[] = [];
  const warnings: string[] = [];
  const section = (title: string): string[] => {
    const errors: string[] = [];
    checks.push({ title, errors });
    return errors;
  };
  const done = (webRoot: string | null): ManifestReport => ({ webRoot, checks, warnings, ok: checks.every((c) => c.errors.length === 0) });

  const wellFormed = section("XML hợp lệ / well-formed XML");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    wellFormed.push(`line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
    return done(null);
  }
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false });
  const roots = toTree(parser.parse(xml));
  const root = roots[0];
  if (roots.length !== 1 || root.name !== "OfficeApp") {
    wellFormed.push("the document element must be <OfficeApp>");
    return done(null);
  }
  if (root.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") wellFormed.push(`<OfficeApp> xmlns must be the appforoffice/1.1 namespace`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") wellFormed.push(`<OfficeApp> xsi:type must be TaskPaneApp, not ${root.attrs["xsi:type"] ?? "(missing)"}`);
  const versionOverrides = child(root, "VersionOverrides");
  if (versionOverrides) {
    if (versionOverrides.attrs.xmlns !== "http://schemas.microsoft.com/office/taskpaneappversionoverrides" || versionOverrides.attrs["xsi:type"] !== "VersionOverridesV1_0") {
      wellFormed.push("a task pane add-in takes only VersionOverridesV1_0 in the taskpaneappversionoverrides namespace");
    }
  }

  const order = section("Thứ tự phần tử / element order");
  for (const [el, path] of walk(root)) {
    const inVersionOverrides = path.some((p) => p.name === "VersionOverrides");
    const sequence = SEQUENCES[sequenceKey(el, inVersionOverrides)];
    if (!sequence) continue;
    let last = -1;
    for (const c of el.children) {
      const at = sequence.order.indexOf(c.name);
      if (at < 0) order.push(`${where(el, path)}: <${c.name}> is not allowed here`);
      else if (at < last) order.push(`${where(el, path)}: <${c.name}> must come before <${sequence.order[last]}>`);
      else last = at;
    }
    for (const name of sequence.required ?? []) {
      if (!child(el, name)) order.push(`${where(el, path)}: <${name}> is missing`);
    }
  }

  const ids = section("Mã định danh duy nhất / unique ids");
  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) ids.push(`<Id> must be a GUID, not "${id}"`);
  for (const [host, path] of walk(root)) {
    if (host.name !== "Host" || !path.some((p) => p.name === "VersionOverrides")) continue;
    const seen = new Map<string, string>();
    for (const [el, elPath] of walk(host, path)) {
      if (!["Group", "Control", "CustomTab", "Item"].includes(el.name) || !el.attrs.id) continue;
      const previous = seen.get(el.attrs.id);
      if (previous) ids.push(`${where(el, elPath)}: id "${el.attrs.id}" is already used by ${previous}`);
      else seen.set(el.attrs.id, label(el));
    }
  }
  const resources = new Map<string, { kind: string; el: El }>();
  const resourcesEl = child(versionOverrides, "Resources");
  for (const list of resourcesEl?.children ?? []) {
    for (const el of list.children) {
      const rid = el.attrs.id;
      if (!rid) ids.push(`<${list.name}> › <${el.name}> has no id`);
      else if (resources.has(rid)) ids.push(`resource id "${rid}" is defined twice (${resources.get(rid)?.kind}, ${list.name})`);
      else resources.set(rid, { kind: list.name, el });
    }
  }

  const refs = section("Tham chiếu resid / resid references");
  const used = new Set<string>();
  for (const [el, path] of walk(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const resource = resources.get(resid);
    const kind = RESID_KIND[el.name];
    if (!resource) refs.push(`${where(el, path)}: resid "${resid}" is not defined in <Resources>`);
    else if (kind && resource.kind !== kind) refs.push(`${where(el, path)}: resid "${resid}" is in <${resource.kind}>, expected <${kind}>`);
  }
  for (const rid of resources.keys()) if (!used.has(rid)) warnings.push(`resource "${rid}" is never referenced`);

  const hostsCheck = section("Ứng dụng và quyền / hosts and permissions");
  const same = (a: string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
  const baseHosts = (child(root, "Hosts")?.children ?? []).map((h) => h.attrs.Name ?? "");
  if (!same(baseHosts, hosts)) hostsCheck.push(`<Hosts> lists ${baseHosts.join(", ") || "nothing"}; intended: ${hosts.join(", ")}`);
  if (versionOverrides) {
    const overrideHosts = (child(versionOverrides, "Hosts")?.children ?? []).map((h) => h.attrs["xsi:type"] ?? "");
    if (!same(overrideHosts, hosts)) hostsCheck.push(`<VersionOverrides> › <Hosts> lists ${overrideHosts.join(", ") || "nothing"}; intended: ${hosts.join(", ")}`);
  }
  const granted = child(root, "Permissions")?.text;
  if (granted !== permissions) hostsCheck.push(`<Permissions> is ${granted ?? "(missing)"}; intended: ${permissions}`);

  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
  const webRoot = source && URL.canParse(source) ? new URL(".", source).href : null;
  const urls: { url: string; el: El; path: El[] }[] = [];
  for (const [el, path] of walk(root)) {
    if (URL_ELEMENTS.has(el.name) && el.attrs.DefaultValue !== undefined) urls.push({ url: el.attrs.DefaultValue, el, path });
    if (el.name === "Override" && el.attrs.Value !== undefined && path.length > 0 && URL_ELEMENTS.has(path[path.length - 1].name)) urls.push({ url: el.attrs.Value, el, path });
    if (el.name === "AppDomain") urls.push({ url: el.text, el, path });
  }

  const https = section("Chỉ dùng https / https only");
  for (const { url, el, path } of urls) {
    if (!URL.canParse(url) || new URL(url).protocol !== "https:") https.push(`${where(el, path)}: "${url}" is not an https URL`);
  }

  const servedCheck = section("Địa chỉ do bản dựng phục vụ / URLs served by the build");
  const filesByUrl = new Map<string, string>();
  if (!webRoot) servedCheck.push("<DefaultSettings> › <SourceLocation> has no valid URL, so the web root is unknown");
  else {
    for (const { url, el, path } of urls) {
      if (el.name === "AppDomain" || !URL.canParse(url)) continue;
      const parsed = new URL(url);
      if (!parsed.href.startsWith(webRoot)) {
        warnings.push(`${where(el, path)}: "${url}" is outside ${webRoot}; not checked`);
        continue;
      }
      const file = decodeURIComponent(parsed.pathname.slice(new URL(webRoot).pathname.length));
      filesByUrl.set(url, file);
      if (!served.files.has(file)) servedCheck.push(`${where(el, path)}: "${url}" → ${file} is not in the build`);
    }
  }

  const icons = section("Biểu tượng / icons");
  const expectIcon = (url: string | undefined, size: number, what: string) => {
    const file = url === undefined ? undefined : filesByUrl.get(url);
    if (url === undefined || file === undefined || !served.files.has(file)) return; // reported above
    const bytes = served.read(file);
    const dims = bytes ? pngSize(bytes) : null;
    if (!dims) icons.push(`${what}: ${file} is not a PNG`);
    else if (dims.width !== size || dims.height !== size) icons.push(`${what}: ${file} is ${dims.width}×${dims.height}, expected ${size}×${size}`);
  };
  expectIcon(child(root, "IconUrl")?.attrs.DefaultValue, 32, "<IconUrl>");
  expectIcon(child(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64, "<HighResolutionIconUrl>");
  for (const [el, path] of walk(root)) {
    if (el.name !== "bt:Image" || path[path.length - 1]?.name !== "Icon") continue;
    const resource = resources.get(el.attrs.resid ?? "");
    expectIcon(resource?.el.attrs.DefaultValue, Number(el.attrs.size), where(el, path));
  }

  const strings = section("Độ dài chuỗi / string lengths");
  const checkLength = (text: string | undefined, max: number, what: string) => {
    if (text === undefined || text.trim() === "") strings.push(`${what} is empty`);
    else if ([...text].length > max) strings.push(`${what} has ${[...text].length} characters; at most ${max}`);
  };
  checkLength(child(root, "DisplayName")?.attrs.DefaultValue, 125, "<DisplayName>");
  checkLength(child(root, "Description")?.attrs.DefaultValue, 250, "<Description>");
  for (const [rid, { kind, el }] of resources) {
    if (kind in MAX_LENGTH) checkLength(el.attrs.DefaultValue, MAX_LENGTH[kind], `<${kind}> "${rid}"`);
  }

  return done(webRoot);
}

/** Every file under `dir`, as "/"-separated paths relative to it. */
export function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

export function webRootOf(dir: string): WebRoot {
  const files = new Set(listFiles(dir));
  return { files, read: (file) => (files.has(file) ? readFileSync(join(dir, file)) : undefined) };
}

export interface BuildReport {
  file: string;
  report: ManifestReport;
}

/**
 * Checks each manifest*.xml of `repo` and its copy in `dist`: both against the files in `dist`,
 * the copy also for being the source with only the web root replaced (the production URL).
 */
export function validateBuild(repo: string, dist: string, options: ManifestOptions = {}): BuildReport[] {
  const served = webRootOf(dist);
  const manifests = readdirSync(repo).filter((f) => /^manifest.*\.xml$/.test(f));
  const out: BuildReport[] = [];
  for (const name of manifests) {
    const sourceXml = readFileSync(join(repo, name), "utf8");
    const source = checkManifest(sourceXml, served, options);
    out.push({ file: name, report: source });
    const builtPath = join(dist, name);
    if (!existsSync(builtPath)) {
      source.checks.push({ title: "Bản dựng / build", errors: [`dist/${name} is missing: the build did not copy it`] });
      source.ok = false;
      continue;
    }
    const builtXml = readFileSync(builtPath, "utf8");
    const built = checkManifest(builtXml, served, options);
    const production: string[] = [];
    if (source.webRoot && built.webRoot === source.webRoot) production.push(`still served from ${source.webRoot}: a development build; run \`npm run build\``);
    else if (source.webRoot && built.webRoot && builtXml !== sourceXml.replaceAll(source.webRoot, built.webRoot)) {
      production.push(`differs from ${name} by more than ${source.webRoot} → ${built.webRoot}; rebuild`);
    }
    built.checks.push({ title: "Bản dựng phát hành / production build", errors: production });
    built.ok = built.checks.every((c) => c.errors.length === 0);
    out.push({ file: `dist/${name}`, report: built });
  }
  return out;
}

export function formatReports(reports: BuildReport[]): string {
  const lines: string[] = [];
  for (const { file, report } of reports) {
    lines.push(`${file}${report.webRoot ? ` (${report.webRoot})` : ""}`);
    for (const check of report.checks) {
      lines.push(`  ${check.errors.length === 0 ? "✓" : "✗"} ${check.title}`);
      for (const e of check.errors) lines.push(`      ${e}`);
    }
    for (const w of report.warnings) lines.push(`  ! ${w}`);
  }
  const failed = reports.filter((r) => !r.report.ok).length;
  lines.push(
    failed === 0
      ? `Manifest hợp lệ (${reports.length} tệp). / Manifests valid (${reports.length} files).`
      : `Manifest có lỗi: ${failed}/${reports.length} tệp. / Manifest errors in ${failed} of ${reports.length} files.`,
  );
  return lines.join("\n");
}

function main(): void {
  const repo = join(__dirname, "..");
  const dist = join(repo, "dist");
  if (!existsSync(dist)) {
    console.error("Không tìm thấy dist/: hãy chạy `npm run build` trước. / dist/ not found: run `npm run build` first.");
    process.exitCode = 1;
    return;
  }
  const reports = validateBuild(repo, dist);
  if (reports.length === 0) {
    console.error("Không có manifest*.xml. / No manifest*.xml found.");
    process.exitCode = 1;
    return;
  }
  console.log(formatReports(reports));
  if (reports.some((r) => !r.report.ok)) process.exitCode = 1;
}

if (require.main === module) main();
