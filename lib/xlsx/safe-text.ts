// Text that leaves the app in a spreadsheet. exceljs writes strings as strings, never as formulas,
// but a user who edits the cell or re-saves the sheet as CSV would have Excel evaluate a leading
// =, +, -, @ (OWASP "CSV injection"). So such text gets a leading apostrophe, the usual Excel
// marker for "this is text"; the importer strips exactly that marker, so the round trip is exact.
const FORMULA_START = /^[=+\-@\t\r]/;

/** XML 1.0 forbids most C0 controls; left in, they make exceljs write a file Excel refuses. */
export function stripControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}

/** Text safe to put in an exported cell. */
export function neutraliseText(text: string): string {
  const clean = stripControlChars(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** Reverses neutraliseText on import: "'=x" → "=x"; any other text is left alone. */
export function unneutraliseText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
