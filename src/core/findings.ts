/** Findings and the one catalogue of their codes, severities and Vietnamese messages (form §5). */

export type Severity = "error" | "warning" | "info";

export interface RuleSide {
  /** e.g. "Lao động nữ đã ký hợp đồng lao động (mã 11)" or "tổng mã 04 + 05 + 06 + 07 + 08". */
  label: string;
  value: number;
}

export interface Finding {
  severity: Severity;
  /** A form §5 code or a rule id ("R03"). */
  code: string;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  unit: string | null;
  message: string;
  file: string | null;
  /** For rule findings: both sides, their values and the difference. */
  left?: RuleSide;
  right?: RuleSide;
  difference?: number;
  /** For rule findings: what the clerk should do, from the form's rule; fronts show it after the message (`findingText`). */
  instruction?: string;
}

/** `label`: what kind of problem it is, in a few Vietnamese words, for lists a clerk filters and sends back. */
type Template<P> = { severity: Severity; label: string; message: (p: P) => string };

function entry<P>(severity: Severity, label: string, message: (p: P) => string): Template<P> {
  return { severity, label, message };
}

export const catalogue = {
  "structure.no-header": entry<{ sheet: string }>("error", "Không thấy dòng tiêu đề", (p) =>
    `Trang "${p.sheet}" có vẻ là phụ lục nhưng không tìm thấy dòng tiêu đề (Mã số, Chỉ tiêu, Số liệu) trong 20 dòng đầu.`),
  "structure.unknown-form": entry<{ sheet: string; title: string | null; forms: string[] }>("warning", "Không rõ biểu mẫu", (p) =>
    `Trang "${p.sheet}"${p.title ? ` (“${p.title}”)` : ""} có dòng tiêu đề của phụ lục nhưng tiêu đề và mã số không khớp biểu mẫu nào đang dùng (${p.forms.join("; ")}), nên không được đọc. Nếu đây là phụ lục khác, cần dùng file biểu mẫu (.form.json) của nó: trên dòng lệnh thêm --form <file>, trong Excel chọn "Mở file biểu mẫu…".`),
  "structure.missing-row": entry<{ code: string; name: string }>("error", "Thiếu dòng chỉ tiêu", (p) =>
    `Thiếu dòng chỉ tiêu mã ${p.code} (${p.name}).`),
  "structure.duplicate-row": entry<{ code: string; firstRow: number; row: number }>("error", "Trùng mã số", (p) =>
    `Mã số ${p.code} xuất hiện hai lần (dòng ${p.firstRow} và dòng ${p.row}); không lấy số liệu của dòng nào — xóa dòng thừa.`),
  "structure.unknown-code": entry<{ code: string }>("warning", "Mã số lạ", (p) =>
    `Mã số "${p.code}" không có trong biểu mẫu; dòng này không được tổng hợp.`),
  "structure.label-mismatch": entry<{ code: string; found: string; expected: string }>("warning", "Tên chỉ tiêu khác biểu mẫu", (p) =>
    `Dòng mã ${p.code} ghi "${p.found}", biểu mẫu là "${p.expected}" — kiểm tra xem các dòng có bị lệch không.`),
  "structure.shifted-row": entry<{ code: string; found: string; foundCode: string }>("error", "Dòng bị lệch", (p) =>
    `Dòng mã ${p.code} ghi tên chỉ tiêu "${p.found}" của mã ${p.foundCode}: cột mã số bị lệch so với cột chỉ tiêu; số liệu dòng này không được tổng hợp.`),
  "unit.missing-name": entry<{ sheet: string }>("error", "Chưa ghi tên đơn vị", (p) =>
    `Trang "${p.sheet}" chưa ghi tên đơn vị ở ô "Đơn vị báo cáo".`),
  "unit.unknown": entry<{ name: string; suggestion: string | null }>("error", "Đơn vị không có trong danh sách", (p) =>
    `Đơn vị "${p.name}" không có trong danh sách đơn vị của thành phố` +
    (p.suggestion ? `; có phải là "${p.suggestion}"?` : ".")),
  "unit.duplicate": entry<{ name: string; other: string; listed?: boolean }>("error", "Đơn vị báo cáo hai lần", (p) =>
    p.listed
      ? `Đơn vị "${p.name}" có hai lần trong danh sách đơn vị (${p.other}); chỉ tính một lần — xóa dòng thừa.`
      : `Đơn vị "${p.name}" đã có số liệu ở ${p.other}; số liệu trang này không được tổng hợp.`),
  "unit.missing": entry<{ name: string; reported: number; expected: number }>("warning", "Đơn vị chưa gửi số liệu", (p) =>
    `Chưa có số liệu của ${p.name} (đã nhận ${p.reported}/${p.expected} xã, phường).`),
  "unit.period-mismatch": entry<{ found: string; expected: string; infoSheet: string | null }>("error", "Sai kỳ báo cáo", (p) =>
    p.infoSheet
      ? `Kỳ báo cáo "${p.found}" khác kỳ báo cáo "${p.expected}" ghi ở trang "${p.infoSheet}".`
      : `Kỳ báo cáo "${p.found}" khác kỳ báo cáo của phần lớn các đơn vị ("${p.expected}").`),
  "value.blank": entry<{ label: string }>("warning", "Ô để trống", (p) =>
    `${p.label} để trống — ghi 0 nếu không phát sinh.`),
  "value.text": entry<{ label: string; text: string }>("error", "Không phải là số", (p) =>
    p.text === ""
      ? `${p.label} là công thức cho kết quả rỗng (""), không phải là số; sửa công thức để cho 0 khi không phát sinh.`
      : `${p.label} ghi "${p.text}", không phải là số.`),
  "value.text-number": entry<{ label: string; text: string; number: string; english?: boolean; decimal?: string }>("error", "Số dạng chữ", (p) =>
    p.english
      ? `${p.label} là số dạng chữ "${p.text}" viết theo kiểu tiếng Anh (dấu phẩy ngăn cách hàng nghìn) và Excel không cộng được; nhập lại thành số ${p.number}.`
      : p.decimal
        ? `${p.label} là số dạng chữ "${p.text}" (Excel không cộng được); nhập lại thành số ${p.number} nếu dấu phẩy ngăn cách hàng nghìn (kiểu tiếng Anh), hoặc ${p.decimal} nếu là số thập phân.`
        : `${p.label} là số dạng chữ "${p.text}" (Excel không cộng được); nhập lại thành số ${p.number}.`),
  "value.negative": entry<{ label: string; value: string }>("error", "Số âm", (p) =>
    `${p.label} = ${p.value}: số liệu không được là số âm.`),
  "value.not-integer": entry<{ label: string; value: string }>("error", "Không phải số nguyên", (p) =>
    `${p.label} = ${p.value}; chỉ tiêu này phải là số nguyên.`),
  "value.percent-range": entry<{ label: string; value: string }>("error", "Tỷ lệ ngoài 0–100", (p) =>
    `${p.label} = ${p.value}%: tỷ lệ phải từ 0 đến 100.`),
  "value.too-many-decimals": entry<{ label: string; value: string; decimals: number }>("warning", "Thừa chữ số thập phân", (p) =>
    `${p.label} = ${p.value} có nhiều hơn ${p.decimals} chữ số thập phân; chỉ ghi tối đa ${p.decimals} chữ số sau dấu phẩy.`),
  "value.formula-error": entry<{ label: string; error: string }>("error", "Công thức bị lỗi", (p) =>
    `${p.label} bị lỗi công thức (${p.error}); sửa công thức hoặc nhập số liệu.`),
  "value.flag": entry<{ label: string; text: string }>("error", "Sai giá trị có/không", (p) =>
    `${p.label} ghi "${p.text}"; chỉ ghi 1 (có) hoặc 0 (không).`),
  "value.not-allowed": entry<{ label: string }>("error", "Chỉ xã, phường báo cáo", (p) =>
    `${p.label} chỉ do xã, phường báo cáo; đơn vị cấp thành phố để trống để không bị tính trùng.`),
  "value.formula-no-result": entry<{ label: string; formula: string }>("error", "Công thức chưa có kết quả", (p) =>
    `${p.label} là công thức =${p.formula} nhưng file không lưu kết quả tính; mở file bằng Excel, để Excel tính lại rồi lưu.`),
  "value.date": entry<{ label: string; text: string }>("error", "Ngày tháng thay cho số", (p) =>
    `${p.label} là ngày tháng (${p.text}), không phải là số; nhập lại số liệu và định dạng ô là số.`),
  "value.too-large": entry<{ label: string; text: string; finite: boolean }>("error", "Số quá lớn", (p) =>
    p.finite
      ? `${p.label} = ${p.text}: số quá lớn, không thể là số liệu thật; kiểm tra lại ô này.`
      : `${p.label} không phải là một số hữu hạn ${p.text}; file có thể bị hỏng — nhập lại số liệu ở ô này.`),
  "unit.no-list": entry<{ reported: number }>("info", "Chưa có danh sách đơn vị", (p) =>
    `Chưa có danh sách đơn vị (trang "Thông tin báo cáo" hoặc --units) để đối chiếu: đã nhận ${p.reported} xã, phường, chưa biết còn thiếu đơn vị nào, nên chưa kiểm tra các quy tắc trên số tổng hợp.`),
} as const;

