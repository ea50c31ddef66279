import { csvCell } from "./csvCell.ts";
import type { CsvColumn } from "./csvColumn.ts";

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

/**
 * Serialises records as RFC 4180 CSV in UTF-8 (no byte-order mark, LF line ends, a header row),
 * one row per record, in the given columns. Text a spreadsheet would run as a formula starts with
 * `'` (see `csvCell`); numbers and true/false are written as they are.
 */
export function csvBytes(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
): Uint8Array {
  const lines = [columns.map((c) => csvCell(c.name)).join(",")];
  for (const record of records) {
    lines.push(
      columns
        .map((c) => {
          const value = c.read(record);
          return csvCell(
            cellText(value, c.json === true),
            typeof value !== "number" && typeof value !== "boolean",
          );
        })
        .join(","),
    );
  }
  return encoder.encode(`${lines.join(csvLineEnd)}${csvLineEnd}`);
}
