/** A real Word consumer: LibreOffice converts a .docx to PDF headlessly; poppler reads its text back. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function installed(command: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

const available = installed("soffice") && installed("pdftotext");
if (!available) console.warn("Bỏ qua kiểm tra PDF: chưa cài LibreOffice (soffice) hoặc poppler-utils (pdftotext).");

/** `describe`, or `describe.skip` without LibreOffice and poppler (CI installs them). */
export const withLibreOffice = available ? describe : describe.skip;

export interface Converted {
  pdf: string;
  remove(): void;
}

/** The .docx converted in a folder of its own, with its own LibreOffice profile. */
export function convertToPdf(docx: Uint8Array, name = "bao-cao"): Converted {
  const dir = mkdtempSync(join(tmpdir(), "tonghop-report-"));
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync("soffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return { pdf: join(dir, `${name}.pdf`), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function pdfText(pdf: string, page?: number): string {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", [...range, pdf, "-"], { encoding: "utf8" }).normalize("NFC");
}

/** Whether each page is landscape, in order. */
export function landscapePages(pdf: string): boolean[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => Number(m[1]) > Number(m[2]));
}
