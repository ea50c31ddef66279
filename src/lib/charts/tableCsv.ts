import { csvLineEnd } from "../downloads/csvBytes.ts";
import { csvCell } from "../downloads/csvCell.ts";
import type { CellValue, TableView } from "./dataTable.ts";

const encoder = new TextEncoder();

/** Writes a raw value as CSV text: plain numbers, lists joined with `;`, unknown empty. */
function cellText(value: CellValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  return value.join(";");
}

/**
 * Serialises a chart's table as RFC 4180 CSV in UTF-8 (LF line ends like the dataset CSVs, a header
 * row): the columns shown in the CSV, one row per drawn row, raw numbers (no thousands separators),
 * no totals row; text a spreadsheet would run as a formula starts with `'` (see `csvCell`).
 */
export function tableCsv(table: TableView): Uint8Array {
  const keep = table.head.map((h) => h.show !== "table");
  const pick = <T>(items: readonly T[]) => items.filter((_, i) => keep[i]);
  const lines = [
    pick(table.head)
      .map((h) => csvCell(h.label))
      .join(","),
  ];
  for (const row of table.rows)
    lines.push(
      pick(row.cells)
        .map((c) => csvCell(cellText(c.value), typeof c.value !== "number"))
        .join(","),
    );
  return encoder.encode(`${lines.join(csvLineEnd)}${csvLineEnd}`);
}
