/** Loading .xlsx bytes with ExcelJS, with the failures a user can cause turned into clear errors. */
import ExcelJS from "exceljs";
import { isDateFormat } from "../../core/number-format";
import { formatNumber } from "../../core/numbers";
import { WorkbookSnapshot } from "../../core/snapshot";
import { dateFormatFor, workbookSnapshot } from "./snapshot-from-exceljs";
import { DEFAULT_LIMITS, prepareWorkbookZip, RawSheet, ZipLimits, ZipProblem, ZipProblemError } from "./workbook-zip";

export class UnreadableWorkbookError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "UnreadableWorkbookError";
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

const megabytes = (bytes: number) => `${formatNumber(Math.ceil(bytes / (1024 * 1024)), 0)} MB`;

const OTHER_DOCUMENTS: Record<Extract<ZipProblem, { kind: "other-document" }>["format"], string> = {
  docx: "là văn bản Word (.docx), không phải bảng tính Excel .xlsx.",
  pptx: "là bài trình chiếu PowerPoint (.pptx), không phải bảng tính Excel .xlsx.",
  ods: "là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc hoặc Excel rồi lưu lại dạng Excel (.xlsx).",
  odf: "là tài liệu OpenDocument, không phải bảng tính Excel .xlsx.",
  xlsb: "là bảng tính Excel dạng nhị phân (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx.",
  zip: "là file nén (.zip) nhưng không chứa bảng tính Excel .xlsx.",
};

const MISSING_PART: Record<Extract<ZipProblem, { kind: "missing-part" }>["role"], string> = {
  relationships: "liên kết các trang tính",
  "shared-strings": "chữ dùng chung của các ô",
  styles: "định dạng ô",
};

const CORRUPT = (file: string) => `Không đọc được "${file}": file .xlsx bị hỏng; hãy mở bằng Excel và lưu lại.`;

function problemMessage(file: string, p: ZipProblem): string {
  const cannot = `Không đọc được "${file}":`;
  switch (p.kind) {
    case "corrupt":
      return CORRUPT(file);
    case "other-document":
      return `"${file}" ${OTHER_DOCUMENTS[p.format]}`;
    case "no-workbook-part":
      return `${cannot} file .xlsx bị hỏng, thiếu phần danh sách trang tính (xl/workbook.xml); hãy đề nghị đơn vị gửi lại file.`;
    case "missing-part":
      return `${cannot} file .xlsx bị hỏng, thiếu phần ${MISSING_PART[p.role]} (${p.part}); hãy mở bằng Excel và lưu lại, hoặc đề nghị đơn vị gửi lại file.`;
    case "missing-sheet":
      return `${cannot} file .xlsx bị hỏng, thiếu nội dung của trang "${p.sheet}" (${p.part}) nên không đọc được số liệu của trang này; hãy đề nghị đơn vị gửi lại file.`;
    case "part-too-large":
      return p.sheet !== null
        ? `${cannot} trang "${p.sheet}" quá lớn (${megabytes(p.bytes)} khi giải nén, giới hạn ${megabytes(p.limit)}); hãy xóa các dòng, cột thừa sau bảng số liệu rồi lưu lại.`
        : `${cannot} phần ${p.part} của file quá lớn (${megabytes(p.bytes)} khi giải nén, giới hạn ${megabytes(p.limit)}); file có thể bị hỏng.`;
    case "total-too-large":
      return `${cannot} nội dung file khi giải nén quá lớn (${megabytes(p.bytes)}, giới hạn ${megabytes(p.limit)}), bất thường với một file phụ lục; file có thể bị hỏng hoặc không an toàn.`;
    case "too-many-cells":
      return `${cannot} file có quá nhiều ô có dữ liệu hoặc định dạng (${formatNumber(p.cells)} ô, giới hạn ${formatNumber(p.limit)}; nhiều nhất ở trang "${p.sheet}"); hãy xóa các dòng, cột thừa rồi lưu lại.`;
  }
}

const ISO_DATE = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 cell value as ExcelJS represents dates (the wall-clock time in UTC), or null when it is not one. */
function isoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return null;
  const [y, mo, d] = m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0)) + Math.round(Number(m[6] ?? 0) * 1000);
  const date = new Date(ms);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** Writes into ExcelJS's model what the raw XML says and ExcelJS misread, so snapshots and copied sheets agree. */
function applyRawSheets(wb: ExcelJS.Workbook, sheets: RawSheet[], file: string): void {
  for (const raw of sheets) {
    const ws = wb.getWorksheet(raw.name);
    if (!ws) {
      throw new UnreadableWorkbookError(
        file,
        `Không đọc được "${file}": trang "${raw.name}" được lưu theo cách chương trình không đọc được; hãy mở bằng Excel và lưu lại.`,
      );
    }
    for (const address of raw.emptyTextResults) {
      const cell = ws.getCell(address);
      if (cell.type === ExcelJS.ValueType.Formula) cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: "" };
    }
    for (const { address, text } of raw.isoDates) {
      const cell = ws.getCell(address);
      const date = isoDate(text);
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      if (date === null) {
        // Not a date Excel could have written: the text itself, which no rule counts.
        if (!isFormula) cell.value = text;
        continue;
      }
      cell.value = isFormula ? { ...(cell.value as ExcelJS.CellFormulaValue), result: date } : date;
      // Styles are shared between cells: the date format goes on a copy.
      if (!isDateFormat(cell.numFmt)) cell.style = { ...cell.style, numFmt: dateFormatFor(date) };
    }
  }
}

export async function loadWorkbook(
  bytes: Uint8Array | ArrayBuffer,
  file: string,
  limits: ZipLimits = DEFAULT_LIMITS,
): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isZip(data)) {
    // An .xls and a password-protected .xlsx are both OLE compound files.
    const compound = data.length > 8 && data[0] === 0xd0 && data[1] === 0xcf;
    throw new UnreadableWorkbookError(
      file,
      !compound
        ? `"${file}" không phải là file Excel .xlsx.`
        : /\.xls$/i.test(file)
          ? `"${file}" là file Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.`
          : `"${file}" có đặt mật khẩu (hoặc là file .xls đổi tên); hãy mở bằng Excel, bỏ mật khẩu rồi lưu lại dạng .xlsx.`,
    );
  }
  let prepared;
  try {
    prepared = await prepareWorkbookZip(data, limits);
  } catch (e) {
    if (e instanceof ZipProblemError) throw new UnreadableWorkbookError(file, problemMessage(file, e.problem));
    throw e;
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(prepared.bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(file, CORRUPT(file));
  }
  applyRawSheets(wb, prepared.sheets, file);
  return wb;
}

export async function readWorkbookSnapshot(bytes: Uint8Array | ArrayBuffer, file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(bytes, file), file);
}
