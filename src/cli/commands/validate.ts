import { Command } from "./command";
import { exitCodeOf, Io, parseArgs, readFiles, snapshotsOf, validateSnapshots } from "../inputs";
import { validationJson, validationText } from "../output";

export const validateCommand: Command = {
  name: "validate",
  usage: `tonghop validate <file.xlsx>… [--json]
      Kiểm tra phụ lục của các đơn vị (file tổng hợp của thành phố, các file của xã, phường, hoặc cả hai).`,
  async run(args: string[], io: Io): Promise<number> {
    const { files, flags } = parseArgs(args, ["json"], false);
    const result = validateSnapshots(await snapshotsOf(await readFiles(files)), files);
    io.out(flags.has("json") ? JSON.stringify(validationJson(result), null, 2) : validationText(result));
    return exitCodeOf(result);
  },
};
