/** Excel number formats: whether a format shows a number as a date or a time. */

/** Quoted text, escapes, colours/conditions in brackets and fill/padding directives carry no date tokens. */
function formatTokens(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

/** True for formats such as `dd/mm/yyyy`, `m/d/yy h:mm`, `[h]:mm:ss`, `mmm-yy`; false for `0.00`, `#,##0"km²"`, `General`. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || /^general$/i.test(format)) return false;
  // Built-in date/time formats Excel stores by id reach hosts as their text; only the first section decides.
  const first = formatTokens(format).split(";")[0];
  return /[dmyhs]/i.test(first.replace(/[eE][+-]/g, "")) && !/^[#0.,%\s?/]*$/.test(first);
}
