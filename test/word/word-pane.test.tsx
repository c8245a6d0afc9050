/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "@testing-library/jest-dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Finding } from "../../src/core/findings";
import type { ReportLink } from "../../src/core/report/report-link";
import { problem } from "../../src/app/problems";
import type { DocumentState, PreparedReport, WordPaneHost } from "../../src/app/word-ports";
import { WordPane } from "../../src/taskpane/word/WordPane";

const LINK: ReportLink = {
  workbook: "tong-hop-ngabay.xlsx",
  formId: "phu-luc-pcmd",
  period: "6 tháng đầu năm 2023",
  refreshedAt: "2023-07-05T08:30:00.000Z",
  groups: ["tonghop:muc-I"],
};

const REPORT_DOC: DocumentState = {
  kind: "report",
  controls: [
    { id: 1, tag: "tonghop:muc-I", text: "Dân số là 56.182 người.", parentId: null },
    { id: 2, tag: "tonghop:02", text: "56.182", parentId: 1 },
  ],
  link: LINK,
};

function error(message: string): Finding {
  return { severity: "error", code: "R03", sheet: "P. Ngã Bảy", cell: "E12", indicator: "03", unit: "Phường Ngã Bảy", message, file: null };
}

function prepared(over: Partial<PreparedReport> = {}): PreparedReport {
  return {
    workbook: "tong-hop-ngabay.xlsx",
    formId: "phu-luc-pcmd",
    period: "6 tháng đầu năm 2023",
    findings: [],
    summary: { errors: 0, warnings: 0, infos: 0 },
    wards: { reported: 6, expected: 6 },
    entries: [
      { tag: "tonghop:muc-I", label: "Mục I. Khái quát tình hình", text: "Dân số là 57.000 người.", group: null, parts: ["Dân số là ", { figure: "tonghop:02" }, " người."] },
      { tag: "tonghop:02", label: "Dân số (mã 02)", text: "57.000", group: "tonghop:muc-I", parts: null },
    ],
    contents: new Map(),
    docx: "",
    generatedAt: "2023-07-12T02:00:00.000Z",
    ...over,
  };
}

function fakeHost(doc: DocumentState, report: PreparedReport, over: Partial<WordPaneHost> = {}) {
  return {
    supported: true,
    prepare: jest.fn(async () => report),
    readDocument: jest.fn(async () => doc),
    insertReport: jest.fn(async () => ({ withPageSetup: true, link: LINK })),
    refresh: jest.fn(async () => ({
      plan: { updates: [{ id: 2, tag: "tonghop:02", mode: "text" as const, text: "57.000" }], changes: [], deleted: [], added: [], stale: [], unchanged: 1 },
      link: LINK,
    })),
    ...over,
  };
}

function renderPane(host: WordPaneHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordPane host={host} />
    </FluentProvider>,
  );
}

async function pickWorkbook() {
  const file = new File(["xlsx"], "tong-hop-ngabay.xlsx");
  Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(4) });
  fireEvent.change(screen.getByLabelText("Chọn file tổng hợp (.xlsx)"), { target: { files: [file] } });
  await screen.findByText(/0 lỗi|lỗi,/);
}

