/** Loading .xlsx bytes with ExcelJS, with the failures a user can cause turned into clear errors. */
import ExcelJS from "exceljs";
import { WorkbookSnapshot } from "../../core/snapshot";
import { workbookSnapshot } from "./snapshot-from-exceljs";

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

export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer, file: string): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!isZip(data)) {
    const legacy = data.length > 8 && data[0] === 0xd0 && data[1] === 0xcf;
    throw new UnreadableWorkbookError(
      file,
      legacy
        ? `"${file}" là file Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.`
        : `"${file}" không phải là file Excel .xlsx.`,
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableWorkbookError(file, `Không đọc được "${file}": file .xlsx bị hỏng hoặc có mật khẩu (${(e as Error).message}).`);
  }
  return wb;
}

export async function readWorkbookSnapshot(bytes: Uint8Array | ArrayBuffer, file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(bytes, file), file);
}
