/**
 * The one catalogue of operational problems — what a user must act on that is not a finding in the data:
 * a file that cannot be read, a workbook without an appendix, a protected sheet, an API this Office lacks.
 * Every code has a Vietnamese title and what to do; every front shows `Problem`s from here and builds no
 * such message itself. Finding codes live in `core/findings.ts`.
 */
import type { ExpressionError } from "../core/expression/ast";
import type { FormIssue } from "../core/form-issues";
import { formatNumber } from "../core/numbers";

type Entry<P> = { title: string; action: (p: P) => string };

function entry<P = Record<string, never>>(title: string, action: (p: P) => string): Entry<P> {
  return { title, action };
}

const quoted = (files: string[]) => files.map((f) => `"${f}"`).join(", ");
const megabytes = (bytes: number) => `${formatNumber(Math.ceil(bytes / (1024 * 1024)), 0)} MB`;
const cannotRead = (file: string) => `Không đọc được "${file}":`;
/** A failure's own words, after what to do, when no entry names it. */
const detail = (message: string) => (message ? ` (${message})` : "");

type OtherDocument = "docx" | "pptx" | "ods" | "odf" | "xlsb" | "zip";
const OTHER_DOCUMENTS: Record<OtherDocument, string> = {
  docx: "là văn bản Word (.docx), không phải bảng tính Excel .xlsx.",
  pptx: "là bài trình chiếu PowerPoint (.pptx), không phải bảng tính Excel .xlsx.",
  ods: "là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu lại dạng Excel (.xlsx).",
  odf: "là tài liệu OpenDocument, không phải bảng tính Excel .xlsx.",
  xlsb: "là bảng tính Excel dạng nhị phân (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx.",
  zip: "là file nén (.zip) nhưng không chứa bảng tính Excel .xlsx.",
};

type WorkbookPartRole = "relationships" | "shared-strings" | "styles";
const MISSING_PART: Record<WorkbookPartRole, string> = {
  relationships: "liên kết các trang tính",
  "shared-strings": "chữ dùng chung của các ô",
  styles: "định dạng ô",
};

/** A file the CLI reads or writes; `app` is the program that may hold it open. */
/** `form`: the file read is a form file (`--form`), not a workbook. */
type FileAccess = { path: string; action: "read" | "write"; app: string; form?: boolean };

/** A file system failure: `Không đọc được "a.xlsx": <reason>.`, the reason by action and program. */
function fsEntry(title: string, reason: (p: FileAccess) => string): Entry<FileAccess> {
  return entry(title, (p) => `${p.action === "read" ? "Không đọc được" : "Không ghi được"} "${p.path}": ${reason(p)}.`);
}

/** What a newer Excel is needed for. */
export type ExcelFeature = "import-sheets";
const EXCEL_FEATURES: Record<ExcelFeature, string> = { "import-sheets": "Nhập file đơn vị" };

/** What a command writes: the totals workbook, the report, one template, or a folder of templates. */
type OutputKind = "totals" | "report" | "template" | "templates";
const OUT_MISSING: Record<OutputKind, string> = {
  totals: "Thiếu --out <file.xlsx>: chỉ ra file kết quả cần ghi, ví dụ --out out/tong-hop.xlsx.",
  report: "Thiếu --out <file.docx>: chỉ ra file báo cáo cần ghi, ví dụ --out out/bao-cao.docx.",
  template: "Thiếu --out <file.xlsx>: chỉ ra file mẫu cần ghi, ví dụ --out \"mau/Phường Ngã Bảy.xlsx\".",
  templates: "Thiếu --out <thư mục>: chỉ ra thư mục để ghi một file mẫu cho mỗi đơn vị, ví dụ --out mau.",
};

/** Where a form issue is: "Trường indicators[3].type (chỉ tiêu mã 04)", or the whole file for the root. */
function fieldPlace(field: string, code?: string): string {
  const place = field === "" ? "Nội dung file" : `Trường ${field}`;
  return code === undefined ? place : `${place} (chỉ tiêu mã ${code})`;
}

