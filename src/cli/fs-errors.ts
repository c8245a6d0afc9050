/** The one place a file system error becomes a Vietnamese sentence: users never see EACCES or EBUSY. */

export type FileAction = "read" | "write";

/** Why a file could not be read or written, by Node's error code; `app` is the program that may hold the file open. */
const reasons: Record<string, (action: FileAction, app: string) => string> = {
  ENOENT: (action) => (action === "read" ? "không tìm thấy file" : "không tìm thấy thư mục chứa file"),
  EISDIR: () => "đây là một thư mục, không phải file",
  ENOTDIR: () => "một phần của đường dẫn là file chứ không phải thư mục",
  EEXIST: () => "đã có một file trùng tên với thư mục cần tạo",
  EACCES: (action, app) => (action === "read" ? "không có quyền đọc file" : `file đang mở trong ${app} hoặc không có quyền ghi`),
  EPERM: (action, app) => (action === "read" ? "không có quyền đọc file" : `file đang mở trong ${app} hoặc không có quyền ghi`),
  EBUSY: (action, app) =>
    action === "read" ? "file đang bị chương trình khác giữ; hãy đóng file rồi chạy lại" : `file đang mở trong ${app}; hãy đóng file rồi chạy lại`,
  ETXTBSY: () => "file đang bị chương trình khác giữ; hãy đóng file rồi chạy lại",
  ENOSPC: () => "ổ đĩa đã hết chỗ trống",
  EDQUOT: () => "đã dùng hết dung lượng được cấp trên ổ đĩa",
  EFBIG: () => "file vượt quá kích thước máy cho phép ghi",
  EROFS: () => "ổ đĩa hoặc thư mục này chỉ cho phép đọc",
  ENAMETOOLONG: () => "đường dẫn quá dài; hãy đặt file vào thư mục có đường dẫn ngắn hơn",
  EMFILE: () => "máy đang mở quá nhiều file cùng lúc; hãy đóng bớt chương trình rồi chạy lại",
  ENFILE: () => "máy đang mở quá nhiều file cùng lúc; hãy đóng bớt chương trình rồi chạy lại",
  ELOOP: () => "đường dẫn có liên kết (symlink) trỏ vòng",
  EINVAL: () => "đường dẫn không hợp lệ",
  EIO: () => "lỗi đọc, ghi ổ đĩa (ổ đĩa hỏng hoặc đã bị rút ra)",
  ESTALE: () => "ổ đĩa mạng đã mất kết nối",
  ERR_FS_FILE_TOO_LARGE: () => "file quá lớn (trên 2 GB), không thể là phụ lục của đơn vị",
};

export function errorCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True for an error raised by the file system (it carries one of Node's error codes). */
export function isFileError(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && (code in reasons || /^E[A-Z]+$/.test(code));
}

/** "Không đọc được "a.xlsx": ổ đĩa đã hết chỗ trống." — never the raw code. */
export function fileErrorMessage(e: unknown, path: string, action: FileAction, app = "Excel"): string {
  const code = errorCode(e);
  if (action === "read" && code === "ENOENT") return `Không tìm thấy file "${path}".`;
  if (action === "read" && code === "EISDIR") return `"${path}" là thư mục, không phải file .xlsx.`;
  const verb = action === "read" ? "Không đọc được" : "Không ghi được";
  const reason = code !== undefined ? reasons[code] : undefined;
  return `${verb} "${path}": ${reason ? reason(action, app) : "lỗi hệ thống không rõ nguyên nhân"}.`;
}
