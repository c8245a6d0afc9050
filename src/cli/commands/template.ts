import { stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { FilePorts } from "../../app/file-ports";
import { builtInRegistry, findForm } from "../../app/forms";
import { problem } from "../../app/problems";
import { formById, makeTemplates, typedUnit, unitsOfInfoSheet, type TemplateFile } from "../../app/use-cases/make-template";
import type { FormDef } from "../../core/form";
import { formatNumber } from "../../core/numbers";
import { Command } from "./command";
import { readFormFile } from "../form-files";
import { checkOutputTarget, EXIT_OK, Io, parseArgs, readUnitList, UsageError, writeOutputFile } from "../inputs";

const VALUE_OPTIONS = ["--unit", "--period"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Takes the options that carry text (a unit name, a period) out of `args`; the rest goes to parseArgs. */
function takeValues(args: string[]): { values: Partial<Record<ValueOption, string>>; rest: string[] } {
  const values: Partial<Record<ValueOption, string>> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const option = VALUE_OPTIONS.find((o) => o === args[i]);
    if (!option) {
      rest.push(args[i]);
      continue;
    }
    const v = args[++i];
    if (v === undefined || v.startsWith("--") || v.trim() === "") throw new UsageError(problem("cli.missing-value", { option }));
    values[option] = v;
  }
  return { values, rest };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => !s.isDirectory(),
    () => false,
  );
}

/** `--form`: a form file (named .json, or an existing file), else a built-in form's id; none gives the product's own. */
async function templateForm(values: string[]): Promise<FormDef> {
  if (values.length > 1) throw new UsageError(problem("cli.template-one-form"));
  const [value] = values;
  if (value === undefined) return findForm(builtInRegistry)!;
  if (/\.json$/i.test(value) || (await isFile(value))) return readFormFile(value);
  return formById(value, builtInRegistry);
}

function writtenLine(path: string, file: TemplateFile): string {
  const note = file.unit.kind === "city-level" ? " — đơn vị cấp thành phố: các chỉ tiêu chỉ dành cho xã, phường để trống, không nhập được" : "";
  return `Đã ghi ${path} (${file.unit.name})${note}`;
}

export const templateCommand: Command = {
  name: "template",
  usage: `tonghop template --unit <tên đơn vị> --period <kỳ báo cáo> --out <file.xlsx> [--form <file.form.json | mã biểu mẫu>]
  tonghop template --units <file.xlsx> [--period <kỳ báo cáo>] --out <thư mục> [--form <file.form.json | mã biểu mẫu>]
      Tạo file mẫu trống để xã, phường điền số liệu: có kiểm tra dữ liệu khi nhập, khóa nhãn và mã số (không đặt mật khẩu).
      Với --units: một file cho mỗi đơn vị trong trang "Thông tin báo cáo"; kỳ báo cáo lấy từ trang đó nếu không có --period.`,
  async run(args: string[], io: Io, ports: FilePorts): Promise<number> {
    const { values, rest } = takeValues(args);
    const { files, out, units, forms } = parseArgs(rest, [], true);
    if (files.length > 0) throw new UsageError(problem("cli.unknown-option", { option: files[0] }));
    const form = await templateForm(forms);
    if (values["--unit"] !== undefined && units !== null) throw new UsageError(problem("cli.template-unit-and-units"));

    if (units === null) {
      if (values["--unit"] === undefined) throw new UsageError(problem("cli.template-unit-missing"));
      if (!out) throw new UsageError(problem("cli.out-missing", { kind: "template" }));
      if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError(problem("cli.out-extension", { kind: "template", out }));
      const period = values["--period"];
      if (period === undefined) throw new UsageError(problem("cli.template-period-missing"));
      await checkOutputTarget(out, forms);
      const [file] = await makeTemplates(ports, form, [typedUnit(values["--unit"])], period);
      await writeOutputFile(out, file.bytes, "Excel");
      io.out(writtenLine(out, file));
      return EXIT_OK;
    }

    if (!out) throw new UsageError(problem("cli.out-missing", { kind: "templates" }));
    if (await isFile(out)) throw new UsageError(problem("cli.out-not-folder", { out }));
    const list = await readUnitList(ports, units);
    const listed = unitsOfInfoSheet(list!.sheet);
    if (listed.units.length === 0) throw new UsageError(problem("cli.template-no-units", { path: units }));
    const period = values["--period"] ?? listed.period;
    if (period === null) throw new UsageError(problem("cli.template-period-missing"));
    const made = await makeTemplates(ports, form, listed.units, period);
    const targets = made.map((file) => join(out, file.fileName));
    // Checked before any write: a unit named like the list's own file must not overwrite it.
    for (const target of targets) await checkOutputTarget(target, [units, ...forms]);
    for (const [i, file] of made.entries()) {
      await writeOutputFile(targets[i], file.bytes, "Excel");
      io.out(writtenLine(targets[i], file));
    }
    const wards = made.filter((f) => f.unit.kind === "ward").length;
    const cityLevel = made.length - wards;
    io.out(
      `Đã tạo ${formatNumber(made.length)} file mẫu kỳ "${period.trim()}" trong thư mục ${out}: ${formatNumber(wards)} xã, phường` +
        (cityLevel > 0 ? `, ${formatNumber(cityLevel)} đơn vị cấp thành phố.` : "."),
    );
    return EXIT_OK;
  },
};
