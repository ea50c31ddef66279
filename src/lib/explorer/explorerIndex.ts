import type { ExplorerColumn, FacetSpec, SortOrder } from "./explorerSpec.ts";

/** A facet's values with how many rows have each, in the order a reader scans them. */
export interface FacetSummary extends FacetSpec {
  values: { key: string; count: number }[];
}

/**
 * An explorer's `index.json`: small, loaded first; everything else (a facet's rows, a sort's ranks,
 * a shard of rows, a text shard, labels) is a file of its own, loaded only when needed.
 */
export interface ExplorerIndex {
  dataset: string;
  total: number;
  shardSize: number;
  columns: ExplorerColumn[];
  /** The columns of the `view` shards, in order (a subset of `columns`). */
  viewColumns: string[];
  facets: FacetSummary[];
  /** Sorts with `lang` set have one ranks file per language. */
  sorts: { name: string; lang: boolean }[];
  defaultSort: SortOrder;
}

/** A facet file: each value's rows as a posting list (see `encodePostings`). */
export interface FacetFile {
  values: Record<string, number[]>;
}

/** A sort file: each row's rank in ascending order (equal values share a rank), -1 when unknown. */
export interface SortFile {
  ranks: number[];
}

/** A shard of rows (every column, or the view's columns), from row `shard × shardSize`. */
export interface ShardFile {
  rows: string[][];
}

/** The list of text shards that exist, so that a word without one needs no request. */
export interface TextListFile {
  shards: string[];
}

/** A text shard: each word starting with the shard's letters, with its rows as a posting list. */
export interface TextFile {
  words: Record<string, number[]>;
}

/** The names of an explorer's files, relative to its folder. */
export const explorerFileNames = {
  index: "index.json",
  facet: (name: string) => `facet-${name}.json`,
  sort: (name: string, lang?: string) => (lang ? `sort-${name}-${lang}.json` : `sort-${name}.json`),
  shard: (shard: number) => `rows-${shard}.json`,
  view: (shard: number) => `view-${shard}.json`,
  textList: "text.json",
  text: (shard: string) => `text-${shard}.json`,
  labels: (lang: string) => `labels-${lang}.json`,
} as const;
