/** The `Kết quả kiểm tra` sheet: every finding with a link to its cell — the list a clerk sends back to a ward. */
import { a1 } from "../address";
import { shortExpression } from "../expression/describe";
import { Finding, findingLabel, Severity } from "../findings";
import { findingText, severityTitle, summaryText, unitLabel } from "../findings-view";
import { ValidationResult } from "../validate";
import { markerOf } from "./names";
import { palette, printMargins, sheetFont } from "./styles";
import { wrappedRowHeight } from "./text-fit";
import { PlanCell, SheetPlan } from "./types";

export interface FindingLocation {
  /** The sheet as the unit knows it, e.g. "Phụ lục (phuong-lai-hieu.xlsx)"; "" when there is none. */
  sheetLabel: string;
  /** The cell as shown; "" when the finding has no cell. */
  cell: string;
  link: { sheet: string; address: string } | null;
}

export interface FindingsSheetOptions {
  name: string;
  locate: (finding: Finding) => FindingLocation;
}

const ROW = { title: 0, period: 1, summary: 2, header: 3, first: 4 } as const;
const COLUMNS = [
  { title: "STT", width: 5 },
  { title: "Đơn vị", width: 20 },
  { title: "Mức độ", width: 10 },
  { title: "Mã", width: 22 },
  { title: "Loại lỗi", width: 24 },
  { title: "Trang", width: 22 },
  { title: "Ô", width: 8 },
  { title: "Nội dung", width: 75 },
] as const;
const MESSAGE_COL = 7;

const SEVERITY_FILL: Record<Severity, string> = { error: palette.error, warning: palette.warning, info: palette.info };

export function buildFindingsSheet(result: ValidationResult, options: FindingsSheetOptions): SheetPlan {
  const lastCol = COLUMNS.length - 1;
  const markerCol = lastCol + 1;
  const span = (row: number) => `${a1(row, 0)}:${a1(row, lastCol)}`;
  const cells: PlanCell[] = [
    { address: a1(ROW.title, 0), value: "KẾT QUẢ KIỂM TRA SỐ LIỆU", bold: true, fontSize: 14, horizontal: "center" },
    { address: a1(ROW.period, 0), value: `Kỳ báo cáo: ${result.period ?? "chưa xác định"}`, bold: true, horizontal: "center" },
    { address: a1(ROW.summary, 0), value: summaryText(result), italic: true, horizontal: "center" },
  ];
  const rowHeights: { row: number; height: number }[] = [{ row: ROW.title, height: 22 }];
  COLUMNS.forEach((c, i) =>
    cells.push({
      address: a1(ROW.header, i),
      value: c.title,
      bold: true,
      border: true,
      fill: palette.header,
      horizontal: "center",
      vertical: "middle",
    }),
  );

  const line = { border: true, vertical: "top" } as const;
  const rules = new Map(result.form.rules.map((rule) => [rule.id, shortExpression(rule.check)]));
  let r = ROW.first;
  result.findings.forEach((f, i) => {
    const where = options.locate(f);
    cells.push({ address: a1(r, 0), value: i + 1, horizontal: "center", ...line });
    cells.push({ address: a1(r, 1), value: unitLabel(f, "cell"), wrap: true, ...line });
    cells.push({ address: a1(r, 2), value: severityTitle(f.severity), fill: SEVERITY_FILL[f.severity], ...line });
    cells.push({ address: a1(r, 3), value: f.code, ...line });
    cells.push({ address: a1(r, 4), value: findingLabel(f.code, rules.get(f.code)), wrap: true, ...line });
    cells.push({ address: a1(r, 5), value: where.sheetLabel || null, wrap: true, ...line });
    cells.push({
      address: a1(r, 6),
      value: where.cell || null,
      horizontal: "center",
      ...(where.link ? { link: where.link, fontColor: palette.link, underline: true } : {}),
      ...line,
    });
    cells.push({ address: a1(r, MESSAGE_COL), value: findingText(f), wrap: true, ...line });
    const height = wrappedRowHeight([
      { text: findingText(f), width: COLUMNS[MESSAGE_COL].width },
      { text: unitLabel(f, "cell"), width: COLUMNS[1].width },
      { text: where.sheetLabel, width: COLUMNS[5].width },
    ]);
    if (height) rowHeights.push({ row: r, height });
    r++;
  });
  if (result.findings.length === 0) {
    cells.push({ address: a1(r, MESSAGE_COL), value: "Không phát hiện lỗi nào.", italic: true, border: true });
    r++;
  }

  return {
    name: options.name,
    role: "findings",
    font: sheetFont,
    marker: markerOf("findings"),
    markerAddress: a1(0, markerCol),
    cells,
    merges: [span(ROW.title), span(ROW.period), span(ROW.summary)],
    columnWidths: COLUMNS.map((c, col) => ({ col, width: c.width })),
    hiddenColumns: [markerCol],
    rowHeights,
    frozen: { rows: ROW.first, columns: 0 },
    autoFilter: `${a1(ROW.header, 0)}:${a1(r - 1, lastCol)}`,
    page: {
      orientation: "landscape",
      fitToWidth: true,
      paper: "A4",
      repeatRows: { first: ROW.header, last: ROW.header },
      margins: printMargins,
    },
  };
}
