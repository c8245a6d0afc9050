/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneHost, StoredForm } from "../../src/app/ports";
import { Problem } from "../../src/app/problems";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { createBrowserHost } from "../../src/hosts/browser/browser-host";
import { filePorts } from "../../src/hosts/files";
import { App } from "../../src/taskpane/App";
import { checkWorkbooks } from "../../src/app/use-cases/check-workbooks";
import { formsInUse, readFormFile } from "../../src/taskpane/form-choice";
import { provideFilePorts } from "../../src/taskpane/lazy";
import type { Step } from "../../src/taskpane/steps";
import { wardSheet, workbook } from "../helpers/snapshot-builder";
import { fakeHost } from "./fake-host";

// jsdom leaves out these globals that Office's webviews have.
Object.assign(globalThis, { TextEncoder, TextDecoder, structuredClone: (v: unknown) => deserialize(serialize(v)) });
provideFilePorts(async () => filePorts);

const FORM_FILE = "phu-luc-ma-tuy.form.json";
const MA_TUY: StoredForm = { fileName: FORM_FILE, text: readFileSync(join(__dirname, "..", "..", "examples", "forms", FORM_FILE), "utf8") };
const maTuy = readFormFile(MA_TUY);
const BUILT_IN = "Biểu mẫu có sẵn: Số liệu công tác phòng, chống mại dâm";

/** Two wards' drug-prevention appendices; Ngã Bảy has more drug users under 18 (02) than drug users (01): R01. */
function maTuyWorkbook(): WorkbookSnapshot {
  return workbook(
    null,
    wardSheet("P. Hiệp Lợi", "Phường Hiệp Lợi", { "01": 20, "02": 5 }, { form: maTuy }),
    wardSheet("P. Ngã Bảy", "Phường Ngã Bảy", { "01": 3, "02": 9 }, { form: maTuy }),
  );
}

const formFile = (form: StoredForm) => new File([form.text], form.fileName, { type: "application/json" });
const picker = () => screen.getByRole("region", { name: "Biểu mẫu" });
const idle = () => waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 20000 });

/** The picker's message bar titled `title`. */
async function messageBar(title: string): Promise<HTMLElement> {
  return (await within(picker()).findByText(title)).closest<HTMLElement>(".fui-MessageBar")!;
}

/** Every line of the catalogue's message is shown as it is, the expression and its caret with their spaces. */
function expectMessage(bar: HTMLElement, message: string) {
  const lines = [...bar.querySelectorAll(".fui-MessageBarBody > span:not(.fui-MessageBarTitle), .fui-MessageBarBody > code")].map((l) => l.textContent);
  expect(lines).toEqual(message.split("\n"));
  expect([...bar.querySelectorAll("code")].map((c) => c.textContent)).toEqual([expect.stringMatching(/^\s+\[02\]/), expect.stringMatching(/^\s+\^$/)]);
}

function renderPane(host: PaneHost, step: Step = "kiem-tra") {
  return render(<App startup={{ host }} initialStep={step} />);
}

/** The drug-prevention form with its first rule's check replaced, and the problem the loader reports for it. */
function withCheck(fileName: string, check: string): { file: StoredForm; problem: Problem } {
  const json = JSON.parse(MA_TUY.text);
  json.rules[0].check = check;
  const file = { fileName, text: JSON.stringify(json, null, 2) };
  try {
    readFormFile(file);
  } catch (e) {
    if (e instanceof Problem) return { file, problem: e };
  }
  throw new Error(`${check} was expected to be refused`);
}

