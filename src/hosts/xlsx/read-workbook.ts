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
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableWorkbookError(file, `Không đọc được "${file}": file .xlsx bị hỏng; hãy mở bằng Excel và lưu lại.`);
  }
  return wb;
}

export async function readWorkbookSnapshot(bytes: Uint8Array | ArrayBuffer, file: string): Promise<WorkbookSnapshot> {
  return workbookSnapshot(await loadWorkbook(bytes, file), file);
}
