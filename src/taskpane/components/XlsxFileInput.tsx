import { forwardRef } from "react";
import { XLSX_ACCEPT } from "../pick-files";

interface Props {
  testId: string;
  onFiles: (files: File[]) => void;
  /** One file at a time, where the pane works on a single workbook. */
  single?: boolean;
  /** The input's accessible name, when its button's text is not next to it. */
  label?: string;
}

/** The hidden .xlsx picker behind a button; cleared after each pick so choosing the same file again still counts. */
export const XlsxFileInput = forwardRef<HTMLInputElement, Props>(function XlsxFileInput({ testId, onFiles, single, label }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept={XLSX_ACCEPT}
      multiple={!single}
      hidden
      aria-label={label}
      data-testid={testId}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        e.target.value = "";
        if (files.length > 0) onFiles(files);
      }}
    />
  );
});
