/** Office.js failures in Word → Vietnamese problems with what to do (shown by the pane as message bars). */
import { HostError } from "../../taskpane/host";

const PROBLEMS: Record<string, [string, string]> = {
  ApiNotFound: [
    "Phiên bản Word này chưa hỗ trợ chức năng cần dùng",
    "Hãy cập nhật Microsoft 365 (Tệp → Tài khoản → Tùy chọn cập nhật) hoặc dùng Word trên web.",
  ],
  AccessDenied: [
    "Tài liệu đang được bảo vệ hoặc chỉ cho đọc",
    "Vào Xem lại → Hạn chế chỉnh sửa để bỏ bảo vệ, hoặc bấm Cho phép chỉnh sửa, rồi bấm lại.",
  ],
  RequestPayloadSizeLimitExceeded: [
    "Báo cáo quá lớn để Word nhận trong một lần",
    "Hãy dùng Word trên máy tính, hoặc tạo báo cáo bằng lệnh tonghop report rồi mở file .docx.",
  ],
  InvalidArgument: [
    "Word không nhận nội dung báo cáo",
    "Hãy thử lại; nếu vẫn lỗi, cập nhật Word hoặc tạo báo cáo bằng lệnh tonghop report.",
  ],
};

const GENERIC: [string, string] = [
  "Word không thực hiện được thao tác",
  "Hãy thử lại; nếu vẫn lỗi, lưu tài liệu, đóng và mở lại rồi thử lần nữa.",
];

export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const error = e as { code?: unknown; message?: unknown } | null;
  const code = typeof error?.code === "string" ? error.code : null;
  const message = typeof error?.message === "string" ? error.message : String(e);
  const [title, action] = (code !== null && PROBLEMS[code]) || GENERIC;
  return new HostError(title, title === GENERIC[0] && message ? `${action} (${message})` : action, code);
}
