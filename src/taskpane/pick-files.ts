/** Files chosen in a file input or dropped on the pane, read into memory. */
import type { PickedFile } from "../app/ports";

function readFile(file: File): Promise<PickedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, bytes: new Uint8Array(reader.result as ArrayBuffer) });
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export function readPicked(files: File[]): Promise<PickedFile[]> {
  return Promise.all(files.map(readFile));
}

export const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
