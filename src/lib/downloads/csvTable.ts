/** Quotes a cell as RFC 4180 requires when it holds a comma, quote, line break or edge space. */
function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes a header and rows of text cells as RFC 4180 CSV text (CRLF line ends), as the dataset downloads are. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header.map(quote).join(",")];
  for (const row of rows) lines.push(row.map(quote).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
