/** The bundled city workbook through every step of the preview: Kiểm tra, Tổng hợp, Báo cáo. */
import { CITY_FILE, EXPECTED_TOTALS } from "../helpers/sample-workbook";
import { headerColumn, shownTotal, totalsRows } from "../totals/helpers";
import { cliOutputs, documentText, documentXml, loadXlsx, workbookPicture } from "./outputs";
import { done, download, expectGoodStep, openFile, openPane, overflowsX, Pane, pickFiles, screenshot, Session, startSession, tab, waitForValue } from "./pane";

let session: Session;
let pane: Pane;
let cli: Awaited<ReturnType<typeof cliOutputs>>;

beforeAll(async () => {
  [session, cli] = await Promise.all([startSession(), cliOutputs([CITY_FILE])]);
  pane = await openPane(session);
});
afterAll(() => session?.close());

test("the pane opens at task-pane width as the preview, ready to open files", async () => {
  const { page } = pane;
  expect(await page.getByRole("button", { name: "Kiểm tra", exact: true }).isDisabled()).toBe(true);
  expect(await page.getByText(/^Bản xem trước ngoài Office/).isVisible()).toBe(true);
  await expectGoodStep(page, "1-mo-file");
});

test("Kiểm tra on the city workbook: 0 errors, 7 units", async () => {
  const { page } = pane;
  await pickFiles(page, [CITY_FILE]);
  await done(page, openFile(page, "tong-hop-ngabay.xlsx"));
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await done(page, page.getByText("Không có lỗi"));
  expect(await page.getByText("Đã đọc 7 đơn vị; số liệu của 6/6 xã, phường đã đủ và khớp nhau.").isVisible()).toBe(true);
  await expectGoodStep(page, "2-kiem-tra");
});

test("Tổng hợp downloads the workbook `tonghop totals` writes, with the sample's totals", async () => {
  const { page } = pane;
  await tab(page, "Tổng hợp");
  await expectGoodStep(page, "3-tong-hop");
  const file = await download(page, page.getByRole("button", { name: "Tổng hợp", exact: true }));
  expect(file.name).toBe("Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023.xlsx");

  const wb = await loadXlsx(file.bytes);
  // Before the lookups below, which add the empty cells they visit.
  expect(workbookPicture(wb)).toEqual(workbookPicture(cli.totals));
  const ws = wb.getWorksheet("Tổng hợp")!;
  const total = headerColumn(ws, "Tổng cộng");
  const shown = Object.fromEntries([...totalsRows(ws)].map(([code, row]) => [code, shownTotal(ws.getCell(row, total))]));
  expect(shown).toEqual(EXPECTED_TOTALS);

  await done(page, page.getByText(/^Đã tạo “Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023\.xlsx”/));
  await expectGoodStep(page, "4-tong-hop-xong");
});

test("Báo cáo downloads the report `tonghop report` writes, carrying the sample figures", async () => {
  const { page } = pane;
  await tab(page, "Báo cáo");
  await waitForValue(page.getByRole("textbox", { name: "Cơ quan báo cáo" }), "Ủy ban nhân dân thành phố Ngã Bảy");
  await expectGoodStep(page, "5-bao-cao");

  const file = await download(page, page.getByRole("button", { name: "Tạo báo cáo (.docx)" }));
  expect(file.name).toBe("Báo cáo công tác phòng, chống mại dâm 6 tháng đầu năm 2023.docx");
  const xml = await documentXml(file.bytes);
  const text = documentText(xml);
  for (const figure of ["78,07", "56.182", "06 đơn vị hành chính (04 phường, 02 xã)", "226", "142", "06/06 xã, phường", "500", "350 lượt người", "420"]) {
    expect(text).toContain(figure);
  }
  expect(xml).toBe(cli.reportXml);
  await done(page, page.getByText("Đã tạo báo cáo"));
  await expectGoodStep(page, "6-bao-cao-xong");
});

test("at 320 px, the narrowest task pane, no step scrolls sideways", async () => {
  const { page } = pane;
  await page.setViewportSize({ width: 320, height: 900 });
  const steps: [string, string, string][] = [
    ["kiem-tra", "Kiểm tra", "Kiểm tra"],
    ["tong-hop", "Tổng hợp", "Tổng hợp"],
    ["bao-cao", "Báo cáo", "Tạo báo cáo (.docx)"],
  ];
  for (const [step, name, button] of steps) {
    await tab(page, name);
    await page.getByRole("button", { name: button, exact: true }).waitFor();
    expect(await overflowsX(page)).toBe(false);
    await screenshot(page, `7-320px-${step}`);
  }
  expect(pane.errors).toEqual([]);
});
