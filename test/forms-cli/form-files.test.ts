/** A wrong form file given with --form: exit 2 on every command, the catalogue's Vietnamese message naming what is wrong, no stack trace. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../helpers/cli";
import { UNIT_FILES } from "../helpers/sample-workbook";
import { THREE_FORM, writeForm } from "./three-form";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "tonghop-form-files-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Form = typeof THREE_FORM & Record<string, unknown>;
/** THREE_FORM changed by `edit`, on a copy. */
function variant(edit: (form: Form & { indicators: Record<string, unknown>[]; rules: Record<string, unknown>[] }) => void): Form {
  const copy = structuredClone(THREE_FORM) as Form & { indicators: Record<string, unknown>[]; rules: Record<string, unknown>[] };
  edit(copy);
  return copy;
}

/** Every command refuses the file the same way, before reading anything else or writing. */
async function refusedEverywhere(formFile: string, message: string): Promise<void> {
  const out = join(dir, "khong-ghi");
  const runs = [
    ["validate", UNIT_FILES[0], "--form", formFile],
    ["totals", UNIT_FILES[0], "--form", formFile, "--out", `${out}.xlsx`],
    ["report", UNIT_FILES[0], "--form", formFile, "--out", `${out}.docx`],
    ["template", "--form", formFile, "--unit", "Phường Một", "--period", "Năm 2025", "--out", `${out}.xlsx`],
  ];
  for (const args of runs) {
    const r = await cli(...args);
    expect({ command: args[0], code: r.code, out: r.out, err: r.err }).toEqual({ command: args[0], code: 2, out: "", err: `Lỗi: ${message}\n` });
    expect(r.err).not.toMatch(/^\s+at /m);
  }
  expect(existsSync(`${out}.xlsx`) || existsSync(`${out}.docx`)).toBe(false);
}

test("not JSON: the line and column", async () => {
  const text = JSON.stringify(THREE_FORM, null, 2).replace('"title": "SỐ LIỆU THỬ NGHIỆM BA CHỈ TIÊU",', '"title": "SỐ LIỆU THỬ NGHIỆM BA CHỈ TIÊU"');
  const file = join(dir, "thieu-phay.form.json");
  writeFileSync(file, text);
  // The comma is missing at the end of line 3; the parser stops at the next field, line 4 column 3.
  await refusedEverywhere(file, [
    'File biểu mẫu "thieu-phay.form.json" có 1 lỗi, chưa dùng được:',
    "- Nội dung không đúng cú pháp JSON ở dòng 4, cột 3 (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc kép, dấu ngoặc).",
  ].join("\n"));
});

test("an unknown field is refused, not ignored", async () => {
  const file = writeForm(dir, "truong-la.form.json", variant((f) => (f.rules[0].severty = "error")));
  await refusedEverywhere(file, [
    'File biểu mẫu "truong-la.form.json" có 1 lỗi, chưa dùng được:',
    "- Trường rules[0].severty: định dạng biểu mẫu không có trường này; hãy sửa tên trường (kể cả chữ hoa, chữ thường) hoặc xóa nó.",
  ].join("\n"));
});

test("a value outside its list: the field, the indicator's code, what is allowed and what was found", async () => {
  const file = writeForm(dir, "sai-kieu.form.json", variant((f) => (f.indicators[1].type = "number")));
  await refusedEverywhere(file, [
    'File biểu mẫu "sai-kieu.form.json" có 1 lỗi, chưa dùng được:',
    '- Trường indicators[1].type (chỉ tiêu mã 02): phải là một trong integer, decimal, flag, percent — đang là "number".',
  ].join("\n"));
});

test("a number written with a Vietnamese thousands dot is refused as ambiguous, not read as 1", async () => {
  const file = writeForm(dir, "nghin.form.json", variant((f) => (f.rules[0].check = "[02] <= [01] * 1.000")));
  await refusedEverywhere(file, [
    'File biểu mẫu "nghin.form.json" có 1 lỗi, chưa dùng được:',
    '- Quy tắc T01, vị trí 16: số "1.000" dễ hiểu nhầm: trong biểu mẫu dấu chấm là dấu thập phân, nên "1.000" được hiểu là 1; nếu muốn số nguyên 1000, viết 1000 (không có dấu chấm); nếu đúng là 1, viết 1.',
    "  [02] <= [01] * 1.000",
    "                 ^",
  ].join("\n"));
});

test("a rule that does not parse: its id, the 1-based position, the check with a caret under it", async () => {
  const file = writeForm(dir, "thieu-ngoac.form.json", variant((f) => (f.rules[0].check = "if [02] > 0 then ([01] > 0")));
  await refusedEverywhere(file, [
    'File biểu mẫu "thieu-ngoac.form.json" có 1 lỗi, chưa dùng được:',
    "- Quy tắc T01, vị trí 18: thiếu dấu ')' cho dấu '(' này.",
    "  if [02] > 0 then ([01] > 0",
    "                   ^",
  ].join("\n"));
});

test("a rule naming a code the form does not have", async () => {
  const file = writeForm(dir, "ma-la.form.json", variant((f) => (f.rules[0].check = "[02] <= [01] + [09]")));
  await refusedEverywhere(file, [
    'File biểu mẫu "ma-la.form.json" có 1 lỗi, chưa dùng được:',
    "- Quy tắc T01, vị trí 16: biểu mẫu không có chỉ tiêu mã 09.",
    "  [02] <= [01] + [09]",
    "                 ^",
  ].join("\n"));
});

