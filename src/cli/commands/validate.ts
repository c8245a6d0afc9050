import type { FilePorts } from "../../app/file-ports";
import { checkAppendices } from "../../app/use-cases/check-workbooks";
import { Command } from "./command";
import { exitCodeOf, Io, parseArgs, readFiles, readUnitList, snapshotsOf } from "../inputs";
import { validationJson, validationText } from "../output";

export const validateCommand: Command = {
  name: "validate",
  usage: `tonghop validate <file.xlsx>… [--json] [--units <file.xlsx>]
      Kiểm tra phụ lục của các đơn vị (file tổng hợp của thành phố, các file của xã, phường, hoặc cả hai).`,
  async run(args: string[], io: Io, ports: FilePorts): Promise<number> {
    const { files, flags, units } = parseArgs(args, ["json"], false);
    const inputs = await readFiles(files);
    const unitList = await readUnitList(ports, units);
    const result = checkAppendices(await snapshotsOf(ports, inputs), unitList);
    const fileCount = new Set(units === null ? files : [...files, units]).size;
    io.out(flags.has("json") ? JSON.stringify(validationJson(result), null, 2) : validationText(result, fileCount));
    return exitCodeOf(result);
  },
};