const EXPECTED_TYPE: Record<Extract<FormIssue, { kind: "type" }>["expected"], string> = {
  string: "phải là chữ, đặt trong dấu ngoặc kép",
  number: "phải là một số",
  integer: "phải là một số nguyên",
  array: "phải là một danh sách [ … ]",
  object: "phải là một đối tượng { … }",
};

const PATTERNS: Record<Extract<FormIssue, { kind: "pattern" }>["pattern"], string> = {
  id: 'mã biểu mẫu chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "phu-luc-ma-tuy"',
  code: 'mã số chỉ tiêu phải gồm 2 chữ số (01 đến 99) hoặc 3 chữ số không bắt đầu bằng 0 (100 đến 999), ví dụ "01" hoặc "104"',
  "rule-id": 'mã quy tắc chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới, ví dụ "R01"',
};

const found = (text: string) => (text === "" ? "gặp chỗ hết biểu thức" : `gặp "${text}"`);

const EXPRESSION_ERRORS: Record<ExpressionError["reason"], (e: ExpressionError) => string> = {
  "unexpected-character": (e) => `ký tự "${e.found}" không dùng được trong biểu thức.`,
  "unexpected-token": (e) => `"${e.found}" không đúng chỗ.`,
  "unexpected-end": () => "biểu thức chưa viết hết.",
  // Both point at the bracket left open.
  "missing-close-paren": () => "thiếu dấu ')' cho dấu '(' này.",
  "missing-close-bracket": () => "thiếu dấu ']' sau mã số này.",
  "bad-code": (e) => `mã số "${e.found}" không đúng; mã số gồm 2 hoặc 3 chữ số trong ngoặc vuông, ví dụ [03].`,
  "bad-number": (e) => `số "${e.found}" không đúng; phần thập phân viết sau dấu chấm, ví dụ 12.5.`,
  "ambiguous-number": (e) => {
    const [whole, read] = [e.found.replace(".", ""), Number(e.found)];
    return `số "${e.found}" dễ hiểu nhầm: trong biểu mẫu dấu chấm là dấu thập phân, nên "${e.found}" được hiểu là ${formatNumber(read, 3)}; nếu muốn số nguyên ${whole}, viết ${whole} (không có dấu chấm); nếu đúng là ${formatNumber(read, 3)}, viết ${read}.`;
  },
  "expected-value": (e) => `cần một giá trị (mã số như [03], một số, hoặc biểu thức trong ngoặc), ${found(e.found)}.`,
  "expected-comparison": (e) => `quy tắc phải là một điều kiện, có phép so sánh (=, <>, <, <=, >, >=), ${found(e.found)}.`,
  "expected-number-expression": (e) => `cần một biểu thức tính ra số, không phải một điều kiện, ${found(e.found)}.`,
  "missing-then": (e) => `thiếu "then" (hoặc "thì") sau điều kiện của "if", ${found(e.found)}.`,
};

/** The expression, then a caret under the 0-based `position`; tabs and line breaks shown as spaces so the caret stays in line. */
function pointAt(text: string, position: number): string[] {
  return [`  ${text.replace(/[\t\r\n]/g, " ")}`, `  ${" ".repeat(Math.max(0, position))}^`];
}

/** An expression's place: the rule and the 1-based position in its check, or the field. */
function expressionPlace(issue: { field: string; rule?: string; code?: string }, position: number): string {
  const at = `vị trí ${position + 1}`;
  return issue.rule !== undefined ? `Quy tắc ${issue.rule}, ${at}` : `${fieldPlace(issue.field, issue.code)}, ${at}`;
}

