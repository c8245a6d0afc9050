/** `tonghop` command line: dispatches to the commands in ./commands. */
import type { FilePorts } from "../app/file-ports";
import { problem, Problem } from "../app/problems";
import { commands } from "./commands";
import { fileErrorMessage, isFileError } from "./fs-errors";
import { EXIT_CANNOT_RUN, EXIT_OK, Io, UsageError } from "./inputs";
import { terminalSafe } from "./output";

function usage(): string {
  return [
    "Cách dùng:",
    ...commands.map((c) => "  " + c.usage),
    "",
    "Mọi lệnh nhận thêm --units <file.xlsx>: đối chiếu với danh sách đơn vị ở trang \"Thông tin báo cáo\" của file đó.",
    "Mọi lệnh nhận thêm --form <file.form.json>: dùng thêm biểu mẫu của file đó, ngoài biểu mẫu có sẵn (validate, totals, report nhận nhiều --form; template một, hoặc mã của biểu mẫu có sẵn).",
    "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được (thiếu file, file không đọc được, file biểu mẫu sai, không có phụ lục).",
  ].join("\n");
}

function messageOf(e: unknown): string {
  if (e instanceof UsageError || e instanceof Problem) return `Lỗi: ${e.message}`;
  const path = (e as NodeJS.ErrnoException).path;
  if (isFileError(e)) return `Lỗi: ${fileErrorMessage(e, path ?? "file", "read")}`;
  return `Lỗi không mong đợi: ${(e as Error).message}`;
}

/** `ports`: the file adapters (src/hosts/files.ts), which bin/tonghop.js passes in. */
export async function run(argv: string[], io: Io, ports: FilePorts): Promise<number> {
  // Cell text reaches every line printed; none of it may drive the terminal.
  const safe: Io = { out: (s) => io.out(terminalSafe(s)), err: (s) => io.err(terminalSafe(s)) };
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    safe.out(usage());
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    safe.err(name ? `Lỗi: ${problem("cli.unknown-command", { name }).message}\n\n${usage()}` : usage());
    return EXIT_CANNOT_RUN;
  }
  try {
    return await command.run(rest, safe, ports);
  } catch (e) {
    safe.err(messageOf(e));
    return EXIT_CANNOT_RUN;
  }
}

export const stdio: Io = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") };
