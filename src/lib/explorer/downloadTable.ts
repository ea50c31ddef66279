import { cellValues, type ExplorerColumn, type ExplorerLabels, type ExplorerRow } from "./explorerSpec.ts";

/** A table ready to write as CSV or XLSX: a header row and rows of text cells. */
export interface DownloadTable {
  header: string[];
  /** Whether each column holds numbers (written as numbers in a spreadsheet, never neutralised in CSV). */
  numeric: boolean[];
  rows: string[][];
}

/** The header of the column that names a coded column's values. */
export function nameColumn(name: string): string {
  return `${name}_name`;
}

/**
 * Turns explorer rows into a download: every column as published (codes as codes), and beside each
 * coded column a `<column>_name` column with the names in the page's language (lists joined with `;`),
 * so a spreadsheet reader sees "Timor-Leste" next to `TL`.
 */
export function downloadTable(
  columns: readonly ExplorerColumn[],
  rows: readonly ExplorerRow[],
  labels: ExplorerLabels,
): DownloadTable {
  const header = columns.flatMap((c) => (c.labels ? [c.name, nameColumn(c.name)] : [c.name]));
  return {
    header,
    numeric: columns.flatMap((c) => (c.labels ? [false, false] : [c.numeric === true])),
    rows: rows.map((row) =>
      columns.flatMap((column, i) => {
        const cell = row[i] ?? "";
        if (!column.labels) return [cell];
        const names = cellValues(cell, column).map((code) => labels[column.labels as string]?.[code] ?? code);
        return [cell, names.join(";")];
      }),
    ),
  };
}
