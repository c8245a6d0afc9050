/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createBrowserHost } from "../../src/hosts/browser/browser-host";
import { filePorts } from "../../src/hosts/files";
import { App } from "../../src/taskpane/App";
import { provideFilePorts } from "../../src/taskpane/lazy";
import { SampleWorkbook, SHEETS } from "../helpers/sample-workbook";

// jsdom leaves out these globals that Office's webviews have.
Object.assign(globalThis, { TextEncoder, TextDecoder, structuredClone: (v: unknown) => deserialize(serialize(v)) });
// jsdom lays nothing out, so it has no scrolling.
Element.prototype.scrollIntoView = jest.fn();

// The pane entry's own wiring of the file adapters.
provideFilePorts(async () => filePorts);

async function faultyCity(): Promise<File> {
  const book = (await SampleWorkbook.city()).setValue(SHEETS.ngaBay, "11", 999);
  return new File([new Uint8Array(await book.toBuffer())], "tong-hop-loi.xlsx");
}

async function renderPreview() {
  const host = createBrowserHost();
  const deliverFile = jest.fn(async (_bytes: Uint8Array, fileName: string) => ({ delivered: true as const, message: `Đã tải xuống "${fileName}".` }));
  host.deliverFile = deliverFile;
  render(<App startup={{ host }} initialStep="kiem-tra" />);
  await screen.findByText(/^Biểu mẫu có sẵn: /);
  return { host, deliverFile };
}

test("the preview opens files, checks them and shows a finding's cell in a read-only sheet; nothing to mark", async () => {
  await renderPreview();
  expect(screen.getByRole("button", { name: "Mở file Excel…" })).toBeEnabled();
  expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
  expect(screen.queryByRole("button", { name: "Xóa đánh dấu" })).toBeNull();

  await userEvent.upload(screen.getByTestId("open-files"), [await faultyCity()]);
  expect(await screen.findByText("tong-hop-loi.xlsx")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const group = (await screen.findByRole("heading", { name: /^Phường Ngã Bảy \(trang P\. Ngã Bảy\)/ })).parentElement!;
  expect(screen.queryByRole("button", { name: "Đánh dấu ô lỗi" })).toBeNull();

  const link = within(group).getAllByRole("button", { name: /^P\. Ngã Bảy!E\d+$/ })[0];
  expect(link).toHaveAttribute("aria-expanded", "false");
  await userEvent.click(link);
  const grid = await screen.findByRole("grid", { name: "Trang “P. Ngã Bảy” của tong-hop-loi.xlsx, chỉ xem" });
  const selected = within(grid).getAllByRole("gridcell", { selected: true });
  expect(selected.map((c) => [c.dataset.address, c.textContent])).toEqual([[link.textContent!.split("!")[1], "999"]]);
  expect(selected[0]).toHaveFocus();
  expect(link).toHaveAttribute("aria-expanded", "true");
  await userEvent.click(screen.getByRole("button", { name: "Đóng" }));
  expect(screen.queryByRole("grid")).toBeNull();
});

test("Tổng hợp offers the totals workbook; closing the last file turns the steps off again", async () => {
  const { deliverFile } = await renderPreview();
  await userEvent.upload(screen.getByTestId("open-files"), [await faultyCity()]);
  await screen.findByText("tong-hop-loi.xlsx");
  await userEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
  await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
  expect(await screen.findByText("Đã tạo “Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023.xlsx”", {}, { timeout: 20000 })).toBeInTheDocument();
  expect(deliverFile.mock.calls[0][1]).toBe("Tổng hợp công tác phòng, chống mại dâm 6 tháng đầu năm 2023.xlsx");

  await userEvent.click(screen.getByRole("button", { name: "Đóng tong-hop-loi.xlsx" }));
  await waitFor(() => expect(screen.getByRole("button", { name: "Tổng hợp" })).toBeDisabled());
});