/** One issue of a form file in Vietnamese: its first line, then the expression pointed at when there is one. */
export function formIssueLines(issue: FormIssue): string[] {
  switch (issue.kind) {
    case "json":
      return [
        `Nội dung không đúng cú pháp JSON ở dòng ${issue.line}, cột ${issue.column} (thường do thiếu hoặc thừa dấu phẩy, dấu ngoặc kép, dấu ngoặc).`,
      ];
    case "required":
      return [`${fieldPlace(issue.field, issue.code)}: còn thiếu, phải có.`];
    case "unknown-field":
      return [`${fieldPlace(issue.field, issue.code)}: định dạng biểu mẫu không có trường này; hãy sửa tên trường (kể cả chữ hoa, chữ thường) hoặc xóa nó.`];
    case "type":
      return [`${fieldPlace(issue.field, issue.code)}: ${EXPECTED_TYPE[issue.expected]}.`];
    case "enum":
      return [`${fieldPlace(issue.field, issue.code)}: phải là một trong ${issue.allowed.join(", ")} — đang là "${issue.found}".`];
    case "empty":
      return [`${fieldPlace(issue.field, issue.code)}: không được để trống.`];
    case "pattern":
      return [`${fieldPlace(issue.field, issue.code)}: ${PATTERNS[issue.pattern]} — đang là "${issue.found}".`];
    case "range":
      return [`${fieldPlace(issue.field, issue.code)}: phải từ ${issue.min} đến ${issue.max} — đang là ${issue.found}.`];
    case "duplicate":
      return [
        /\.code$/.test(issue.field)
          ? `${fieldPlace(issue.field)}: mã số "${issue.found}" đã dùng cho một chỉ tiêu trước đó; mỗi chỉ tiêu phải có mã riêng.`
          : `${fieldPlace(issue.field)}: mã quy tắc "${issue.found}" đã dùng cho một quy tắc trước đó; mỗi quy tắc phải có mã riêng.`,
      ];
    case "decimals-needed":
      return [`${fieldPlace(issue.field, issue.code)}: chỉ tiêu kiểu decimal hoặc percent phải ghi số chữ số sau dấu phẩy (decimals, từ 1 đến 4).`];
    case "decimals-not-allowed":
      return [`${fieldPlace(issue.field, issue.code)}: chỉ tiêu kiểu integer hoặc flag không có chữ số thập phân; hãy bỏ trường decimals.`];
    case "percent-total":
      return [
        `${fieldPlace(issue.field, issue.code)}: tỷ lệ phần trăm không tổng hợp bằng "sum" hay "count" (cộng hay lấy trung bình các tỷ lệ đều sai); hãy ghi tỷ lệ của các số tổng hợp, ví dụ "[03] / [02] * 100".`,
      ];
    case "count-not-flag":
      return [`${fieldPlace(issue.field, issue.code)}: "count" (đếm số xã, phường ghi 1) chỉ dùng cho chỉ tiêu kiểu flag; chỉ tiêu này hãy dùng "sum" hoặc một biểu thức.`];
    case "unknown-parent":
      return [
        issue.parent === issue.code
          ? `${fieldPlace(issue.field, issue.code)}: một chỉ tiêu không thể là phần của chính nó.`
          : `${fieldPlace(issue.field, issue.code)}: biểu mẫu không có chỉ tiêu mã ${issue.parent}.`,
      ];
    case "syntax":
      return [`${expressionPlace(issue, issue.error.position)}: ${EXPRESSION_ERRORS[issue.error.reason](issue.error)}`, ...pointAt(issue.text, issue.error.position)];
    case "unknown-code":
      return [`${expressionPlace(issue, issue.position)}: biểu mẫu không có chỉ tiêu mã ${issue.found}.`, ...pointAt(issue.text, issue.position)];
    case "prev-in-total":
      return [
        `${expressionPlace(issue, issue.position)}: số tổng hợp chỉ tính từ số tổng hợp của kỳ này, không dùng prev[..].`,
        ...pointAt(issue.text, issue.position),
      ];
    case "total-cycle":
      return [`${fieldPlace(issue.field)}: cách tính tổng của các chỉ tiêu vòng lại chính nó (${issue.codes.join(" → ")}); hãy tính mỗi tổng từ những chỉ tiêu khác.`];
  }
}