describe("the Word pane", () => {
  test("shows the link, then the workbook's validation and each change as key, old → new", async () => {
    const host = fakeHost(REPORT_DOC, prepared());
    renderPane(host);
    const link = await screen.findByRole("region", { name: "Liên kết với sổ tổng hợp" });
    expect(within(link).getByText("tong-hop-ngabay.xlsx")).toBeInTheDocument();
    expect(within(link).getByText("6 tháng đầu năm 2023")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chọn file tổng hợp (.xlsx)" })).toBeEnabled();

    await pickWorkbook();
    expect(host.prepare).toHaveBeenCalledWith("tong-hop-ngabay.xlsx", expect.any(Uint8Array));
    expect(screen.getByText(/0 lỗi, 0 cảnh báo, 0 thông tin — đơn vị: 6\/6/)).toBeInTheDocument();
    const changes = screen.getByRole("region", { name: "Sẽ thay đổi" });
    expect(within(changes).getByText("02")).toBeInTheDocument();
    expect(within(changes).getByText("56.182")).toBeInTheDocument();
    expect(within(changes).getByText("57.000")).toBeInTheDocument();
  });

  test("refreshing from a workbook of another period asks first; Hủy writes nothing", async () => {
    const host = fakeHost(REPORT_DOC, prepared({ period: "6 tháng cuối năm 2023" }));
    renderPane(host);
    await pickWorkbook();

    await userEvent.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("Tài liệu đang chứa số liệu kỳ «6 tháng đầu năm 2023»; file vừa chọn là kỳ «6 tháng cuối năm 2023». Vẫn cập nhật số liệu?");
    await userEvent.click(within(dialog).getByRole("button", { name: "Hủy" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(host.refresh).not.toHaveBeenCalled();
  });

  test("another period, confirmed: refreshes", async () => {
    const host = fakeHost(REPORT_DOC, prepared({ period: "6 tháng cuối năm 2023" }));
    renderPane(host);
    await pickWorkbook();
    await userEvent.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
    await userEvent.click(within(await screen.findByRole("alertdialog")).getByRole("button", { name: "Vẫn cập nhật" }));
    await waitFor(() => expect(host.refresh).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("Đã cập nhật số liệu.")).toBeInTheDocument();
  });

  test("a workbook with errors needs an explicit confirmation", async () => {
    const report = prepared({ findings: [error("Tổng mã 04…08 khác mã 03."), error("Ô trống.")], summary: { errors: 2, warnings: 0, infos: 0 } });
    const host = fakeHost(REPORT_DOC, report);
    renderPane(host);
    await pickWorkbook();
    expect(screen.getByText(/Tổng mã 04…08 khác mã 03\./)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("Sổ tổng hợp còn 2 lỗi. Vẫn cập nhật số liệu?");
    expect(host.refresh).not.toHaveBeenCalled();
  });

  test("same period and no errors: refreshes at once", async () => {
    const host = fakeHost(REPORT_DOC, prepared());
    renderPane(host);
    await pickWorkbook();
    await userEvent.click(screen.getByRole("button", { name: "Cập nhật số liệu" }));
    await screen.findByText("Đã cập nhật số liệu.");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(host.refresh).toHaveBeenCalledTimes(1);
  });

  test("an empty document gets the whole report", async () => {
    const host = fakeHost({ kind: "empty", controls: [], link: null }, prepared());
    renderPane(host);
    expect(await screen.findByText(/Tài liệu trống/)).toBeInTheDocument();
    await pickWorkbook();
    await userEvent.click(screen.getByRole("button", { name: "Chèn báo cáo" }));
    await screen.findByText("Đã chèn báo cáo.");
    expect(host.insertReport).toHaveBeenCalledTimes(1);
    expect(host.refresh).not.toHaveBeenCalled();
  });

  test("a document with other content cannot receive the report; Word's problems are shown", async () => {
    const host = fakeHost({ kind: "other", controls: [], link: null }, prepared(), {
      prepare: jest.fn(async () => {
        throw problem("report.unreadable-totals", { reason: '"a.xlsx" không phải là file Excel .xlsx.' });
      }),
    });
    renderPane(host);
    expect(await screen.findByText(/không có ô số liệu của Tổng hợp/)).toBeInTheDocument();
    const file = new File(["x"], "a.xlsx");
    Object.defineProperty(file, "arrayBuffer", { value: async () => new ArrayBuffer(1) });
    fireEvent.change(screen.getByLabelText("Chọn file tổng hợp (.xlsx)"), { target: { files: [file] } });
    expect(await screen.findByText("Không đọc được file tổng hợp")).toBeInTheDocument();
  });

  test("an old Word says what it needs", () => {
    renderPane(fakeHost(REPORT_DOC, prepared(), { supported: false }));
    expect(screen.getByText("Phiên bản Word này chưa hỗ trợ Tổng hợp")).toBeInTheDocument();
  });
});
