import { XMLParser } from "fast-xml-parser";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INTENDED_HOSTS } from "../../scripts/validate-manifest";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => ["Host", "Control", "bt:String", "bt:Url", "Group"].includes(name) }).parse(manifest);
const resources = xml.OfficeApp.VersionOverrides.Resources;
const text = (list: { id: string; DefaultValue: string }[], id: string) => list.find((r) => r.id === id)?.DefaultValue;

describe("the manifest in Word", () => {
  it("installs in Word as well as Excel, with no Excel-only requirement that would keep it out of Word", () => {
    expect(xml.OfficeApp.Hosts.Host.map((h: { Name: string }) => h.Name)).toEqual(["Workbook", "Document"]);
    expect(INTENDED_HOSTS).toEqual(["Workbook", "Document"]);
    expect(manifest).not.toMatch(/<Set Name="ExcelApi"/);
  });

  it("has a Tổng hợp group on Word's Home tab whose button Cập nhật số liệu opens the pane in Word mode", () => {
    const word = xml.OfficeApp.VersionOverrides.Hosts.Host.find((h: { "xsi:type": string }) => h["xsi:type"] === "Document");
    const tab = word.DesktopFormFactor.ExtensionPoint.OfficeTab;
    expect(tab.id).toBe("TabHome");
    const [group] = tab.Group;
    expect(text(resources["bt:ShortStrings"]["bt:String"], group.Label.resid)).toBe("Tổng hợp");
    const [button] = group.Control;
    expect(text(resources["bt:ShortStrings"]["bt:String"], button.Label.resid)).toBe("Cập nhật số liệu");
    expect(button.Action["xsi:type"]).toBe("ShowTaskpane");
    expect(text(resources["bt:Urls"]["bt:Url"], button.Action.SourceLocation.resid)).toBe("https://localhost:3000/taskpane.html?step=cap-nhat");
  });
});
