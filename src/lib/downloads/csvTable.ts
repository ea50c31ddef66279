import { csvCell } from "./csvCell.ts";

/**
 * Writes a header and rows of text cells as RFC 4180 CSV text (CRLF line ends), as the dataset
 * downloads are: text a spreadsheet would run as a formula starts with `'` (see `csvCell`); the
 * cells of columns marked in `numeric` are numbers written by the site and stay as they are.
 */
export function csvTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[] = [],
): string {
  const lines = [header.map((h) => csvCell(h)).join(",")];
  for (const row of rows) lines.push(row.map((cell, i) => csvCell(cell, numeric[i] !== true)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
