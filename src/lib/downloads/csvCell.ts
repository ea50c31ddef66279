import { formulaTrigger } from "../text/formulaTrigger.ts";

/**
 * Writes one CSV cell (RFC 4180): quoted when it holds a comma, a quote, a line break or an edge space.
 * Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `@SUM(…)`, a leading tab; see
 * `formulaTrigger`) is neutralised as OWASP advises: it starts with an apostrophe and is quoted, so
 * Excel, LibreOffice and Google Sheets show it as text. `text: false` marks a number written by the
 * site (`-3`, `-1e-7`), which is never changed.
 */
export function csvCell(value: string, text = true): string {
  if (text && formulaTrigger(value) !== undefined) return `"'${value.replaceAll('"', '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
