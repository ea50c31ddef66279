import type { CsvColumn } from "./csvColumn.ts";

const encoder = new TextEncoder();

/** Writes one value as cell text: unknown is empty, lists are joined with `;`, objects are JSON. */
function cellText(value: unknown, json: boolean): string {
  if (value === undefined || value === null) return "";
  if (json) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((item) => cellText(item, false)).join(";");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Quotes a cell as RFC 4180 requires when it holds a comma, quote, line break or edge space. */
function quote(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Serialises records as RFC 4180 CSV in UTF-8 (no byte-order mark, CRLF line ends, a header row),
 * one row per record, in the given columns.
 */
export function csvBytes(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
): Uint8Array {
  const lines = [columns.map((c) => quote(c.name)).join(",")];
  for (const record of records) {
    lines.push(columns.map((c) => quote(cellText(c.read(record), c.json === true))).join(","));
  }
  return encoder.encode(`${lines.join("\r\n")}\r\n`);
}
