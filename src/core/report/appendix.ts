/** The report's appendix: the city totals by unit, from the same table model as the `Tổng hợp` sheet. */
import { printedName } from "../form";
import { buildTotalsTable, formatIndicatorValue, UnitCell } from "../totals-table";
import { ValidationResult } from "../validate";
import { indicatorTitle, missingText } from "./figures";
import { AppendixRow, INCOMPLETE_MARK, ReportAppendix, Run } from "./model";
import { failureNote, ruleFailures } from "./rule-failures";

const CELL_TEXT: Record<Exclude<UnitCell["state"], "ok">, string> = {
  "not-applicable": "",
  blank: "(trống)",
  invalid: "(lỗi)",
  "missing-row": "(thiếu dòng)",
};

function cellText(cell: UnitCell, format: (v: number) => string): string {
  if (cell.state === "ok") return cell.value === null ? "" : format(cell.value);
  // A blank on a city-level unit means "nothing reported" (no reason): shown empty like the sheet.
  if (cell.state === "blank" && cell.reason === null) return "";
  return CELL_TEXT[cell.state];
}

/** `completeness` is the note on how many wards reported: "Số xã, phường đã báo cáo: 06/06." */
export function buildAppendix(result: ValidationResult, key: string, scope: Run[], attachedTo: Run[], completeness: string): ReportAppendix {
  const table = buildTotalsTable(result);
  const rows: AppendixRow[] = [];
  const notes: string[] = [];
  const failures = ruleFailures(result);
  const questioned = new Set(failures.flatMap((f) => f.codes));
  for (const row of table.rows) {
    if (row.type === "section") {
      rows.push({ type: "section", stt: row.stt, title: row.title });
      continue;
    }
    const ind = row.indicator;
    const incomplete = row.total.incomplete;
    rows.push({
      type: "indicator",
      cells: [
        String(row.stt),
        ind.code,
        printedName(ind),
        ind.unit,
        ...row.cells.map((c) => cellText(c, (v) => formatIndicatorValue(ind, v))),
        incomplete || questioned.has(ind.code) ? row.totalText + INCOMPLETE_MARK : row.totalText,
      ],
      incomplete: incomplete || questioned.has(ind.code),
    });
    if (incomplete) notes.push(`${indicatorTitle(ind)} (mã ${ind.code}) ${missingText(row.total.missing)}`);
  }
  return {
    key,
    title: "Phụ lục",
    subtitle: result.form.title,
    scope,
    attachedTo,
    columns: ["STT", "Mã số", "Chỉ tiêu", "Đơn vị tính", ...table.units.map((u) => u.name), "Tổng cộng"],
    rows,
    notes: [
      completeness,
      ...(notes.length > 0 ? [`(${INCOMPLETE_MARK}) Tổng chưa đủ: ${notes.join("; ")}.`] : []),
      ...[failureNote(failures, questioned)].filter((n): n is string => n !== null).map((n) => `(${INCOMPLETE_MARK}) ${n}`),
    ],
  };
}
