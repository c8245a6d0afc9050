/** `tonghop` command line: dispatches to the commands in ./commands. */
import { UnreadableWorkbookError } from "../hosts/xlsx/read-workbook";
import { commands } from "./commands";
import { EXIT_CANNOT_RUN, EXIT_OK, Io, UsageError } from "./inputs";

function usage(): string {
  return [
    "Cách dùng:",
    ...commands.map((c) => "  " + c.usage),
    "",
    "Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không chạy được (thiếu file, file không đọc được, không có phụ lục).",
  ].join("\n");
}

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(name ? `Lỗi: không có lệnh "${name}".\n\n${usage()}` : usage());
    return EXIT_CANNOT_RUN;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnreadableWorkbookError) {
      io.err(`Lỗi: ${e.message}`);
    } else {
      io.err(`Lỗi không mong đợi: ${(e as Error).message}`);
    }
    return EXIT_CANNOT_RUN;
  }
}

export const stdio: Io = { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n") };
