import { unzipSync, zipSync } from "fflate";
import writeXlsxFile, { type Row } from "write-excel-file/node";
import type { CsvColumn } from "./csvColumn.ts";

// ZIP entries carry a modification time; a fixed one makes the same data give the same bytes and checksum.
const fixedTime = new Date("2000-01-01T00:00:00Z");

/** Writes one value as a spreadsheet cell: numbers stay numbers, lists are joined with `;`, unknown is empty. */
function cell(value: unknown, json: boolean): Row[number] {
  if (value === undefined || value === null) return null;
  if (typeof value === "number") return { value };
  if (typeof value === "boolean") return { value };
  if (json || (typeof value === "object" && !Array.isArray(value))) return { value: JSON.stringify(value) };
  if (Array.isArray(value)) return { value: value.map(String).join(";") };
  return { value: String(value) };
}

/**
 * Serialises records as an Excel workbook with one sheet: a bold, frozen header row and the same
 * columns and cell texts as the CSV download, numbers kept as numbers. Same records, same bytes.
 */
export async function xlsxBytes(
  records: readonly Readonly<Record<string, unknown>>[],
  columns: readonly CsvColumn[],
  sheet: string,
): Promise<Uint8Array> {
  const header: Row = columns.map((c) => ({ value: c.name, fontWeight: "bold" }));
  const rows: Row[] = records.map((record) => columns.map((c) => cell(c.read(record), c.json === true)));
  const buffer = await writeXlsxFile([header, ...rows], {
    // Excel limits sheet names to 31 characters.
    sheet: sheet.slice(0, 31),
    stickyRowsCount: 1,
    columns: columns.map((c) => ({ width: Math.min(60, Math.max(10, c.name.length + 2)) })),
  }).toBuffer();
  const entries = unzipSync(new Uint8Array(buffer));
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime: fixedTime }]])),
    { level: 6 },
  );
}