test("Excel: the opened form file is kept in the workbook and every step uses it; “Dùng biểu mẫu có sẵn” forgets it", async () => {
  const host = fakeHost(maTuyWorkbook());
  renderPane(host);
  expect(await within(picker()).findByText(BUILT_IN)).toBeInTheDocument();
  expect(within(picker()).queryByRole("button", { name: "Dùng biểu mẫu có sẵn" })).toBeNull();

  await userEvent.upload(screen.getByTestId("form-file"), formFile(MA_TUY));
  await idle();
  expect(picker()).toHaveTextContent(`Biểu mẫu từ file “${FORM_FILE}”: Số liệu công tác phòng, chống ma túy — 14 chỉ tiêu, 7 quy tắc kiểm tra.`);
  expect(picker()).toHaveTextContent("Đã ghi vào sổ tính");
  expect(host.storeForm).toHaveBeenCalledWith(MA_TUY);

  await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const ngaBay = (await screen.findByRole("heading", { name: /^Phường Ngã Bảy \(trang P\. Ngã Bảy\)/ }, { timeout: 20000 })).parentElement!;
  expect(within(ngaBay).getByText("Trong đó: người nghiện dưới 18 tuổi (mã 02) = 9 lớn hơn Người nghiện ma túy có hồ sơ quản lý (mã 01) = 3 (chênh lệch 6).")).toBeInTheDocument();

  await userEvent.click(within(picker()).getByRole("button", { name: "Dùng biểu mẫu có sẵn" }));
  expect(await within(picker()).findByText(BUILT_IN)).toBeInTheDocument();
  expect(host.storeForm).toHaveBeenLastCalledWith(null);
  // Findings of the forgotten form are gone with it.
  expect(screen.queryByRole("heading", { name: /^Phường Ngã Bảy/ })).toBeNull();
});

test("a workbook that keeps a form is worked on with it from the start, even by a step run at once", async () => {
  const host = fakeHost(maTuyWorkbook(), {}, MA_TUY);
  renderPane(host, "tong-hop");
  await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText("Đã cập nhật", {}, { timeout: 20000 })).toBeInTheDocument();
  expect(screen.getByText(/\(2 đơn vị\)/)).toBeInTheDocument();
  expect(host.writePlan).toHaveBeenCalledTimes(1);
  expect(picker()).toHaveTextContent("Số liệu công tác phòng, chống ma túy — 14 chỉ tiêu, 7 quy tắc kiểm tra.");
});

test("Tạo mẫu cho xã, phường makes templates of the opened form", async () => {
  const host = fakeHost(maTuyWorkbook(), {}, MA_TUY);
  renderPane(host, "bao-cao");
  await idle();
  expect(screen.getByText(/File \.xlsx theo đúng biểu mẫu “Số liệu công tác phòng, chống ma túy”/)).toBeInTheDocument();
  await userEvent.type(screen.getByRole("textbox", { name: "Đơn vị (khi chỉ cần một mẫu)" }), "Xã Vĩnh Thạnh");
  await userEvent.type(screen.getByRole("textbox", { name: "Kỳ báo cáo của mẫu" }), "6 tháng đầu năm 2026");
  await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu cho xã, phường" }));
  await userEvent.click(await screen.findByRole("button", { name: "Tải “Xã Vĩnh Thạnh.xlsx”" }, { timeout: 20000 }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(host.deliverFile.mock.calls[0][0] as unknown as ArrayBuffer);
  const texts = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().filter((v): v is string => typeof v === "string"));
  expect(texts).toContain(maTuy.title);
  expect(texts).toContain("Người nghiện ma túy có hồ sơ quản lý");
});

test("a wrong form file: the loader's message as it is, and the form in use stays", async () => {
  const host = fakeHost(maTuyWorkbook());
  const { file, problem } = withCheck("sai.form.json", "[02] <= [99]");
  renderPane(host);
  await within(picker()).findByText(BUILT_IN);
  await userEvent.upload(screen.getByTestId("form-file"), formFile(file));
  const bar = await messageBar(problem.title);
  expectMessage(bar, problem.message);
  expect(within(picker()).getByText(BUILT_IN)).toBeInTheDocument();
  expect(host.storeForm).not.toHaveBeenCalled();

  // Corrected and opened again, the same name is taken and the message goes.
  await userEvent.upload(screen.getByTestId("form-file"), formFile({ ...MA_TUY, fileName: "sai.form.json" }));
  expect(await within(picker()).findByText(/14 chỉ tiêu/)).toBeInTheDocument();
  expect(within(picker()).queryByText(problem.title)).toBeNull();
});

test("a kept form that no longer loads says so; the built-in form is used until the clerk forgets it", async () => {
  const { file, problem } = withCheck("cu.form.json", "[02] <=");
  const host = fakeHost(maTuyWorkbook(), {}, file);
  renderPane(host);
  const title = "Không dùng được biểu mẫu “cu.form.json” đã lưu trong sổ tính";
  expectMessage(await messageBar(title), problem.message);
  expect(within(picker()).getByText(BUILT_IN)).toBeInTheDocument();
  await userEvent.click(within(picker()).getByRole("button", { name: "Dùng biểu mẫu có sẵn" }));
  await waitFor(() => expect(within(picker()).queryByText(title)).toBeNull());
  expect(host.storeForm).toHaveBeenCalledWith(null);
  expect(within(picker()).queryByRole("button", { name: "Dùng biểu mẫu có sẵn" })).toBeNull();
});

/** An .xlsx holding the sheets of `book`, as a ward would send it. */
async function xlsxFile(name: string, book: WorkbookSnapshot): Promise<File> {
  const out = new ExcelJS.Workbook();
  for (const sheet of book.sheets) {
    const ws = out.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c.value !== null) ws.getCell(r + 1, col + 1).value = c.value as ExcelJS.CellValue;
      }),
    );
  }
  return new File([new Uint8Array(await out.xlsx.writeBuffer())], name);
}

