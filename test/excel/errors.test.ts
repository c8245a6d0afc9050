import { isPayloadTooLarge, toProblem } from "../../src/hosts/excel/errors";
import { problem, Problem } from "../../src/app/problems";
import { createExcelHost } from "../../src/hosts/excel/excel-host";
import { fakeEnv } from "./fake/office";
import { FakeWorkbook } from "./fake/state";

const DOWNLOAD_BLOCKED = problem("excel.download-blocked").message;

describe("Office errors in Vietnamese", () => {
  test.each([
    ["ApiNotFound", "", "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng", /cập nhật Microsoft 365/],
    ["AccessDenied", "", "Trang tính hoặc sổ làm việc đang được bảo vệ", /Bỏ bảo vệ trang tính/],
    ["InvalidOperation", "The sheet is protected.", "Trang tính hoặc sổ làm việc đang được bảo vệ", /Bỏ bảo vệ/],
    ["InvalidOperationInCellEditMode", "", "Excel đang ở chế độ sửa ô", /Nhấn Enter hoặc Esc/],
    ["RequestPayloadSizeLimitExceeded", "", "Sổ tính quá lớn để Excel xử lý trong một lần", /Excel trên máy tính/],
    ["ItemNotFound", "", "Không tìm thấy trang tính hoặc ô cần dùng", /bấm Kiểm tra/],
    ["GeneralException", "Boom", "Excel không thực hiện được thao tác", /thử lại.*\(Boom\)/],
  ])("%s → %s", (code, message, title, action) => {
    const e = toProblem({ code, message, name: "RichApi.Error" });
    expect(e).toBeInstanceOf(Problem);
    expect(e.title).toBe(title);
    expect(e.message).toMatch(action);
    expect(e.hostCode).toBe(code);
    expect(e.title.normalize("NFC")).toBe(e.title);
  });

  test("a payload error is recognised by its code or its message", () => {
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ message: "The request payload size has exceeded the limit." })).toBe(true);
    expect(isPayloadTooLarge({ code: "ItemNotFound" })).toBe(false);
  });
});

describe("delivering the report", () => {
  test.each(["mac", "ios"] as const)("on %s the pane says downloads are not allowed and points to Word", async (platform) => {
    const host = createExcelHost(fakeEnv(new FakeWorkbook({ platform })));
    await expect(host.deliverFile(new Uint8Array([1]), "bao-cao.docx", "application/octet-stream")).resolves.toEqual({
      delivered: false,
      message: DOWNLOAD_BLOCKED,
    });
    expect(DOWNLOAD_BLOCKED).toBe(
      "Excel không cho phép tải file từ ngăn tác vụ trên nền tảng này — hãy dùng Tổng hợp trong Word (nút Cập nhật số liệu).",
    );
  });
});
