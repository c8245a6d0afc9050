/** The .docx read back from its XML: content controls for every figure, metadata, and the decree's layout. */
import { FigureRun, ReportModel } from "../../src/core/report/model";
import { reportFigures } from "../../src/core/report/report-figures";
import { REPORT_PROPERTIES, writeReportDocx } from "../../src/hosts/docx/write-report-docx";
import { SampleWorkbook, SHEETS, validateBooks } from "../helpers/sample-workbook";
import { all, child, contentControls, Control, docxParts, parseXml, runText, XNode } from "./docx-reader";
import { report, sampleResult } from "./fixtures";

function figureRuns(model: ReportModel): FigureRun[] {
  return model.body.flatMap((b) => (b.type === "generated" ? b.paragraphs.flatMap((p) => p.runs.filter((r): r is FigureRun => r.type === "figure")) : []));
}

function paragraphWith(document: XNode, text: string): XNode {
  const p = all(document, "w:p").find((n) => runText(n).includes(text));
  if (!p) throw new Error(`no paragraph with "${text}"`);
  return p;
}

function firstRunProps(p: XNode): XNode {
  return child(all(p, "w:r")[0], "w:rPr")!;
}

function val(node: XNode | undefined, name: string): string | undefined {
  return node ? child(node, name)?.attrs["w:val"] : undefined;
}