test("the preview keeps the form for the session only, says so, and opens and checks files of it", async () => {
  const host = createBrowserHost();
  host.deliverFile = jest.fn(async (_bytes: Uint8Array, fileName: string) => ({ delivered: true as const, message: `Đã tải xuống "${fileName}".` }));
  renderPane(host);
  await within(picker()).findByText(BUILT_IN);
  await userEvent.upload(screen.getByTestId("form-file"), formFile(MA_TUY));
  expect(await within(picker()).findByText(/Bản xem trước chỉ giữ biểu mẫu trong phiên này, không ghi vào file nào\./)).toBeInTheDocument();
  expect(await host.storedForm()).toEqual(MA_TUY);

  await userEvent.upload(screen.getByTestId("open-files"), [await xlsxFile("ma-tuy.xlsx", maTuyWorkbook())]);
  expect(await screen.findByText("ma-tuy.xlsx", {}, { timeout: 20000 })).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const ngaBay = (await screen.findByRole("heading", { name: /^Phường Ngã Bảy \(trang P\. Ngã Bảy\)/ }, { timeout: 20000 })).parentElement!;
  expect(within(ngaBay).getByText("Trong đó: người nghiện dưới 18 tuổi (mã 02) = 9 lớn hơn Người nghiện ma túy có hồ sơ quản lý (mã 01) = 3 (chênh lệch 6).")).toBeInTheDocument();
});

test("a workbook holding both forms is checked by the opened one; without it, by the built-in one", () => {
  const both = workbook(
    null,
    wardSheet("MD Ngã Bảy", "Phường Ngã Bảy", {}),
    wardSheet("MT Ngã Bảy", "Phường Ngã Bảy", { "01": 3, "02": 1 }, { form: maTuy }),
  );
  const opened = formsInUse({ fileName: FORM_FILE, form: maTuy });
  expect(opened.registry.forms.map((f) => f.id)).toEqual(["phu-luc-ma-tuy", "phu-luc-pcmd"]);
  expect(checkWorkbooks([both], null, opened.registry).units.map((u) => u.sheet)).toEqual(["MT Ngã Bảy"]);
  expect(checkWorkbooks([both], null, formsInUse(null).registry).units.map((u) => u.sheet)).toEqual(["MD Ngã Bảy"]);
});
