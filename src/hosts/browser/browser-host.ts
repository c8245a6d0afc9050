/**
 * The pane's host outside Office: .xlsx files opened from disk and kept in memory. Reading them loads
 * ExcelJS on demand, so this module stays in the pane's startup bundle.
 */
import type { FormRegistry } from "../../app/forms";
import { offerDownload } from "./download";
import type { BrowserPaneHost, ImportOutcome, OpenedFile, PickedFile, Progress, StoredForm } from "../../app/ports";

export function createBrowserHost(): BrowserPaneHost {
  let files: readonly OpenedFile[] = [];
  // The preview has no workbook of its own to keep the form in: it lasts as long as the page.
  let form: StoredForm | null = null;
  const listeners = new Set<() => void>();
  const update = (next: readonly OpenedFile[]) => {
    files = next;
    for (const listener of listeners) listener();
  };

  return {
    kind: "browser",
    can: { mark: false, navigate: false, writesInPlace: false, opensFiles: true, deliversFiles: true, remembersForm: false },
    files: () => files,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async open(picked: PickedFile[], progress: Progress, registry?: FormRegistry): Promise<ImportOutcome[]> {
      progress(picked.length === 1 ? `Đang đọc "${picked[0].name}"…` : `Đang đọc ${picked.length} file…`);
      const { openFile } = await import("./open-file");
      const reads = [];
      for (const file of picked) reads.push({ file, read: await openFile(file, registry) });
      // Merged into the files open now, which another open may have changed meanwhile.
      let next = files;
      const outcomes = reads.map(({ file, read }): ImportOutcome => {
        if (!read.ok) return { file: file.name, imported: false, message: read.problem };
        const { opened } = read;
        const replaced = next.some((f) => f.name === opened.name);
        next = replaced ? next.map((f) => (f.name === opened.name ? opened : f)) : [...next, opened];
        const message = `${replaced ? "Đã mở lại (thay bản đang mở)" : "Đã mở"} "${opened.name}": ${read.contents}.`;
        return { file: file.name, imported: true, message };
      });
      if (next !== files) update(next);
      return outcomes;
    },
    close(name) {
      update(files.filter((f) => f.name !== name));
    },
    async writeInfo(write) {
      const { writeInfoSheet } = await import("./info-sheet");
      const target = write.create ? files[0] : files.find((f) => f.snapshot.sheets.some((s) => s.name === write.sheet));
      if (!target) throw new Error(`no open file holds the sheet "${write.sheet}"`);
      const written = await writeInfoSheet(target, write);
      update(files.map((f) => (f === target ? written : f)));
    },
    deliverFile: async (bytes, fileName, mimeType) => offerDownload(bytes, fileName, mimeType),
    storedForm: async () => form,
    storeForm: async (next) => {
      form = next;
    },
  };
}