/** At most this many issues are listed; a file with more says how many are left. */
const FORM_ISSUES_SHOWN = 10;

function formIssuesText(file: string, issues: FormIssue[]): string {
  const lines = [`File biểu mẫu "${file}" có ${formatNumber(issues.length)} lỗi, chưa dùng được:`];
  for (const issue of issues.slice(0, FORM_ISSUES_SHOWN)) {
    const [first, ...rest] = formIssueLines(issue);
    lines.push(`- ${first}`, ...rest);
  }
  if (issues.length > FORM_ISSUES_SHOWN) lines.push(`và ${formatNumber(issues.length - FORM_ISSUES_SHOWN)} lỗi khác.`);
  return lines.join("\n");
}

const UPDATE_OFFICE = (app: "Excel" | "Word") =>
  `Hãy cập nhật Microsoft 365 (Tệp → Tài khoản → Tùy chọn cập nhật) hoặc dùng ${app} trên web.`;

export const problems = {
  "workbook.no-files": entry("Chưa mở file nào", () => "Bấm Mở file Excel… và chọn file tổng hợp của thành phố hoặc các file .xlsx của xã, phường."),
  "workbook.no-appendix": entry<{ files: string[]; unread: string[] }>("Không có trang phụ lục", (p) =>
    [
      `Không tìm thấy trang phụ lục nào (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu")${p.files.length > 0 ? ` trong ${quoted(p.files)}` : " trong sổ tính"}.`,
      ...p.unread,
      ...(p.files.length === 0 ? ["Hãy nhập file của các đơn vị (nút Nhập file đơn vị) rồi kiểm tra lại."] : []),
    ].join("\n")),
  "import.no-appendix": entry<{ file: string }>("Không nhập được file", (p) =>
    `"${p.file}" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu"); không nhập.`),
  "open.no-appendix": entry<{ file: string }>("Không mở được file", (p) =>
    `"${p.file}" không có trang phụ lục (dòng tiêu đề "Mã số | Chỉ tiêu | Số liệu") nào; không mở.`),
  "import.no-unit-name": entry<{ file: string; sheet: string }>("Không nhập được trang", (p) =>
    `Trang "${p.sheet}" của "${p.file}" chưa ghi tên đơn vị ở ô "Đơn vị báo cáo"; không nhập.`),
  "import.already-present": entry<{ file: string; unit: string; sheet: string }>("Đơn vị đã có trong sổ tính", (p) =>
    `${p.unit} đã có trong sổ tính (trang "${p.sheet}"); không nhập lại từ "${p.file}".`),

  // An .xlsx file that cannot be read (src/hosts/xlsx).
  "file.not-xlsx": entry<{ file: string }>("File không phải Excel .xlsx", (p) => `"${p.file}" không phải là file Excel .xlsx.`),
  "file.xls": entry<{ file: string }>("File Excel cũ (.xls)", (p) => `"${p.file}" là file Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.`),
  "file.password": entry<{ file: string }>("File có đặt mật khẩu", (p) =>
    `"${p.file}" có đặt mật khẩu (hoặc là file .xls đổi tên); hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại dạng .xlsx.`),
  "file.other-document": entry<{ file: string; format: OtherDocument }>("File không phải Excel .xlsx", (p) => `"${p.file}" ${OTHER_DOCUMENTS[p.format]}`),
  "file.corrupt": entry<{ file: string }>("File .xlsx bị hỏng", (p) => `${cannotRead(p.file)} file .xlsx bị hỏng; hãy mở bằng Excel và lưu lại.`),
  "file.no-workbook-part": entry<{ file: string }>("File .xlsx bị hỏng", (p) =>
    `${cannotRead(p.file)} file .xlsx bị hỏng, thiếu phần danh sách trang tính (xl/workbook.xml); hãy đề nghị đơn vị gửi lại file.`),
  "file.missing-part": entry<{ file: string; part: string; role: WorkbookPartRole }>("File .xlsx bị hỏng", (p) =>
    `${cannotRead(p.file)} file .xlsx bị hỏng, thiếu phần ${MISSING_PART[p.role]} (${p.part}); hãy mở bằng Excel và lưu lại, hoặc đề nghị đơn vị gửi lại file.`),
  "file.missing-sheet": entry<{ file: string; sheet: string; part: string }>("File .xlsx bị hỏng", (p) =>
    `${cannotRead(p.file)} file .xlsx bị hỏng, thiếu nội dung của trang "${p.sheet}" (${p.part}) nên không đọc được số liệu của trang này; hãy đề nghị đơn vị gửi lại file.`),
  "file.unreadable-sheet": entry<{ file: string; sheet: string }>("Không đọc được trang tính", (p) =>
    `${cannotRead(p.file)} trang "${p.sheet}" được lưu theo cách chương trình không đọc được; hãy mở bằng Excel và lưu lại.`),
  "file.part-too-large": entry<{ file: string; sheet: string | null; part: string; bytes: number; limit: number }>("File quá lớn", (p) =>
    p.sheet !== null
      ? `${cannotRead(p.file)} trang "${p.sheet}" quá lớn (${megabytes(p.bytes)} khi giải nén, giới hạn ${megabytes(p.limit)}); hãy xóa các dòng, cột thừa sau bảng số liệu rồi lưu lại.`
      : `${cannotRead(p.file)} phần ${p.part} của file quá lớn (${megabytes(p.bytes)} khi giải nén, giới hạn ${megabytes(p.limit)}); file có thể bị hỏng.`),
  "file.total-too-large": entry<{ file: string; bytes: number; limit: number }>("File quá lớn", (p) =>
    `${cannotRead(p.file)} nội dung file khi giải nén quá lớn (${megabytes(p.bytes)}, giới hạn ${megabytes(p.limit)}), bất thường với một file phụ lục; file có thể bị hỏng hoặc không an toàn.`),
  "file.too-many-cells": entry<{ file: string; sheet: string; cells: number; limit: number }>("File có quá nhiều ô", (p) =>
    `${cannotRead(p.file)} file có quá nhiều ô có dữ liệu hoặc định dạng (${formatNumber(p.cells)} ô, giới hạn ${formatNumber(p.limit)}; nhiều nhất ở trang "${p.sheet}"); hãy xóa các dòng, cột thừa rồi lưu lại.`),

  // A file system failure met by the CLI, by Node's error code (the table in src/cli/fs-errors.ts).
  "fs.not-found": entry<FileAccess>("Không tìm thấy file", (p) =>
    p.action === "read" ? `Không tìm thấy file "${p.path}".` : `Không ghi được "${p.path}": không tìm thấy thư mục chứa file.`),
  "fs.is-folder": entry<FileAccess>("Đây là thư mục", (p) =>
    p.action === "read" ? `"${p.path}" là thư mục, không phải file ${p.form ? "biểu mẫu" : ".xlsx"}.` : `Không ghi được "${p.path}": đây là một thư mục, không phải file.`),
  "fs.not-folder": fsEntry("Đường dẫn không đúng", () => "một phần của đường dẫn là file chứ không phải thư mục"),
  "fs.name-taken": fsEntry("Đường dẫn không đúng", () => "đã có một file trùng tên với thư mục cần tạo"),
  "fs.no-permission": fsEntry("Không có quyền dùng file", (p) =>
    p.action === "read" ? "không có quyền đọc file" : `file đang mở trong ${p.app} hoặc không có quyền ghi`),
  "fs.busy": fsEntry("File đang được dùng", (p) =>
    p.action === "read" ? "file đang bị chương trình khác giữ; hãy đóng file rồi chạy lại" : `file đang mở trong ${p.app}; hãy đóng file rồi chạy lại`),
  "fs.held": fsEntry("File đang được dùng", () => "file đang bị chương trình khác giữ; hãy đóng file rồi chạy lại"),
  "fs.disk-full": fsEntry("Ổ đĩa đã đầy", () => "ổ đĩa đã hết chỗ trống"),
  "fs.quota": fsEntry("Hết dung lượng được cấp", () => "đã dùng hết dung lượng được cấp trên ổ đĩa"),
  "fs.file-too-big": fsEntry("File quá lớn", () => "file vượt quá kích thước máy cho phép ghi"),
  "fs.read-only": fsEntry("Ổ đĩa chỉ cho đọc", () => "ổ đĩa hoặc thư mục này chỉ cho phép đọc"),
  "fs.path-too-long": fsEntry("Đường dẫn quá dài", () => "đường dẫn quá dài; hãy đặt file vào thư mục có đường dẫn ngắn hơn"),
  "fs.too-many-open": fsEntry("Quá nhiều file đang mở", () => "máy đang mở quá nhiều file cùng lúc; hãy đóng bớt chương trình rồi chạy lại"),
  "fs.link-loop": fsEntry("Đường dẫn không đúng", () => "đường dẫn có liên kết (symlink) trỏ vòng"),
  "fs.invalid-path": fsEntry("Đường dẫn không đúng", () => "đường dẫn không hợp lệ"),
  "fs.disk-error": fsEntry("Lỗi ổ đĩa", () => "lỗi đọc, ghi ổ đĩa (ổ đĩa hỏng hoặc đã bị rút ra)"),
  "fs.network-lost": fsEntry("Mất kết nối ổ đĩa mạng", () => "ổ đĩa mạng đã mất kết nối"),
  "fs.over-two-gigabytes": fsEntry("File quá lớn", () => "file quá lớn (trên 2 GB), không thể là phụ lục của đơn vị"),
  "fs.unknown": fsEntry("Lỗi hệ thống", () => "lỗi hệ thống không rõ nguyên nhân"),

  // The command line's arguments (src/cli).
  "cli.missing-path": entry<{ option: string }>("Thiếu đường dẫn file", (p) => `Thiếu đường dẫn file sau ${p.option}.`),
  "cli.unknown-option": entry<{ option: string }>("Không có tùy chọn này", (p) => `Không có tùy chọn ${p.option}.`),
  "cli.unknown-command": entry<{ name: string }>("Không có lệnh này", (p) => `không có lệnh "${p.name}".`),
  "cli.no-inputs": entry("Chưa chỉ ra file", () => "Chưa chỉ ra file .xlsx nào."),
  "cli.no-unit-list": entry<{ path: string; sheet: string }>("Không có danh sách đơn vị", (p) =>
    `File "${p.path}" (sau --units) không có trang "${p.sheet}" chứa danh sách đơn vị; hãy chỉ ra file tổng hợp của thành phố có trang này.`),
  "cli.out-missing": entry<{ kind: OutputKind }>("Thiếu --out", (p) => OUT_MISSING[p.kind]),
  "cli.out-extension": entry<{ kind: OutputKind; out: string }>("Sai đuôi file kết quả", (p) =>
    p.kind === "report" ? `File báo cáo "${p.out}" phải có đuôi .docx.` : `File kết quả "${p.out}" phải có đuôi .xlsx.`),
  "cli.out-is-folder": entry<{ out: string }>("--out là một thư mục", (p) =>
    `--out "${p.out}" là một thư mục; hãy chỉ ra tên file cần ghi trong thư mục đó.`),
  "cli.out-is-input": entry<{ out: string; input: string }>("--out trùng file đầu vào", (p) =>
    `--out "${p.out}" trùng với file đầu vào "${p.input}"; hãy ghi ra một file khác để không mất số liệu gốc.`),
  "cli.missing-value": entry<{ option: string }>("Thiếu giá trị", (p) => `Thiếu giá trị sau ${p.option}.`),
  "form.unknown": entry<{ form: string; known: string[] }>("Không có biểu mẫu này", (p) =>
    `Không có biểu mẫu "${p.form}" (sau --form); các biểu mẫu có sẵn: ${p.known.join(", ")}.`),
  /** A `*.form.json` file that cannot be used: every issue found, worded by `formIssueLines`. */
  "form.invalid": entry<{ file: string; issues: FormIssue[] }>("File biểu mẫu có lỗi", (p) => formIssuesText(p.file, p.issues)),
  "cli.form-same-id": entry<{ id: string; files: string[] }>("Hai file cùng một biểu mẫu", (p) =>
    `Các file ${quoted(p.files)} (sau --form) cùng là biểu mẫu "${p.id}"; hãy chỉ dùng một file cho mỗi biểu mẫu.`),
  "cli.template-one-form": entry("Chỉ tạo mẫu cho một biểu mẫu", () =>
    "Lệnh template tạo mẫu cho một biểu mẫu: chỉ ghi --form một lần (một file .form.json hoặc mã của biểu mẫu có sẵn)."),
  "cli.template-unit-missing": entry("Chưa chỉ ra đơn vị", () =>
    'Hãy chỉ ra đơn vị cần tạo mẫu: --unit "Phường Ngã Bảy", hoặc --units <file.xlsx> để tạo mẫu cho mọi đơn vị trong trang "Thông tin báo cáo" của file đó.'),
  "cli.template-unit-and-units": entry("Chỉ dùng một trong --unit và --units", () =>
    "Dùng --unit <tên> để tạo một mẫu, hoặc --units <file.xlsx> để tạo mẫu cho cả danh sách, không dùng cả hai."),
  "cli.template-period-missing": entry("Thiếu kỳ báo cáo", () =>
    'Thiếu --period <kỳ báo cáo>, ví dụ --period "6 tháng đầu năm 2025" (với --units, kỳ báo cáo lấy từ trang "Thông tin báo cáo" nếu có ghi).'),
  "cli.template-no-units": entry<{ path: string }>("Danh sách đơn vị trống", (p) =>
    `Trang "Thông tin báo cáo" của "${p.path}" chưa có đơn vị nào trong danh sách ĐƠN VỊ BÁO CÁO; hãy ghi tên các xã, phường vào đó rồi chạy lại.`),
  "cli.out-not-folder": entry<{ out: string }>("--out không phải thư mục", (p) =>
    `--out "${p.out}" là một file; với --units hãy chỉ ra thư mục để ghi một file mẫu cho mỗi đơn vị.`),

  // Excel (the table in src/hosts/excel/errors.ts).
  "excel.api-missing": entry("Phiên bản Excel này chưa hỗ trợ chức năng cần dùng", () => UPDATE_OFFICE("Excel")),
  "excel.unsupported": entry<{ feature: ExcelFeature; version: string }>("Phiên bản Excel này chưa hỗ trợ chức năng cần dùng", (p) =>
    `${EXCEL_FEATURES[p.feature]} cần Excel hỗ trợ ExcelApi ${p.version}. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.`),
  "excel.protected": entry("Trang tính hoặc sổ làm việc đang được bảo vệ", () =>
    "Vào Xem lại → Bỏ bảo vệ trang tính (hoặc Bảo vệ sổ làm việc) rồi bấm lại."),
  "excel.cell-edit": entry("Excel đang ở chế độ sửa ô", () => "Nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi bấm lại."),
  "excel.too-large": entry("Sổ tính quá lớn để Excel xử lý trong một lần", () =>
    "Hãy mở sổ tính bằng Excel trên máy tính, hoặc tách bớt các trang của đơn vị sang sổ khác."),
  "excel.not-found": entry("Không tìm thấy trang tính hoặc ô cần dùng", () =>
    "Trang tính có thể vừa bị đổi tên hoặc xóa; hãy bấm Kiểm tra để đọc lại sổ tính."),
  "excel.name-taken": entry("Tên trang tính đã có trong sổ", () => "Hãy đổi tên trang tính trùng rồi bấm lại."),
  "excel.failed": entry<{ detail: string }>("Excel không thực hiện được thao tác", (p) =>
    `Hãy thử lại; nếu vẫn lỗi, lưu sổ tính, đóng và mở lại rồi thử lần nữa.${detail(p.detail)}`),

  "excel.download-blocked": entry("Excel không cho tải file", () =>
    "Excel không cho phép tải file từ ngăn tác vụ trên nền tảng này — hãy dùng Tổng hợp trong Word (nút Cập nhật số liệu)."),
  "template.no-units": entry("Chưa có đơn vị để tạo mẫu", () =>
    'Trang "Thông tin báo cáo" chưa có danh sách đơn vị; hãy gõ tên một xã, phường vào ô Đơn vị rồi bấm lại.'),
  "template.no-period": entry("Chưa có kỳ báo cáo", () => 'Hãy ghi kỳ báo cáo (ví dụ "6 tháng đầu năm 2025") rồi bấm lại.'),
  "template.download-blocked": entry("Excel không cho tải file", () =>
    "Excel không cho phép tải file từ ngăn tác vụ trên nền tảng này — hãy tạo mẫu bằng lệnh tonghop template, hoặc dùng Excel trên web."),

  // Word (the table in src/hosts/word/errors.ts) and the report it receives.
  "word.api-missing": entry("Phiên bản Word này chưa hỗ trợ chức năng cần dùng", () => UPDATE_OFFICE("Word")),
  "word.protected": entry("Tài liệu đang được bảo vệ hoặc chỉ cho đọc", () =>
    "Vào Xem lại → Hạn chế chỉnh sửa để bỏ bảo vệ, hoặc bấm Cho phép chỉnh sửa, rồi bấm lại."),
  "word.too-large": entry("Báo cáo quá lớn để Word nhận trong một lần", () =>
    "Hãy dùng Word trên máy tính, hoặc tạo báo cáo bằng lệnh tonghop report rồi mở file .docx."),
  "word.rejected": entry("Word không nhận nội dung báo cáo", () =>
    "Hãy thử lại; nếu vẫn lỗi, cập nhật Word hoặc tạo báo cáo bằng lệnh tonghop report."),
  "word.failed": entry<{ detail: string }>("Word không thực hiện được thao tác", (p) =>
    `Hãy thử lại; nếu vẫn lỗi, lưu tài liệu, đóng và mở lại rồi thử lần nữa.${detail(p.detail)}`),
  "word.not-empty": entry("Tài liệu không còn trống", () =>
    "Tài liệu vừa có thêm nội dung. Hãy mở một tài liệu trống (Tệp → Mới) để chèn báo cáo."),
  /** The city workbook picked for the report: `reason` is the unreadable file's own problem message. */
  "report.unreadable-totals": entry<{ reason: string }>("Không đọc được file tổng hợp", (p) => p.reason),
} as const;

export type ProblemCode = keyof typeof problems;
export type ProblemParams<C extends ProblemCode> = Parameters<(typeof problems)[C]["action"]>[0];
/** The codes whose message needs no parameters, as a host's table of error codes maps to. */
export type PlainProblemCode = { [C in ProblemCode]: ProblemParams<C> extends Record<string, never> ? C : never }[ProblemCode];

/** A failure the user can act on: a catalogue code, its Vietnamese title, and the message saying what to do. */
export class Problem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly title: string,
    message: string,
    /** The host's own error code ("AccessDenied", "EACCES"…), for logs only. */
    readonly hostCode: string | null = null,
  ) {
    super(message);
    this.name = "Problem";
  }
}

export function problem<C extends ProblemCode>(code: C, ...[params, hostCode]: ProblemParams<C> extends Record<string, never> ? [params?: ProblemParams<C>, hostCode?: string | null] : [params: ProblemParams<C>, hostCode?: string | null]): Problem {
  const e = problems[code] as Entry<ProblemParams<C>>;
  return new Problem(code, e.title, e.action((params ?? {}) as ProblemParams<C>), hostCode ?? null);
}
