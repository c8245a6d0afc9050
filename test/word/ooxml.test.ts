import { contentPackages, controlContents } from "../../src/hosts/word/ooxml";

const DOC =
  '<?xml version="1.0"?><w:document xmlns:w="urn:w" xmlns:r="urn:r"><w:body>' +
  '<w:sdt><w:sdtPr><w:alias w:val="Nhóm"/><w:tag w:val="tonghop:g"/></w:sdtPr><w:sdtContent>' +
  '<w:p><w:r><w:t>Có </w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="tonghop:a&amp;b"/></w:sdtPr><w:sdtContent><w:r><w:t>06</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
  "</w:sdtContent></w:sdt><w:p/></w:body></w:document>";

describe("control contents from document.xml", () => {
  it("cuts each control's content out, nested controls included, tags unescaped", () => {
    const contents = controlContents(DOC);
    expect(contents.get("tonghop:a&b")).toBe("<w:r><w:t>06</w:t></w:r>");
    expect(contents.get("tonghop:g")).toMatch(/^<w:p><w:r><w:t>Có <\/w:t><\/w:r><w:sdt>.*<\/w:sdt><\/w:p>$/);
  });

  it("wraps a group's content as the body of a Flat OPC package, with the document's namespaces", () => {
    const pkg = contentPackages(DOC, ["tonghop:g", "tonghop:missing"]);
    expect([...pkg.keys()]).toEqual(["tonghop:g"]);
    expect(pkg.get("tonghop:g")).toContain('<pkg:part pkg:name="/word/document.xml"');
    expect(pkg.get("tonghop:g")).toContain('<w:document xmlns:w="urn:w" xmlns:r="urn:r"><w:body><w:p><w:r><w:t>Có </w:t>');
  });
});
