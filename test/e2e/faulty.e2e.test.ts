/** Workbooks with mistakes, files that are not workbooks, and the wards' own files, in the preview. */
import { wardsText } from "../../src/core/completeness";
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { formatNumber } from "../../src/core/numbers";
import { validateWorkbooks, ValidationResult } from "../../src/core/validate";
import { phuLucPcmd } from "../../src/forms";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/read-workbook";
import { groupFindings } from "../../src/core/findings-view";
import { SampleWorkbook, SHEETS, UNIT_FILES } from "../helpers/sample-workbook";
import { tempDir } from "../totals/helpers";
import { cliOutputs, documentXml, loadXlsx, workbookPicture } from "./outputs";
import { done, download, expectGoodStep, openFile, openPane, Pane, pickFiles, Session, startSession, tab } from "./pane";

const dir = tempDir();
const FAULTY = join(dir.path, "tong-hop-loi.xlsx");
let session: Session;
let pane: Pane;
let expected: ValidationResult;

async function resultOf(files: string[]): Promise<ValidationResult> {
  const snapshots = await Promise.all(files.map((f) => readWorkbookSnapshot(readFileSync(f), basename(f))));
  return validateWorkbooks(phuLucPcmd, snapshots);
}

function summaryLine(result: ValidationResult): string {
  const { errors, warnings, infos } = result.summary;
  return `${formatNumber(errors)} lỗi · ${formatNumber(warnings)} cảnh báo · ${formatNumber(infos)} thông tin — đơn vị: ${wardsText(result.wards)}`;
}

beforeAll(async () => {
  const book = (await SampleWorkbook.city())
    .setValue(SHEETS.ngaBay, "11", 999)
    .setValue(SHEETS.hiepLoi, "02", null)
    .setValue(SHEETS.tanThanh, "09", "nhiều");
  writeFileSync(FAULTY, await book.toBuffer());
  [session, expected] = await Promise.all([startSession(), resultOf([FAULTY])]);
  pane = await openPane(session);
});
afterAll(async () => {
  await session?.close();
  dir.remove();
});

test("a faulty workbook: the expected findings, grouped by unit", async () => {
  const { page } = pane;
  await pickFiles(page, [FAULTY]);
  await done(page, openFile(page, "tong-hop-loi.xlsx"));
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await done(page, page.getByText(summaryLine(expected), { exact: true }));

  const groups = groupFindings(expected, "all");
  expect(groups.length).toBeGreaterThanOrEqual(3);
  const list = page.getByRole("region", { name: "Kết quả kiểm tra" });
  const headings = groups.map((g) => `${g.title}${g.sheet && g.sheet !== g.title ? ` (trang ${g.sheet})` : ""} — ${g.findings.length}`);
  expect(await list.getByRole("heading", { level: 3 }).allTextContents()).toEqual(headings);
  for (const [i, g] of groups.entries()) {
    const items = await list.locator("h3 + ul").nth(i).locator(":scope > li").allTextContents();
    expect(items.length).toBe(g.findings.length);
    g.findings.forEach((f, j) => expect(items[j]).toContain(f.message));
  }
  await expectGoodStep(page, "8-kiem-tra-loi");
});

