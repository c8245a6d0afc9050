/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder, TextEncoder } from "node:util";
import { deserialize, serialize } from "node:v8";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toProblem } from "../../src/hosts/excel/errors";
import { filePorts } from "../../src/hosts/files";
import { App } from "../../src/taskpane/App";
import { provideFilePorts } from "../../src/taskpane/lazy";
import { Boundary } from "../../src/taskpane/components/Boundary";
import { PaneHost } from "../../src/app/ports";
import { Step } from "../../src/taskpane/steps";
import { UNIT_DIR } from "../helpers/sample-workbook";
import { citySnapshot, fakeHost } from "./fake-host";

// jsdom lacks the encoders every browser has; the docx writer needs them.
// jsdom leaves out these globals that Office's webviews have.
Object.assign(globalThis, { TextEncoder, TextDecoder, structuredClone: (v: unknown) => deserialize(serialize(v)) });

// The pane entry's own wiring of the file adapters.
provideFilePorts(async () => filePorts);

/** The pane once it has read the forms in use (the built-in one: these workbooks keep no form file). */
async function renderPane(host: PaneHost | null, step: Step = "kiem-tra") {
  const startup = host ? { host } : { host: null, reason: "other-app" as const };
  render(<App startup={startup} initialStep={step} />);
  await screen.findByText(/^Biểu mẫu có sẵn: /);
}

