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
}

type Template<P> = { severity: Severity; message: (p: P) => string };

function entry<P>(severity: Severity, message: (p: P) => string): Template<P> {
  return { severity, message };
}

export const catalogue = {
  "structure.no-header": entry<{ sheet: string }>("error", (p) =>
    `Trang "${p.sheet}" có vẻ là phụ lục nhưng không tìm thấy dòng tiêu đề (Mã số, Chỉ tiêu, Số liệu) trong 20 dòng đầu.`),
  "structure.missing-row": entry<{ code: string; name: string }>("error", (p) =>
    `Thiếu dòng chỉ tiêu mã ${p.code} (${p.name}).`),
  "structure.duplicate-row": entry<{ code: string; firstRow: number; row: number }>("error", (p) =>
    `Mã số ${p.code} xuất hiện hai lần (dòng ${p.firstRow} và dòng ${p.row}); chỉ lấy số liệu của dòng ${p.firstRow}.`),
  "structure.unknown-code": entry<{ code: string }>("warning", (p) =>
    `Mã số "${p.code}" không có trong biểu mẫu; dòng này không được tổng hợp.`),
  "structure.label-mismatch": entry<{ code: string; found: string; expected: string }>("warning", (p) =>
    `Dòng mã ${p.code} ghi "${p.found}", biểu mẫu là "${p.expected}" — kiểm tra xem các dòng có bị lệch không.`),
  "unit.missing-name": entry<{ sheet: string }>("error", (p) =>
    `Trang "${p.sheet}" chưa ghi tên đơn vị ở ô "Đơn vị báo cáo".`),
  "unit.unknown": entry<{ name: string; suggestion: string | null }>("error", (p) =>
    `Đơn vị "${p.name}" không có trong danh sách đơn vị của thành phố` +
    (p.suggestion ? `; có phải là "${p.suggestion}"?` : ".")),
  "unit.duplicate": entry<{ name: string; other: string }>("error", (p) =>
    `Đơn vị "${p.name}" đã có số liệu ở ${p.other}; số liệu trang này không được tổng hợp.`),
  "unit.missing": entry<{ name: string; reported: number; expected: number }>("warning", (p) =>
    `Chưa có số liệu của ${p.name} (đã nhận ${p.reported}/${p.expected} xã, phường).`),
  "unit.period-mismatch": entry<{ found: string; expected: string; infoSheet: string | null }>("error", (p) =>
    p.infoSheet
      ? `Kỳ báo cáo "${p.found}" khác kỳ báo cáo "${p.expected}" ghi ở trang "${p.infoSheet}".`
      : `Kỳ báo cáo "${p.found}" khác kỳ báo cáo của phần lớn các đơn vị ("${p.expected}").`),
  "value.blank": entry<{ label: string }>("warning", (p) =>
    `${p.label} để trống — ghi 0 nếu không phát sinh.`),
  "value.text": entry<{ label: string; text: string }>("error", (p) =>
    `${p.label} ghi "${p.text}", không phải là số.`),
  "value.text-number": entry<{ label: string; text: string; number: string }>("error", (p) =>
    `${p.label} là số dạng chữ "${p.text}" (Excel không cộng được); nhập lại thành số ${p.number}.`),
  "value.negative": entry<{ label: string; value: string }>("error", (p) =>
    `${p.label} = ${p.value}: số liệu không được là số âm.`),
  "value.not-integer": entry<{ label: string; value: string }>("error", (p) =>
    `${p.label} = ${p.value}; chỉ tiêu này phải là số nguyên.`),
  "value.too-many-decimals": entry<{ label: string; value: string; decimals: number }>("warning", (p) =>
    `${p.label} = ${p.value} có nhiều hơn ${p.decimals} chữ số thập phân; chỉ ghi tối đa ${p.decimals} chữ số sau dấu phẩy.`),
  "value.formula-error": entry<{ label: string; error: string }>("error", (p) =>
    `${p.label} bị lỗi công thức (${p.error}); sửa công thức hoặc nhập số liệu.`),
  "value.flag": entry<{ label: string; text: string }>("error", (p) =>
    `${p.label} ghi "${p.text}"; chỉ ghi 1 (có) hoặc 0 (không).`),
  "value.not-allowed": entry<{ label: string }>("error", (p) =>
    `${p.label} chỉ do xã, phường báo cáo; đơn vị cấp thành phố để trống để không bị tính trùng.`),
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
  "<=": "lớn hơn",
  ">=": "nhỏ hơn",
  "<": "không nhỏ hơn",
  ">": "không lớn hơn",
};

const requiredRelation: Record<string, string> = {
  "=": "bằng",
  "<=": "không lớn hơn",
  ">=": "không nhỏ hơn",
  "<": "nhỏ hơn",
  ">": "lớn hơn",
};

/** A side label may start in lower case ("tổng mã 28 + 29 + 30"); a sentence does not. */
function sentence(s: string): string {
  return s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
}

/** Message templates of rule findings; `value` texts arrive already formatted (vi-VN). */
export const ruleMessages = {
  compare: (p: { left: string; lv: string; op: string; right: string; rv: string; diff: string }) =>
    sentence(`${p.left} = ${p.lv} ${violatedRelation[p.op]} ${p.right} = ${p.rv} (chênh lệch ${p.diff}).`),
  constant: (p: { left: string; lv: string; op: string; rv: string }) =>
    sentence(`${p.left} = ${p.lv}; phải ${requiredRelation[p.op]} ${p.rv}.`),
  implies: (p: { cond: string; left: string; lv: string; op: string; right: string }) =>
    `Vì ${p.cond}, ${p.left} phải ${requiredRelation[p.op]} ${p.right} nhưng đang là ${p.lv}.`,
  pair: (p: { a: string; av: string; b: string; bv: string }) =>
    sentence(`${p.a} = ${p.av} nhưng ${p.b} = ${p.bv}: hai chỉ tiêu này phải cùng có hoặc cùng không có số liệu.`),
};
