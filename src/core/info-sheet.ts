/** The city workbook's info sheet "Thông tin báo cáo" (form §6): fields and the unit list. */
import { a1 } from "./address";
import { cellAt, cellText, SheetSnapshot } from "./snapshot";
import { kindOfUnitName, kindOfUnitType, UnitKind } from "./units";
import { labelKey, tidy } from "./text";

export const INFO_FIELDS = {
  parentAgency: "Cơ quan chủ quản",
  agency: "Cơ quan báo cáo",
  symbol: "Ký hiệu",
  number: "Số",
  place: "Địa danh",
  date: "Ngày báo cáo",
  period: "Kỳ báo cáo",
  recipient: "Kính gửi",
  basis: "Căn cứ",
  signAuthority: "Thẩm quyền ký",
  signer: "Người ký",
  distribution: "Nơi nhận",
  direction: "Công tác chỉ đạo",
  strengths: "Ưu điểm",
  weaknesses: "Hạn chế",
  tasks: "Phương hướng, nhiệm vụ",
  proposals: "Đề xuất, kiến nghị",
} as const;

export type InfoField = keyof typeof INFO_FIELDS;

export const UNIT_LIST_TITLE = "ĐƠN VỊ BÁO CÁO";

export interface ListedUnit {
  name: string;
  type: string;
  kind: UnitKind;
  address: string;
}

export interface ReportDate {
  day: number;
  month: number;
  year: number;
}

export interface InfoSheet {
  sheet: string;
  /** Values as text (multi-line fields keep their "\n"); null when blank or absent. */
  fields: Record<InfoField, string | null>;
  date: ReportDate | null;
  units: ListedUnit[];
}

/** Excel serial date (1900 system) → calendar date. */
function fromSerial(serial: number): ReportDate {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  return { day: d.getUTCDate(), month: d.getUTCMonth() + 1, year: d.getUTCFullYear() };
}

function parseDate(text: string): ReportDate | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim()) ?? null;
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (iso) return { day: Number(iso[3]), month: Number(iso[2]), year: Number(iso[1]) };
  return null;
}

/** Multi-line text: each line tidied, blank lines dropped. */
function tidyLines(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => tidy(l))
    .filter((l) => l !== "")
    .join("\n");
}

export function readInfoSheet(sheet: SheetSnapshot): InfoSheet {
  const byLabel = new Map<string, InfoField>(
    (Object.entries(INFO_FIELDS) as [InfoField, string][]).map(([k, label]) => [labelKey(label), k]),
  );
  const fields = Object.fromEntries(Object.keys(INFO_FIELDS).map((k) => [k, null])) as Record<InfoField, string | null>;
  let date: ReportDate | null = null;
  let listStart = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const label = labelKey(cellText(cellAt(sheet, r, 0)));
    if (label === labelKey(UNIT_LIST_TITLE)) {
      listStart = r;
      break;
    }
    const field = byLabel.get(label);
    if (!field || fields[field] !== null) continue;
    const cell = cellAt(sheet, r, 1);
    if (field === "date" && cell.type === "number" && typeof cell.value === "number") {
      date = fromSerial(cell.value);
      fields.date = `${date.day}/${date.month}/${date.year}`;
      continue;
    }
    const text = tidyLines(cellText(cell));
    fields[field] = text === "" ? null : text;
    if (field === "date" && text) date = parseDate(text);
  }
  const units: ListedUnit[] = [];
  if (listStart >= 0) {
    let r = listStart + 1;
    // Skip the "STT | Tên đơn vị | Loại" header row.
    if (labelKey(cellText(cellAt(sheet, r, 1))) === "tên đơn vị") r++;
    for (; r < sheet.rows.length; r++) {
      const name = tidy(cellText(cellAt(sheet, r, 1)));
      if (!name) {
        if (units.length > 0) break;
        continue;
      }
      const type = tidy(cellText(cellAt(sheet, r, 2)));
      units.push({ name, type, kind: kindOfUnitType(type) ?? kindOfUnitName(name), address: a1(r, 1) });
    }
  }
  return { sheet: sheet.name, fields, date, units };
}
