/** Office.js failures → Vietnamese problems with what to do (shown by the pane as message bars). */
import { HostError } from "../../taskpane/host";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

const PAYLOAD_CODES = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function codeOf(e: unknown): string | null {
  const code = (e as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : null;
}

export function isPayloadTooLarge(e: unknown): boolean {
  const code = codeOf(e);
  return (code !== null && PAYLOAD_CODES.has(code)) || /payload size/i.test((e as OfficeLikeError | null)?.message ?? "");
}

const PROBLEMS: Record<string, [string, string]> = {
  ApiNotFound: [
    "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng",
    "Hãy cập nhật Microsoft 365 (Tệp → Tài khoản → Tùy chọn cập nhật) hoặc dùng Excel trên web.",
  ],
  AccessDenied: [
    "Trang tính hoặc sổ làm việc đang được bảo vệ",
    "Vào Xem lại → Bỏ bảo vệ trang tính (hoặc Bảo vệ sổ làm việc) rồi bấm lại.",
  ],
  InvalidOperationInCellEditMode: [
    "Excel đang ở chế độ sửa ô",
    "Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi bấm lại.",
  ],
  PAYLOAD: [
    "Sổ tính quá lớn để Excel xử lý trong một lần",
    "Hãy mở sổ tính bằng Excel trên máy tính, hoặc tách bớt các trang của đơn vị sang sổ khác.",
  ],
  ItemNotFound: [
    "Không tìm thấy trang tính hoặc ô cần dùng",
    "Trang tính có thể vừa bị đổi tên hoặc xóa; hãy bấm Kiểm tra để đọc lại sổ tính.",
  ],
  ItemAlreadyExists: [
    "Tên trang tính đã có trong sổ",
    "Hãy đổi tên trang tính trùng rồi bấm lại.",
  ],
};

const GENERIC: [string, string] = [
  "Excel không thực hiện được thao tác",
  "Hãy thử lại; nếu vẫn lỗi, lưu sổ tính, đóng và mở lại rồi thử lần nữa.",
];

function problemOf(code: string | null, message: string): [string, string] {
  if (code !== null && PAYLOAD_CODES.has(code)) return PROBLEMS.PAYLOAD;
  if (code === "InvalidOperation" && /protect/i.test(message)) return PROBLEMS.AccessDenied;
  return (code !== null && PROBLEMS[code]) || GENERIC;
}

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  const message = (e as OfficeLikeError | null)?.message ?? String(e);
  const [title, action] = problemOf(isPayloadTooLarge(e) ? "RequestPayloadSizeLimitExceeded" : code, message);
  const detail = title === GENERIC[0] && message ? ` (${message})` : "";
  return new HostError(title, action + detail, code);
}

export function unsupported(what: string, version: string): HostError {
  return new HostError(
    "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng",
    `${what} cần Excel hỗ trợ ExcelApi ${version}. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.`,
    "ApiNotFound",
  );
}
