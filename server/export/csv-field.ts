/**
 * What a spreadsheet reads as the start of a formula: `=`, `+`, `-`, `@`, tab and carriage
 * return (OWASP, "CSV Injection"). A department called `=HYPERLINK(…)` must open as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field of text the office typed (names, labels): a leading formula character gets a
 * single quote before it, as OWASP advises, and the field is quoted when it holds a quote, a
 * separator, a line break or a tab, with its quotes doubled.
 */
export function csvTextField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n\t]/.test(safe) || safe !== value ? `"${safe.replaceAll('"', '""')}"` : safe;
}
