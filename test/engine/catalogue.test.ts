import { readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue, makeFinding, summarize } from "../../src/core/findings";

const doc = readFileSync(join(__dirname, "..", "..", "docs", "form-phu-luc-pcmd.md"), "utf8");
const section5 = doc.slice(doc.indexOf("## 5."), doc.indexOf("## 6."));
// Codes of §8 (periods over time) belong to a later feature.
const contractCodes = [...section5.matchAll(/^\| `([a-z.-]+)` \| (error|warning|info) \| (.*)$/gm)]
  .filter((m) => !m[3].includes("§8"))
  .map((m) => [m[1], m[2]]);

// Codes that come with forms as data (docs/form-format.md), not with one form.
const formatDoc = readFileSync(join(__dirname, "..", "..", "docs", "form-format.md"), "utf8");
const formatCodes = [...formatDoc.matchAll(/^\| `([a-z.-]+)` \| (error|warning|info) \| (.*)$/gm)].map((m) => [m[1], m[2]]);

describe("the finding catalogue", () => {
  it("has exactly the codes of form §5 and of the form format, with their severities", () => {
    expect(contractCodes).toHaveLength(24);
    expect(formatCodes).toHaveLength(2);
    const sorted = (codes: string[][]) => [...codes].sort((a, b) => a[0].localeCompare(b[0]));
    expect(sorted(Object.entries(catalogue).map(([code, t]) => [code, t.severity]))).toEqual(sorted([...contractCodes, ...formatCodes]));
  });

  it("builds a finding with its place, severity and message", () => {
    const place = { sheet: "P. Ngã Bảy", cell: "E30", indicator: "19", unit: "Phường Ngã Bảy", file: "a.xlsx" };
    const f = makeFinding("value.text", { label: "Tờ gấp, tờ rơi đã phát (mã 19)", text: "nhiều" }, place);
    expect(f).toEqual({ severity: "error", code: "value.text", ...place, message: 'Tờ gấp, tờ rơi đã phát (mã 19) ghi "nhiều", không phải là số.' });
    expect(f.message).toBe(f.message.normalize("NFC"));
    expect(summarize([f, { ...f, severity: "info" }])).toEqual({ errors: 1, warnings: 0, infos: 1 });
  });
});
