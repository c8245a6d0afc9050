import { forwardRef } from "react";
import { XLSX_ACCEPT } from "../pick-files";

/** The hidden .xlsx picker behind a button; cleared after each pick so choosing the same file again still counts. */
export const XlsxFileInput = forwardRef<HTMLInputElement, { testId: string; onFiles: (files: File[]) => void }>(function XlsxFileInput(
  { testId, onFiles },
  ref,
) {
  return (
    <input
      ref={ref}
      type="file"
      accept={XLSX_ACCEPT}
      multiple
      hidden
      data-testid={testId}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = "";
        if (files.length > 0) onFiles(files);
      }}
    />
  );
});
