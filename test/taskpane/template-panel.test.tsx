/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { XLSX_MIME } from "../../src/app/file-ports";
import type { PaneHost } from "../../src/app/ports";
import { filePorts } from "../../src/hosts/files";
import { App } from "../../src/taskpane/App";
import { provideFilePorts } from "../../src/taskpane/lazy";
import { cleanSnapshot, fakeHost } from "./fake-host";

Object.assign(globalThis, { TextEncoder, TextDecoder });
provideFilePorts(async () => filePorts);

const renderReport = (host: PaneHost) => render(<App startup={{ host }} initialStep="bao-cao" />);
const idle = () => waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 20000 });

test("Tạo mẫu cho xã, phường: one template per listed unit, each offered as a download", async () => {
  const host = fakeHost(await cleanSnapshot());
  renderReport(host);
  await screen.findByDisplayValue("Ủy ban nhân dân thành phố Ngã Bảy");
  await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu cho xã, phường" }));
  await idle();
  expect(await screen.findByText("Đã tạo 7 file mẫu; bấm từng file để tải xuống.")).toBeInTheDocument();
  const list = screen.getByRole("list", { name: "File mẫu" });
  expect(list.querySelectorAll("li")).toHaveLength(7);
  await userEvent.click(screen.getByRole("button", { name: "Tải “Xã Tân Thành.xlsx”" }));
  await waitFor(() => expect(host.deliverFile).toHaveBeenCalledTimes(1));
  const [bytes, fileName, mime] = host.deliverFile.mock.calls[0];
  expect([fileName, mime, bytes[0]]).toEqual(["Xã Tân Thành.xlsx", XLSX_MIME, 0x50]);
  expect(await screen.findByText("Đã tải xuống \"Xã Tân Thành.xlsx\".")).toBeInTheDocument();
});

test("a unit typed by the clerk gets that one template", async () => {
  const snapshot = await cleanSnapshot();
  const host = fakeHost(snapshot);
  renderReport(host);
  await screen.findByDisplayValue("Ủy ban nhân dân thành phố Ngã Bảy");
  await userEvent.type(screen.getByRole("textbox", { name: "Đơn vị (khi chỉ cần một mẫu)" }), "Xã Vĩnh Thạnh");
  await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu cho xã, phường" }));
  await idle();
  expect(await screen.findByRole("button", { name: "Tải “Xã Vĩnh Thạnh.xlsx”" })).toBeEnabled();
  expect(screen.getByRole("list", { name: "File mẫu" }).querySelectorAll("li")).toHaveLength(1);
});

test("where Excel cannot download, the catalogue's problem is shown and nothing is made", async () => {
  const host = fakeHost(await cleanSnapshot(), { can: { mark: true, navigate: true, writesInPlace: true, opensFiles: false, deliversFiles: false, remembersForm: true } });
  renderReport(host);
  await screen.findByDisplayValue("Ủy ban nhân dân thành phố Ngã Bảy");
  await userEvent.click(screen.getByRole("button", { name: "Tạo mẫu cho xã, phường" }));
  expect(await screen.findByText(/hãy tạo mẫu bằng lệnh tonghop template/)).toBeInTheDocument();
  expect(screen.queryByRole("list", { name: "File mẫu" })).toBeNull();
  expect(host.deliverFile).not.toHaveBeenCalled();
});