test("a percentage totalled as a sum", async () => {
  const file = writeForm(dir, "cong-ty-le.form.json", variant((f) => (f.indicators[2].total = "sum")));
  await refusedEverywhere(file, [
    'File biểu mẫu "cong-ty-le.form.json" có 1 lỗi, chưa dùng được:',
    '- Trường indicators[2].total (chỉ tiêu mã 03): tỷ lệ phần trăm không tổng hợp bằng "sum" hay "count" (cộng hay lấy trung bình các tỷ lệ đều sai); hãy ghi tỷ lệ của các số tổng hợp, ví dụ "[03] / [02] * 100".',
  ].join("\n"));
});

test("a code used twice", async () => {
  const file = writeForm(dir, "trung-ma.form.json", variant((f) => f.indicators.push({ ...f.indicators[0], name: "Hộ được thăm lại" , code: "02" })));
  await refusedEverywhere(file, [
    'File biểu mẫu "trung-ma.form.json" có 1 lỗi, chưa dùng được:',
    '- Trường indicators[3].code: mã số "02" đã dùng cho một chỉ tiêu trước đó; mỗi chỉ tiêu phải có mã riêng.',
  ].join("\n"));
});

test("many faults: every one counted, ten listed, then how many more", async () => {
  const file = writeForm(dir, "nhieu-loi.form.json", variant((f) => {
    for (let i = 0; i < 12; i++) f.indicators.push({ ...f.indicators[0], code: String(10 + i), type: "so" });
  }));
  const lines = (i: number) => `- Trường indicators[${3 + i}].type (chỉ tiêu mã ${10 + i}): phải là một trong integer, decimal, flag, percent — đang là "so".`;
  const r = await cli("validate", UNIT_FILES[0], "--form", file);
  expect([r.code, r.out]).toEqual([2, ""]);
  expect(r.err).toBe([
    'Lỗi: File biểu mẫu "nhieu-loi.form.json" có 12 lỗi, chưa dùng được:',
    ...Array.from({ length: 10 }, (_, i) => lines(i)),
    "và 2 lỗi khác.",
    "",
  ].join("\n"));
});

test("two files of one form id: refused, as one would silently replace the other", async () => {
  const a = writeForm(dir, "a.form.json");
  const b = writeForm(dir, "b.form.json");
  const r = await cli("validate", UNIT_FILES[0], "--form", a, "--form", b);
  expect(r).toEqual({
    code: 2,
    out: "",
    err: `Lỗi: Các file "${a}", "${b}" (sau --form) cùng là biểu mẫu "bieu-thu"; hãy chỉ dùng một file cho mỗi biểu mẫu.\n`,
  });
});

test("a form file that is not there, a folder given as one, and --form without its file", async () => {
  const missing = join(dir, "khong-co.form.json");
  expect(await cli("validate", UNIT_FILES[0], "--form", missing)).toEqual({ code: 2, out: "", err: `Lỗi: Không tìm thấy file "${missing}".\n` });
  expect(await cli("validate", UNIT_FILES[0], "--form", dir)).toEqual({ code: 2, out: "", err: `Lỗi: "${dir}" là thư mục, không phải file biểu mẫu.\n` });
  expect(await cli("totals", UNIT_FILES[0], "--out", join(dir, "t.xlsx"), "--form")).toEqual({ code: 2, out: "", err: "Lỗi: Thiếu đường dẫn file sau --form.\n" });
});

test("--out naming the form file is refused: inputs are never written", async () => {
  const file = writeForm(dir, "bieu-mau.xlsx");
  const r = await cli("totals", UNIT_FILES[0], "--form", file, "--out", file);
  expect(r.code).toBe(2);
  expect(r.err).toBe(`Lỗi: --out "${file}" trùng với file đầu vào "${file}"; hãy ghi ra một file khác để không mất số liệu gốc.\n`);
});

test("template takes one form", async () => {
  const file = writeForm(dir, "mot.form.json");
  const r = await cli("template", "--form", file, "--form", "phu-luc-pcmd", "--unit", "X", "--period", "Năm 2025", "--out", join(dir, "x.xlsx"));
  expect(r).toEqual({
    code: 2,
    out: "",
    err: "Lỗi: Lệnh template tạo mẫu cho một biểu mẫu: chỉ ghi --form một lần (một file .form.json hoặc mã của biểu mẫu có sẵn).\n",
  });
});

test("through the real command (bin/tonghop.js): exit 2 reaches the shell, the message and no stack trace", () => {
  const file = writeForm(dir, "shell.form.json", variant((f) => (f.indicators[1].type = "number")));
  const root = join(__dirname, "..", "..");
  const r = spawnSync(process.execPath, [join(root, "bin", "tonghop.js"), "validate", UNIT_FILES[0], "--form", file], { cwd: root, encoding: "utf8" });
  expect([r.status, r.stdout]).toEqual([2, ""]);
  expect(r.stderr).toBe([
    'Lỗi: File biểu mẫu "shell.form.json" có 1 lỗi, chưa dùng được:',
    '- Trường indicators[1].type (chỉ tiêu mã 02): phải là một trong integer, decimal, flag, percent — đang là "number".',
    "",
  ].join("\n"));
});
