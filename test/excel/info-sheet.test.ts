import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { infoValuesOf } from "../../src/taskpane/info-write";
import { SHEETS } from "../helpers/sample-workbook";
import { fakeCity } from "./fake/city";
import { fakeEnv } from "./fake/office";
import { paneSteps } from "../../src/taskpane/workflow";
import { filePorts } from "../../src/hosts/files";

const { check, saveInfo } = paneSteps(filePorts);

const quiet = () => undefined;

describe("editing Thông tin báo cáo", () => {
  test("edited fields are written beside their labels and read back by the engine", async () => {
    const wb = await fakeCity();
    const host = createExcelHost(fakeEnv(wb));
    const { result } = await check(host, quiet);
    const values = { ...infoValuesOf(result), signer: "Nguyễn Văn A", date: "15/7/2023", distribution: "Như trên;\nLưu: VT." };
    const write = await saveInfo(host, values, quiet);
    expect(write.create).toBe(false);
    const again = await check(host, quiet);
    expect(again.result.info?.fields).toMatchObject({ signer: "Nguyễn Văn A", date: "15/7/2023", distribution: "Như trên;\nLưu: VT." });
    expect(again.result.info?.date).toEqual({ day: 15, month: 7, year: 2023 });
    expect(wb.sheet(SHEETS.info).cells.get("12,1")?.numberFormat).toBe("@");
  });

  test("a missing label gets its own row above the unit list, which keeps all its units", async () => {
    const wb = await fakeCity();
    const info = wb.sheet(SHEETS.info);
    info.cells.delete("18,0");
    info.cells.delete("18,1");
    const host = createExcelHost(fakeEnv(wb));
    const { result } = await check(host, quiet);
    await saveInfo(host, { ...infoValuesOf(result), proposals: "Đề nghị mở lớp tập huấn." }, quiet);
    const again = await check(host, quiet);
    expect(again.result.info?.fields.proposals).toBe("Đề nghị mở lớp tập huấn.");
    expect(again.result.info?.units).toHaveLength(7);
  });

  test("a workbook without the sheet gets it, with the units found, and shows it", async () => {
    const wb = await fakeCity();
    wb.sheets = wb.sheets.filter((s) => s.name !== SHEETS.info);
    const host = createExcelHost(fakeEnv(wb));
    const { result } = await check(host, quiet);
    const write = await saveInfo(host, { ...infoValuesOf(result), period: "6 tháng đầu năm 2023", agency: "Ủy ban nhân dân thành phố Ngã Bảy" }, quiet);
    expect(write.create).toBe(true);
    expect(wb.active).toBe("Thông tin báo cáo");
    const again = await check(host, quiet);
    expect(again.result.info?.fields.period).toBe("6 tháng đầu năm 2023");
    expect(again.result.info?.units.map((u) => u.name)).toEqual(result.units.map((u) => u.name));
    expect(again.result.wards).toEqual({ reported: 6, expected: 6 });
  });
});