test("clicking a finding shows its sheet read-only with the cell selected and in view", async () => {
  const { page } = pane;
  const finding = expected.findings.find((f) => f.unit === "Phường Ngã Bảy" && f.severity === "error" && f.cell)!;
  await page.getByRole("button", { name: `${finding.sheet}!${finding.cell}` }).first().click();

  const grid = page.getByRole("grid", { name: /^Trang “P\. Ngã Bảy” của tong-hop-loi\.xlsx, chỉ xem$/ });
  await grid.waitFor();
  const selected = grid.locator('[role="gridcell"][aria-selected="true"]');
  expect(await selected.count()).toBe(1);
  expect(await selected.getAttribute("data-address")).toBe(finding.cell);
  expect(await selected.textContent()).toBe("999");
  const inView = await selected.evaluate((cell) => {
    const r = cell.getBoundingClientRect();
    const box = cell.closest("table")!.parentElement!.getBoundingClientRect();
    const within = (outer: { top: number; bottom: number; left: number; right: number }) =>
      r.top >= outer.top && r.bottom <= outer.bottom && r.left >= outer.left && r.right <= outer.right;
    return within(box) && within({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth });
  });
  expect(inView).toBe(true);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address)).toBe(finding.cell);
  await expectGoodStep(page, "9-o-loi");

  await page.keyboard.press("ArrowUp");
  const row = Number(finding.cell!.replace(/^[A-Z]+/, ""));
  expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.address)).toBe(finding.cell!.replace(/\d+$/, String(row - 1)));
  await page.keyboard.press("Escape");
  await grid.waitFor({ state: "detached" });
});

test("files that cannot be opened are refused with a message in Vietnamese", async () => {
  const { page } = pane;
  const notes = join(dir.path, "ghi-chu.txt");
  const broken = join(dir.path, "hong.xlsx");
  const other = join(dir.path, "danh-sach.xlsx");
  writeFileSync(notes, "không phải sổ tính");
  writeFileSync(broken, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Danh sách").getCell("A1").value = "Danh sách cán bộ";
  await wb.xlsx.writeFile(other);

  await pickFiles(page, [notes, broken, other]);
  const refused = page.getByRole("region", { name: "File đang mở" }).locator(".fui-MessageBarBody");
  await done(page, refused.nth(2));
  expect(await refused.allTextContents()).toEqual([
    'Không mở được file "ghi-chu.txt" không phải là file Excel .xlsx.',
    'Không mở được file Không đọc được "hong.xlsx": file .xlsx bị hỏng; hãy mở bằng Excel và lưu lại.',
    'Không mở được file "danh-sach.xlsx" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") nào; không mở.',
  ]);
  expect(await page.getByRole("listitem").filter({ hasText: ".xlsx" }).allTextContents()).toEqual(["tong-hop-loi.xlsx"]);
  await expectGoodStep(page, "10-file-khong-mo-duoc");
});

test("the wards' own files, opened and then added with Nhập file đơn vị, give what `tonghop` gives", async () => {
  const { page } = pane;
  await page.getByRole("button", { name: "Đóng tong-hop-loi.xlsx" }).click();
  await pickFiles(page, UNIT_FILES.slice(0, -1));
  await done(page, openFile(page, basename(UNIT_FILES.at(-2)!)));
  const last = basename(UNIT_FILES.at(-1)!);
  await pickFiles(page, UNIT_FILES.slice(-1), "ward-files");
  await done(page, page.getByText(`Đã mở "${last}": 1 trang phụ lục.`));
  expect(await openFile(page, ".xlsx").allTextContents()).toEqual(UNIT_FILES.map((f) => basename(f)));

  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  const wards = await resultOf(UNIT_FILES);
  expect(wards.units.length).toBe(UNIT_FILES.length);
  const summary = wards.findings.length > 0 ? summaryLine(wards) : `Đã đọc ${UNIT_FILES.length} đơn vị; số liệu của 6/6 xã, phường đã đủ và khớp nhau.`;
  await done(page, page.getByText(summary));
  await expectGoodStep(page, "11-file-don-vi");

  const cli = await cliOutputs(UNIT_FILES);
  await tab(page, "Tổng hợp");
  const totals = await download(page, page.getByRole("button", { name: "Tổng hợp", exact: true }));
  expect(workbookPicture(await loadXlsx(totals.bytes))).toEqual(workbookPicture(cli.totals));
  await tab(page, "Báo cáo");
  const report = await download(page, page.getByRole("button", { name: "Tạo báo cáo (.docx)" }));
  expect(await documentXml(report.bytes)).toBe(cli.reportXml);
  expect(pane.errors).toEqual([]);
});