describe("the Kiểm tra step", () => {
  test("idle: one Kiểm tra button, import and clear at hand, and what to do", async () => {
    await renderPane(fakeHost(await citySnapshot()));
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Nhập file đơn vị…" })).toBeEnabled();
    expect(screen.getByText(/Bấm Kiểm tra để đọc mọi trang phụ lục/)).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("running: progress with the host's status line, buttons off", async () => {
    let finish: () => void = () => undefined;
    const snapshot = await citySnapshot();
    const host = fakeHost(snapshot, {
      readWorkbook: jest.fn((progress) => {
        progress("Đang đọc 8 trang tính…");
        return new Promise((resolve) => (finish = () => resolve(snapshot)));
      }),
    });
    await renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Đang đọc 8 trang tính…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
    await act(async () => finish());
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  });

  test("findings: summary, groups by unit, both sides of a rule, filter, click to the cell, mark and clear", async () => {
    const host = fakeHost(await citySnapshot());
    await renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText(/^\d+ lỗi · \d+ cảnh báo · \d+ thông tin — đơn vị: 6\/6$/)).toBeInTheDocument();

    const ngaBay = screen.getByRole("heading", { name: /^Phường Ngã Bảy \(trang P\. Ngã Bảy\)/ }).parentElement!;
    expect(within(ngaBay).getByText(/Vế trái: Lao động nữ đã ký hợp đồng lao động \(mã 11\) = 999/)).toBeInTheDocument();
    expect(within(ngaBay).getByText(/Vế phải: Trong đó: lao động nữ \(mã 10\) =/)).toBeInTheDocument();
    expect(within(ngaBay).getByText(/Chênh lệch:/)).toBeInTheDocument();

    const link = within(ngaBay).getAllByRole("button", { name: /^P\. Ngã Bảy!E\d+$/ })[0];
    await userEvent.click(link);
    expect(host.goTo).toHaveBeenCalledWith("P. Ngã Bảy", link.textContent!.split("!")[1]);

    expect(screen.getByRole("heading", { name: /^Phường Hiệp Lợi/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("radio", { name: /^Lỗi/ }));
    expect(screen.queryByText(/Dân số \(mã 02\) để trống/)).toBeNull();
    await userEvent.click(screen.getByRole("radio", { name: /^Cảnh báo/ }));
    expect(screen.getByText(/để trống — ghi 0 nếu không phát sinh/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Đánh dấu ô lỗi" }));
    expect(host.highlight).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ severity: "warning" })]));
    expect(host.highlight.mock.calls[0][0].every((f) => f.severity === "warning")).toBe(true);
    expect(await screen.findByText(/^Đã đánh dấu \d+ ô\.$/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Đã xóa đánh dấu, trả lại màu nền và ghi chú cũ cho 3 ô.")).toBeInTheDocument();
  });

  test("an Office error shows as a message bar in Vietnamese with what to do; the pane stays usable", async () => {
    const host = fakeHost(await citySnapshot(), {
      readWorkbook: jest.fn(async () => {
        throw toProblem({ code: "InvalidOperationInCellEditMode", message: "cell edit" });
      }),
    });
    await renderPane(host);
    await userEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Excel đang ở chế độ sửa ô")).toBeInTheDocument();
    expect(screen.getByText(/Nhấn Enter hoặc Esc/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeEnabled();
    await userEvent.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByText("Excel đang ở chế độ sửa ô")).toBeNull();
  });

  test("in an Office app other than Excel the pane says so, with every action off — never blank", async () => {
    await renderPane(null);
    expect(screen.getByText("Ngăn này dành cho Excel")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
  });

  test("a step that fails to render shows the problem instead of a blank pane", () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const Broken = () => {
      throw new Error("hỏng");
    };
    render(
      <Boundary>
        <Broken />
      </Boundary>,
    );
    expect(screen.getByText("Có lỗi không mong đợi")).toBeInTheDocument();
    quiet.mockRestore();
  });

  test("while Office.js starts, the pane already shows its steps", async () => {
    render(<App startup={null} initialStep="kiem-tra" />);
    await screen.findByText(/^Biểu mẫu có sẵn: /);
    expect(screen.getByText("Đang kết nối với Excel…")).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Báo cáo" })).toBeInTheDocument();
  });
});

test("Nhập file đơn vị: picked ward files are inserted, a unit already there is refused", async () => {
  const snapshot = await citySnapshot();
  snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "P. Hiệp Lợi");
  const host = fakeHost(snapshot);
  await renderPane(host);
  const file = (name: string) => new File([readFileSync(join(UNIT_DIR, name))], name);
  await userEvent.upload(screen.getByTestId("ward-files"), [file("phuong-hiep-loi.xlsx"), file("phuong-nga-bay.xlsx")]);
  expect(await screen.findByText('Đã nhập Phường Hiệp Lợi từ "phuong-hiep-loi.xlsx" vào trang "Phường Hiệp Lợi".')).toBeInTheDocument();
  expect(screen.getByText('Phường Ngã Bảy đã có trong sổ tính (trang "P. Ngã Bảy"); không nhập lại từ "phuong-nga-bay.xlsx".')).toBeInTheDocument();
  expect(host.insertSheets).toHaveBeenCalledWith([expect.objectContaining({ sourceSheet: "Phụ lục", name: "Phường Hiệp Lợi" })]);
  expect(screen.getByText("Bấm Kiểm tra để kiểm tra cả các trang vừa nhập.")).toBeInTheDocument();
});

describe("the Tổng hợp and Báo cáo steps", () => {
  test("Tổng hợp writes the plan and names the sheets it shows", async () => {
    const host = fakeHost(await citySnapshot());
    await renderPane(host, "tong-hop");
    expect(screen.getByRole("tab", { name: "Tổng hợp" })).toHaveAttribute("aria-selected", "true");
    await userEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));
    expect(await screen.findByText("Đã cập nhật")).toBeInTheDocument();
    expect(host.writePlan).toHaveBeenCalledTimes(1);
    const plan = host.writePlan.mock.calls[0][0];
    expect(plan.sheets.map((s) => s.name)).toEqual(["Tổng hợp", "Kết quả kiểm tra"]);
    expect(screen.getByText(/Đang hiển thị trang “Tổng hợp”/)).toBeInTheDocument();
  });

  test("Báo cáo reads the info fields, saves them and says where a download is not possible", async () => {
    const host = fakeHost(await citySnapshot(), {
      deliverFile: jest.fn(async () => ({
        delivered: false as const,
        message: "Excel không cho phép tải file từ ngăn tác vụ trên nền tảng này — hãy dùng Tổng hợp trong Word (nút Cập nhật số liệu).",
      })),
    });
    await renderPane(host, "bao-cao");
    const agency = await screen.findByDisplayValue("Ủy ban nhân dân thành phố Ngã Bảy");
    await userEvent.clear(screen.getByRole("textbox", { name: "Người ký" }));
    await userEvent.type(screen.getByRole("textbox", { name: "Người ký" }), "Nguyễn Văn A");
    await userEvent.click(screen.getByRole("button", { name: "Lưu vào trang Thông tin báo cáo" }));
    expect(await screen.findByText("Đã lưu vào trang “Thông tin báo cáo”.")).toBeInTheDocument();
    const write = host.writeInfo.mock.calls[0][0];
    expect(write.cells).toContainEqual({ address: "B13", text: "Nguyễn Văn A" });
    expect(agency).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Tạo báo cáo (.docx)" }));
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull(), { timeout: 20000 });
    expect(await screen.findByText(/Excel không cho phép tải file từ ngăn tác vụ/)).toBeInTheDocument();
    const [bytes, fileName] = host.deliverFile.mock.calls[0];
    expect(fileName).toBe("Báo cáo công tác phòng, chống mại dâm 6 tháng đầu năm 2023.docx");
    expect(bytes[0]).toBe(0x50);
  });
});
