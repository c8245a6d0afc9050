import { WorkbookSnapshot } from "../../src/core/snapshot";
import { validateWorkbooks } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { infoSheetWrite, infoValuesOf, unitType } from "../../src/taskpane/info-write";
import { SHEETS } from "../helpers/sample-workbook";
import { cleanSnapshot } from "./fake-host";

function checked(snapshot: WorkbookSnapshot) {
  return validateWorkbooks(phuLucPcmd, [snapshot]);
}

describe("writing the report fields", () => {
  test("an existing info sheet gets each value beside its label, nothing else", async () => {
    const snapshot = await cleanSnapshot();
    const result = checked(snapshot);
    const values = { ...infoValuesOf(result), signer: "Nguyễn Văn A", number: "125" };
    const write = infoSheetWrite(snapshot, result, values);
    expect(write).toMatchObject({ sheet: SHEETS.info, create: false, insertRows: null, columnWidths: [] });
    expect(write.cells).toHaveLength(17);
    expect(write.cells).toContainEqual({ address: "B13", text: "Nguyễn Văn A" });
    expect(write.cells).toContainEqual({ address: "B6", text: "125" });
    expect(write.cells).toContainEqual({ address: "B4", text: "Ủy ban nhân dân thành phố Ngã Bảy" });
  });

  test("labels missing from the sheet get rows inserted above the unit list", async () => {
    const snapshot = await cleanSnapshot();
    const info = snapshot.sheets.find((s) => s.name === SHEETS.info)!;
    // Drop "Đề xuất, kiến nghị" (row 19).
    info.rows[18] = [];
    const result = checked(snapshot);
    const write = infoSheetWrite(snapshot, result, { ...infoValuesOf(result), proposals: "Đề nghị tập huấn." });
    expect(write.insertRows).toEqual({ before: 18, count: 1 });
    expect(write.cells.slice(-2)).toEqual([
      { address: "A19", text: "Đề xuất, kiến nghị" },
      { address: "B19", text: "Đề nghị tập huấn." },
    ]);
  });

  test("a workbook without the info sheet gets one, with the units found", async () => {
    const snapshot = await cleanSnapshot();
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== SHEETS.info);
    const result = checked(snapshot);
    const values = { ...infoValuesOf(result), agency: "Ủy ban nhân dân thành phố Ngã Bảy", period: "6 tháng đầu năm 2023" };
    const write = infoSheetWrite(snapshot, result, values);
    expect(write).toMatchObject({ sheet: "Thông tin báo cáo", create: true, insertRows: null });
    expect(write.cells[0]).toEqual({ address: "A1", text: "THÔNG TIN BÁO CÁO", bold: true });
    expect(write.cells).toContainEqual({ address: "A9", text: "Kỳ báo cáo" });
    expect(write.cells).toContainEqual({ address: "B9", text: "6 tháng đầu năm 2023" });
    expect(write.cells).toContainEqual({ address: "A21", text: "ĐƠN VỊ BÁO CÁO", bold: true });
    const list = write.cells.filter((c) => /^[ABC](2[3-9]|3\d)$/.test(c.address)).map((c) => c.text);
    expect(list).toEqual([
      ..."1,Phường Ngã Bảy,Phường,2,Phường Lái Hiếu,Phường,3,Phường Hiệp Thành,Phường,4,Phường Hiệp Lợi,Phường".split(","),
      ..."5,Xã Đại Thành,Xã,6,Xã Tân Thành,Xã,7,Cấp thành phố,Cấp thành phố".split(","),
    ]);
  });

  test("unit types follow the names", () => {
    expect(["P. Ngã Bảy", "Xã Tân Thành", "TT. Cái Tắc", "Công an thành phố"].map(unitType)).toEqual(["Phường", "Xã", "Thị trấn", "Cấp thành phố"]);
  });
});
