/** A raw cell value: a number, a text, a list (joined with `;` in CSV) or unknown. */
export type CellValue = number | string | readonly string[] | undefined;

/** A link shown in a table cell; without `href` its text is shown plain (e.g. "+N more" with nowhere to go). */
export interface CellLink {
  text: string;
  href?: string;
}

/** One column of a chart's data, read from the chart's own row type. */
export interface DataColumn<R> {
  /** Stable key of the column: the `data-col` of the marks that draw it. */
  key: string;
  /** Header in the page's language, used in the table and as the CSV header. */
  label: string;
  /** The raw value (CSV, `data-value`); `undefined` is unknown (an empty CSV cell, "—" in the table). */
  value(row: R): CellValue;
  /** The text shown in the table; numbers default to the locale's format. */
  text?(row: R): string;
  /** Links shown in the table instead of the text (e.g. the activities behind a count). */
  links?(row: R): readonly CellLink[];
  /** Whether the column holds numbers (right-aligned). */
  numeric?: boolean;
  /** Whether the column names the row (a `<th scope="row">`). */
  rowHeader?: boolean;
  /** Where the column appears: both (default), only the HTML table, or only the CSV. */
  show?: "both" | "table" | "csv";
}

/** A chart's data as a table: exactly what is drawn, one row per drawn category. */
export interface DataTable<R> {
  caption: string;
  columns: readonly DataColumn<R>[];
  rows: readonly R[];
  /** The row's stable key: the `data-row` of the marks that draw it. */
  rowKey(row: R): string;
  /** A totals row for the HTML table (not drawn, not in the CSV). */
  total?: R;
}

/** One resolved cell: its column, raw value, display text and links. */
export interface TableCell {
  col: string;
  value: CellValue;
  text: string;
  links?: readonly CellLink[];
  numeric: boolean;
  rowHeader: boolean;
  show: "both" | "table" | "csv";
}

/** A chart's table with every cell resolved, ready for HTML and CSV. */
export interface TableView {
  caption: string;
  head: readonly { key: string; label: string; numeric: boolean; show: "both" | "table" | "csv" }[];
  rows: readonly { key: string; cells: readonly TableCell[] }[];
  total?: { key: string; cells: readonly TableCell[] };
}

/** Writes a raw value as table text: formatted numbers, lists joined, unknown as "—". */
function defaultText(value: CellValue, formatNumber: (n: number) => string): string {
  if (value === undefined || value === "") return "—";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") return value;
  return value.length > 0 ? value.join(", ") : "—";
}

/** Resolves every cell of a chart's table once, so the HTML table and the CSV read the same values. */
export function resolveTable<R>(table: DataTable<R>, formatNumber: (n: number) => string): TableView {
  const row = (r: R) => ({
    key: table.rowKey(r),
    cells: table.columns.map((c) => {
      const value = c.value(r);
      const links = c.links?.(r);
      return {
        col: c.key,
        value,
        text: c.text?.(r) ?? defaultText(value, formatNumber),
        ...(links && links.length > 0 ? { links } : {}),
        numeric: c.numeric === true,
        rowHeader: c.rowHeader === true,
        show: c.show ?? "both",
      };
    }),
  });
  return {
    caption: table.caption,
    head: table.columns.map((c) => ({
      key: c.key,
      label: c.label,
      numeric: c.numeric === true,
      show: c.show ?? "both",
    })),
    rows: table.rows.map(row),
    ...(table.total ? { total: row(table.total) } : {}),
  };
}
