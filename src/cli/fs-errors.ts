/** Node's file system error codes → the problem catalogue: users never see EACCES or EBUSY. */
import { Problem, problem, ProblemCode } from "../app/problems";

export type FileAction = "read" | "write";

type FileSystemProblem = Extract<ProblemCode, `fs.${string}`>;

const PROBLEMS = new Map<string, FileSystemProblem>([
  ["ENOENT", "fs.not-found"],
  ["EISDIR", "fs.is-folder"],
  ["ENOTDIR", "fs.not-folder"],
  ["EEXIST", "fs.name-taken"],
  ["EACCES", "fs.no-permission"],
  ["EPERM", "fs.no-permission"],
  ["EBUSY", "fs.busy"],
  ["ETXTBSY", "fs.held"],
  ["ENOSPC", "fs.disk-full"],
  ["EDQUOT", "fs.quota"],
  ["EFBIG", "fs.file-too-big"],
  ["EROFS", "fs.read-only"],
  ["ENAMETOOLONG", "fs.path-too-long"],
  ["EMFILE", "fs.too-many-open"],
  ["ENFILE", "fs.too-many-open"],
  ["ELOOP", "fs.link-loop"],
  ["EINVAL", "fs.invalid-path"],
  ["EIO", "fs.disk-error"],
  ["ESTALE", "fs.network-lost"],
  ["ERR_FS_FILE_TOO_LARGE", "fs.over-two-gigabytes"],
]);

export function errorCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True for an error raised by the file system (it carries one of Node's error codes). */
export function isFileError(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && (PROBLEMS.has(code) || /^E[A-Z]+$/.test(code));
}

/** Why `path` could not be read or written; `app` is the program that may hold the file open. */
export function fileProblem(e: unknown, path: string, action: FileAction, app = "Excel", form = false): Problem {
  const code = errorCode(e);
  return problem((code !== undefined && PROBLEMS.get(code)) || "fs.unknown", { path, action, app, ...(form ? { form } : {}) }, code ?? null);
}

/** "Không đọc được "a.xlsx": ổ đĩa đã hết chỗ trống." — never the raw code. */
export function fileErrorMessage(e: unknown, path: string, action: FileAction, app = "Excel"): string {
  return fileProblem(e, path, action, app).message;
}