export type FindingCode = keyof typeof catalogue;
export type FindingParams<C extends FindingCode> = Parameters<(typeof catalogue)[C]["message"]>[0];

export interface FindingPlace {
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  unit: string | null;
  file: string | null;
}

export function makeFinding<C extends FindingCode>(code: C, params: FindingParams<C>, place: FindingPlace): Finding {
  const t = catalogue[code] as Template<FindingParams<C>>;
  return { severity: t.severity, code, ...place, message: t.message(params) };
}

/** "Ô để trống", or for a rule "Sai quy tắc R03 (11 ≤ 10)". */
export function findingLabel(code: string, ruleDescription?: string): string {
  if (code in catalogue) return catalogue[code as FindingCode].label;
  return ruleDescription ? `Sai quy tắc ${code} (${ruleDescription})` : `Sai quy tắc ${code}`;
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export const severityLabel: Record<Severity, string> = { error: "lỗi", warning: "cảnh báo", info: "thông tin" };

export interface FindingSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(findings: Finding[]): FindingSummary {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

const violatedRelation: Record<string, string> = {
  "=": "khác",
  "<>": "bằng",
  "<=": "lớn hơn",
  ">=": "nhỏ hơn",
  "<": "không nhỏ hơn",
  ">": "không lớn hơn",
};

const requiredRelation: Record<string, string> = {
  "=": "bằng",
  "<>": "khác",
  "<=": "không lớn hơn",
  ">=": "không nhỏ hơn",
  "<": "nhỏ hơn",
  ">": "lớn hơn",
};

/** A side label may start in lower case ("tổng mã 28 + 29 + 30"); a sentence does not. */
function sentence(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** "… (mã 11) = 6", or a number side alone ("0,5"). */
const side = (label: string, value: string | undefined) => (value === undefined ? label : `${label} = ${value}`);

/** ", trong đó mã 05 = 3, mã 01 = 10": the indicators inside sides written as expressions. */
const where = (values: string | undefined) => (values ? `, trong đó ${values}` : "");

/** Message templates of rule findings; `value` texts arrive already formatted (vi-VN). */
export const ruleMessages = {
  /** `lv`/`rv` undefined for a side that is a number. */
  compare: (p: { left: string; lv?: string; op: string; right: string; rv?: string; diff: string; values?: string }) =>
    sentence(`${side(p.left, p.lv)} ${violatedRelation[p.op]} ${side(p.right, p.rv)} (chênh lệch ${p.diff})${where(p.values)}.`),
  constant: (p: { left: string; lv: string; op: string; rv: string }) =>
    sentence(`${p.left} = ${p.lv}; phải ${requiredRelation[p.op]} ${p.rv}.`),
  /** `rv` and `diff` for a right side that is not a number. */
  implies: (p: { cond: string; left: string; lv: string; op: string; right: string; rv?: string; diff?: string; values?: string }) =>
    `Vì ${p.cond}, ${p.left} phải ${requiredRelation[p.op]} ${side(p.right, p.rv)} nhưng đang là ${p.lv}${p.diff ? ` (chênh lệch ${p.diff})` : ""}${where(p.values)}.`,
  pair: (p: { a: string; av: string; b: string; bv: string }) =>
    sentence(`${p.a} = ${p.av} nhưng ${p.b} = ${p.bv}: hai chỉ tiêu này phải cùng có hoặc cùng không có số liệu.`),
  /** Any other failing condition (or, not, <=> of other comparisons), written out with its values. */
  condition: (p: { condition: string; values: string }) => `Số liệu không thỏa mãn điều kiện “${p.condition}”: ${p.values}.`,
  impliedCondition: (p: { cond: string; condition: string; values: string }) =>
    `Vì ${p.cond}, số liệu phải thỏa mãn điều kiện “${p.condition}” nhưng ${p.values}.`,
};
