import { csvCell } from "./csvCell.ts";
import type { CsvColumn } from "./csvColumn.ts";
import { joinBytes } from "./joinBytes.ts";

const encoder = new TextEncoder();

/**
 * The line ending of every CSV the site writes: LF, as release snapshots keep data files (git stores
 * them with LF), so the live download and the release file of the same data have the same checksum.
 */
export const csvLineEnd = "\n";

/** Writes one value as cell text: unknown is empty, lists are joined with `;`, objects are JSON. */
function cellText(value: unknown, json: boolean): string {
  if (value === undefined || value === null) return "";
  if (json) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((item) => cellText(item, false)).join(";");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Writes one record as a CSV line (without its line end) in the given columns. */
function csvLine(record: Readonly<Record<string, unknown>>, columns: readonly CsvColumn[]): string {
  return columns
    .map((c) => {
      const value = c.read(record);
      return csvCell(
        cellText(value, c.json === true),
        typeof value !== "number" && typeof value !== "boolean",
      );
    })
    .join(",");
}

/**
 * Serialises records as RFC 4180 CSV in UTF-8 (no byte-order mark, LF line ends, a header row),
 * one row per record, in the given columns, a few hundred rows at a time: the chunks joined are
 * `csvBytes`, and a large file is never one string. Text a spreadsheet would run as a formula
 * starts with `'` (see `csvCell`); numbers and true/false are written as they are.
 */
export function* csvChunks(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
  rowsPerChunk = 500,
): Generator<Uint8Array> {
  let lines = [columns.map((c) => csvCell(c.name)).join(",")];
  for (const record of records) {
    lines.push(csvLine(record, columns));
    if (lines.length >= rowsPerChunk) {
      yield encoder.encode(`${lines.join(csvLineEnd)}${csvLineEnd}`);
      lines = [];
    }
  }
  if (lines.length > 0) yield encoder.encode(`${lines.join(csvLineEnd)}${csvLineEnd}`);
}

/** Serialises records as CSV in one piece (see `csvChunks`, whose chunks these bytes are). */
export function csvBytes(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
): Uint8Array {
  return joinBytes([...csvChunks(records, columns)]);
}
