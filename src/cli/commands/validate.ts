import type { FilePorts } from "../../app/file-ports";
import { checkEachAppendix } from "../../app/use-cases/check-workbooks";
import { Command } from "./command";
import { formHeading, registryOf } from "../form-files";
import { exitCodeOf, Io, parseArgs, readFiles, readUnitList, snapshotsOf } from "../inputs";
import { validationJson, validationText } from "../output";

export const validateCommand: Command = {
  name: "validate",
  usage: `tonghop validate <file.xlsx>… [--json] [--units <file.xlsx>] [--form <file.form.json>]…
      Kiểm tra phụ lục của các đơn vị (file tổng hợp của thành phố, các file của xã, phường, hoặc cả hai).
      Khi các file có phụ lục của nhiều biểu mẫu: mỗi biểu mẫu một phần riêng; --json cho một danh sách, mỗi biểu mẫu một mục { form: { id, title }, units, findings, summary }.`,
  async run(args: string[], io: Io, ports: FilePorts): Promise<number> {
    const { files, flags, units, forms } = parseArgs(args, ["json"], false);
    const registry = await registryOf(forms);
    const inputs = await readFiles(files);
    const unitList = await readUnitList(ports, units);
    const results = checkEachAppendix(await snapshotsOf(ports, inputs), unitList, registry);
    const fileCount = new Set(units === null ? files : [...files, units]).size;
    if (flags.has("json")) {
      const json = results.length === 1
        ? validationJson(results[0])
        : results.map((r) => ({ form: { id: r.form.id, title: r.form.title }, ...validationJson(r) }));
      io.out(JSON.stringify(json, null, 2));
    } else {
      io.out(results.length === 1
        ? validationText(results[0], fileCount)
        : results.map((r) => `${formHeading(r.form)}\n${validationText(r, fileCount)}`).join("\n\n"));
    }
    return Math.max(...results.map(exitCodeOf));
  },
};