describe("the sample report as .docx", () => {
  let model: ReportModel;
  let parts: Map<string, string>;
  let document: XNode;
  let controls: Control[];

  beforeAll(async () => {
    model = report(await sampleResult());
    parts = await docxParts(await writeReportDocx(model));
    document = parseXml(parts.get("word/document.xml")!);
    controls = contentControls(document);
  });

  it("is a package of well-formed XML parts", () => {
    for (const [name, xml] of parts) expect([name, parseXml(xml).name]).toEqual([name, expect.any(String)]);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "docProps/custom.xml", "[Content_Types].xml"]));
  });

  it("puts every figure in a run-level content control tagged tonghop:<key>, holding the figure's text", () => {
    const runs = figureRuns(model);
    expect(runs.length).toBeGreaterThan(35);
    for (const f of runs) {
      const c = controls.find((x) => x.tag === `tonghop:${f.key}`);
      expect(c).toMatchObject({ level: "run", text: f.text, alias: f.label });
    }
    const byTag = new Map(controls.map((c) => [c.tag, c]));
    for (const [code, text] of [
      ["01", "78,07"],
      ["02", "56.182"],
      ["03", "226"],
      ["04", "142"],
      ["05", "04"],
      ["06", "70"],
      ["07", "10"],
      ["10", "15"],
      ["13", "80"],
      ["17", "06/06"],
      ["19", "500"],
      ["20", "50"],
      ["21", "20"],
      ["22", "350"],
      ["24", "420"],
      ["26", "70"],
      ["40", "31,5"],
    ]) {
      expect(byTag.get(`tonghop:${code}`)?.text).toBe(text);
    }
    expect(byTag.get("tonghop:don-vi")?.text).toBe("06");
  });

  it("puts each generated group and the appendix in a block-level control; the texts are reportFigures'", () => {
    const expected = reportFigures(model);
    const tags = controls.map((c) => c.tag);
    expect(new Set(tags).size).toBe(tags.length);
    expect(new Set(tags)).toEqual(new Set(expected.keys()));
    for (const c of controls) expect([c.tag, c.text]).toEqual([c.tag, expected.get(c.tag)]);
    expect(controls.filter((c) => c.level === "block").map((c) => c.tag)).toEqual([
      "tonghop:muc-I",
      "tonghop:muc-II-2",
      "tonghop:muc-II-4",
      "tonghop:muc-II-5",
      "tonghop:muc-II-6",
      "tonghop:phu-luc",
    ]);
    expect(new Set(controls.map((c) => c.id)).size).toBe(controls.length);
  });

  it("leaves staff prose and info-sheet text outside the controls", () => {
    const inside = controls.map((c) => c.text).join("\n");
    for (const staff of ["Kế hoạch số 60/KH-UBND", "Công tác phòng, chống mại dâm đã được các ban, ngành", "Thực hiện Công văn số 900", "Tăng cường công tác tuyên truyền", "Kính gửi"]) {
      expect(runText(document)).toContain(staff);
      expect(inside).not.toContain(staff);
    }
  });

  it("records form, period, source workbook and generation time as custom properties", () => {
    const props = all(parseXml(parts.get("docProps/custom.xml")!), "property").map((p) => [p.attrs.name, runTextOfProperty(p)]);
    expect(Object.fromEntries(props)).toEqual({
      [REPORT_PROPERTIES.formId]: "phu-luc-pcmd",
      [REPORT_PROPERTIES.period]: "6 tháng đầu năm 2023",
      [REPORT_PROPERTIES.sourceWorkbook]: "tong-hop-ngabay.xlsx",
      [REPORT_PROPERTIES.generatedAt]: "2023-06-20T08:00:00.000Z",
    });
  });

  it("is A4 with the decree's margins, page numbers from page 2, and a landscape appendix section", () => {
    const sections = all(document, "w:sectPr");
    expect(sections).toHaveLength(2);
    const [main, appendix] = sections;
    expect(child(main, "w:pgSz")?.attrs).toMatchObject({ "w:w": "11906", "w:h": "16838" });
    // 20 mm top and bottom, 30 mm left, 15 mm right.
    expect(child(main, "w:pgMar")?.attrs).toMatchObject({ "w:top": "1134", "w:bottom": "1134", "w:left": "1701", "w:right": "850" });
    expect(child(main, "w:titlePg")).toBeDefined();
    expect(child(appendix, "w:pgSz")?.attrs).toMatchObject({ "w:w": "16838", "w:h": "11906", "w:orient": "landscape" });
    expect(child(appendix, "w:pgNumType")?.attrs).toMatchObject({ "w:start": "1" });
    expect(child(appendix, "w:titlePg")).toBeDefined();

    const rels = parseXml(parts.get("word/_rels/document.xml.rels")!);
    const headerXml = (type: string) => {
      const id = all(main, "w:headerReference").find((h) => h.attrs["w:type"] === type)!.attrs["r:id"];
      return parts.get(`word/${rels.children.find((r) => r.attrs.Id === id)!.attrs.Target}`)!;
    };
    expect(headerXml("default")).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(val(child(all(parseXml(headerXml("default")), "w:p")[0], "w:pPr"), "w:jc")).toBe("center");
    expect(headerXml("first")).not.toMatch(/PAGE/);
  });

  it("sets Times New Roman 14 pt throughout, Vietnamese", () => {
    const styles = parseXml(parts.get("word/styles.xml")!);
    const defaults = all(styles, "w:rPrDefault")[0];
    expect(all(defaults, "w:rFonts")[0].attrs).toMatchObject({ "w:ascii": "Times New Roman", "w:hAnsi": "Times New Roman", "w:cs": "Times New Roman", "w:eastAsia": "Times New Roman" });
    expect(val(all(defaults, "w:rPr")[0], "w:sz")).toBe("28");
    expect(val(all(defaults, "w:rPr")[0], "w:lang")).toBe("vi-VN");
    const fonts = all(document, "w:rFonts").flatMap((f) => Object.values(f.attrs));
    expect(fonts.filter((f) => f !== "Times New Roman")).toEqual([]);
  });

  it("lays out the header as a borderless two-column table per Nghị định 30", () => {
    const table = all(document, "w:tbl")[0];
    expect(all(child(table, "w:tblPr")!, "w:tblBorders")[0].children.every((b) => b.attrs["w:val"] === "none")).toBe(true);
    const [left, right] = all(table, "w:tc");
    const agency = all(left, "w:p").filter((p) => runText(p) !== "");
    expect(agency.map(runText)).toEqual(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ NGÃ BẢY", "Số:         /BC-UBND"]);
    for (const p of agency.slice(0, 2)) {
      expect(child(firstRunProps(p), "w:b")).toBeDefined();
      expect(val(firstRunProps(p), "w:sz")).toBe("26");
    }
    // A short rule under the agency: an empty paragraph with a bottom border, indented on both sides.
    const rule = all(left, "w:p").find((p) => all(p, "w:bottom").length > 0)!;
    expect(Number(all(rule, "w:ind")[0].attrs["w:left"])).toBeGreaterThan(0);
    const nation = all(right, "w:p").filter((p) => runText(p) !== "");
    expect(nation.map(runText)).toEqual(["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ngã Bảy, ngày     tháng     năm 2023"]);
    expect([child(firstRunProps(nation[0]), "w:b") !== undefined, val(firstRunProps(nation[0]), "w:sz")]).toEqual([true, "24"]);
    expect([child(firstRunProps(nation[1]), "w:b") !== undefined, val(firstRunProps(nation[1]), "w:sz")]).toEqual([true, "26"]);
    expect(all(right, "w:p").some((p) => all(p, "w:bottom").length > 0)).toBe(true);
    expect(child(firstRunProps(nation[2]), "w:i")).toBeDefined();
  });

  it("centres the title in bold and sets the body justified, 14 pt, with a first-line indent and 6 pt spacing", () => {
    for (const t of ["BÁO CÁO", "Kết quả thực hiện công tác phòng, chống mại dâm", "06 tháng đầu năm 2023 trên địa bàn thành phố Ngã Bảy"]) {
      const p = all(document, "w:p").find((n) => runText(n) === t)!;
      expect(val(child(p, "w:pPr"), "w:jc")).toBe("center");
      expect(child(firstRunProps(p), "w:b")).toBeDefined();
    }
    expect(val(child(paragraphWith(document, "Kính gửi:"), "w:pPr"), "w:jc")).toBe("center");
    const body = paragraphWith(document, "Thành phố Ngã Bảy có diện tích tự nhiên");
    const pPr = child(body, "w:pPr")!;
    expect(val(pPr, "w:jc")).toBe("both");
    expect(child(pPr, "w:ind")?.attrs["w:firstLine"]).toBe("720");
    expect(Number(child(pPr, "w:spacing")?.attrs["w:before"])).toBeGreaterThanOrEqual(120);
    const line = Number(child(pPr, "w:spacing")?.attrs["w:line"]);
    expect(line).toBeGreaterThanOrEqual(240);
    expect(line).toBeLessThanOrEqual(360);
    expect(val(firstRunProps(body), "w:sz")).toBe("28");
  });

  it("puts Nơi nhận beside the signature: bold italic 12 pt heading, 11 pt list ending with Lưu: VT.", () => {
    const table = all(document, "w:tbl").find((t) => runText(t).includes("Nơi nhận:"))!;
    const [left, right] = all(table, "w:tc");
    const lines = all(left, "w:p");
    expect(lines.map(runText)).toEqual(["Nơi nhận:", "- Như trên;", "- Lưu: VT."]);
    expect([child(firstRunProps(lines[0]), "w:b") !== undefined, child(firstRunProps(lines[0]), "w:i") !== undefined, val(firstRunProps(lines[0]), "w:sz")]).toEqual([true, true, "24"]);
    expect(val(firstRunProps(lines[1]), "w:sz")).toBe("22");
    const signature = all(right, "w:p").map(runText);
    expect(signature).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "[Họ và tên người ký]"]);
    for (const p of all(right, "w:p")) expect(child(firstRunProps(p), "w:b")).toBeDefined();
  });

  it("highlights what the clerk must fill in", () => {
    const placeholder = paragraphWith(document, "[Nội dung do cán bộ bổ sung]");
    expect(val(firstRunProps(placeholder), "w:highlight")).toBe("yellow");
  });
});

describe("an incomplete report as .docx", () => {
  it("highlights incomplete figures and keeps their note inside the group's control", async () => {
    const city = await SampleWorkbook.city();
    city.setValue(SHEETS.hiepLoi, "03", null);
    const model = report(await validateBooks(city));
    const document = parseXml((await docxParts(await writeReportDocx(model))).get("word/document.xml")!);
    const controls = contentControls(document);
    const figure = controls.find((c) => c.tag === "tonghop:03")!;
    expect(figure.text).toBe("198*");
    expect(val(child(all(figure.node, "w:r")[0], "w:rPr"), "w:highlight")).toBe("yellow");
    const group = controls.find((c) => c.tag === "tonghop:muc-I")!;
    expect(group.text.split("\n").pop()).toBe("(*) Số liệu chưa đủ: Tổng số cơ sở kinh doanh dịch vụ (mã 03) thiếu số liệu của Phường Hiệp Lợi (để trống).");
  });
});

function runTextOfProperty(p: XNode): string {
  return p.children.flatMap((c) => c.children.map((t) => t.text ?? "")).join("");
}
