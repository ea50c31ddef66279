import type { Lang } from "../model.ts";

/** A column of an explorer's rows: a dataset column, or one derived from others (regions from countries). */
export interface ExplorerColumn {
  name: string;
  /** The label list that names this column's codes (`countries`, `organisations`…), when it holds codes. */
  labels?: string;
  /** The cell holds a `;`-separated list of values. */
  list?: boolean;
  /** The cell holds a number (written as a number in spreadsheets). */
  numeric?: boolean;
}

/** A filter of an explorer: a column whose values can be chosen (any of them), or a range of years. */
export interface FacetSpec {
  /** The URL parameter, e.g. `country`; also the facet's key in the explorer's files. */
  name: string;
  column: string;
  /** Chosen as a range (`from`, `to`: whole numbers such as years) rather than as values. */
  range?: boolean;
}

/** A way to order the rows: a column, compared as text (in the page's language), number or date. */
export interface SortSpec {
  name: string;
  /** The column, or one per language when the text differs by language (titles). */
  column: string | Readonly<Record<Lang, string>>;
  type: "text" | "number" | "date";
}

/** A sort and its direction. */
export interface SortOrder {
  name: string;
  desc: boolean;
}

/** What the browser needs to know about an explorer to read and write its state in the URL. */
export interface ExplorerShape {
  facets: readonly FacetSpec[];
  sorts: readonly Pick<SortSpec, "name">[];
  /** The order rows are stored in and shown by default. */
  defaultSort: SortOrder;
}

/** How an explorer (activities, claims, finances) is built from its rows. */
export interface ExplorerSpec extends ExplorerShape {
  dataset: string;
  columns: readonly ExplorerColumn[];
  sorts: readonly SortSpec[];
  /** Columns free-text search reads; for coded columns, their names in every language are read too. */
  text: readonly string[];
  /** Rows per shard file. */
  shardSize: number;
  /** The columns a table of results shows (in any language): stored again in small `view` shards. */
  viewColumns: readonly string[];
}

/** One row: its cells in the order of the spec's columns, as text (lists joined with `;`, unknown empty). */
export type ExplorerRow = readonly string[];

/** Names of codes by label list (`countries` → `TL` → `Timor-Leste`), in one language. */
export type ExplorerLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/** The values of a cell: a list column's items, or the one value; none when empty. */
export function cellValues(cell: string | undefined, column: Pick<ExplorerColumn, "list">): string[] {
  if (cell === undefined || cell === "") return [];
  return column.list ? cell.split(";").filter((v) => v !== "") : [cell];
}
