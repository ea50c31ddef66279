import type { Lang } from "../model.ts";
import {
  type ExplorerIndex,
  explorerFileNames,
  type FacetFile,
  type FacetSummary,
  type ShardFile,
  type SortFile,
  type TextFile,
  type TextListFile,
} from "./explorerIndex.ts";
import {
  cellValues,
  type ExplorerLabels,
  type ExplorerRow,
  type ExplorerSpec,
  type SortSpec,
} from "./explorerSpec.ts";
import { encodePostings } from "./postings.ts";
import { textShard, textTokens } from "./textTokens.ts";

/** Returns where each column sits in a row, failing on a column the spec does not define. */
function columnIndex(spec: ExplorerSpec): (name: string) => number {
  const positions = new Map(spec.columns.map((c, i) => [c.name, i]));
  return (name) => {
    const position = positions.get(name);
    if (position === undefined) throw new Error(`Explorer ${spec.dataset} has no column "${name}".`);
    return position;
  };
}

/** Collects each value's rows of one column (rows are visited in order, so the lists come out ascending). */
function postingsOf(rows: readonly ExplorerRow[], position: number, list: boolean): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  rows.forEach((row, r) => {
    for (const value of new Set(cellValues(row[position], { list }))) {
      const found = postings.get(value);
      if (found) found.push(r);
      else postings.set(value, [r]);
    }
  });
  return postings;
}

/** Compares two cells of a sort column; empty cells are handled by the caller. */
function comparer(type: SortSpec["type"], lang: Lang): (a: string, b: string) => number {
  if (type === "number") return (a, b) => Number(a) - Number(b);
  if (type === "date") return (a, b) => (a < b ? -1 : a > b ? 1 : 0); // YYYY[-MM[-DD]] sorts as text
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  return (a, b) => collator.compare(a, b);
}

/** Ranks rows by one column in ascending order: equal cells share a rank, empty cells get -1. */
function ranksOf(
  rows: readonly ExplorerRow[],
  position: number,
  compare: (a: string, b: string) => number,
): number[] {
  const known = rows.map((row, r) => ({ r, cell: row[position] ?? "" })).filter((x) => x.cell !== "");
  known.sort((a, b) => compare(a.cell, b.cell) || a.r - b.r);
  const ranks = new Array<number>(rows.length).fill(-1);
  let rank = -1;
  let previous: string | undefined;
  for (const { r, cell } of known) {
    if (previous === undefined || compare(previous, cell) !== 0) rank += 1;
    ranks[r] = rank;
    previous = cell;
  }
  return ranks;
}

/** Orders a facet's values for reading: years in order, other values by how many rows have them, then by name. */
function facetOrder(range: boolean, labels: ExplorerLabels, list: string | undefined) {
  return (a: { key: string; count: number }, b: { key: string; count: number }) =>
    range
      ? Number(a.key) - Number(b.key)
      : b.count - a.count ||
        (list ? (labels[list]?.[a.key] ?? a.key) : a.key).localeCompare(
          list ? (labels[list]?.[b.key] ?? b.key) : b.key,
        );
}

/**
 * Builds every file of an explorer from its rows, which come in the default order: the index, one
 * posting-list file per facet, one ranks file per sort (per language for texts), the rows in shards,
 * the free-text index in shards by first letters, and the code names in each language. Keys are file
 * names (see `explorerFileNames`), values the JSON to write.
 */
export function explorerFiles(
  spec: ExplorerSpec,
  rows: readonly ExplorerRow[],
  labels: Readonly<Record<Lang, ExplorerLabels>>,
): Map<string, unknown> {
  const at = columnIndex(spec);
  const files = new Map<string, unknown>();
  const facets: FacetSummary[] = [];
  for (const facet of spec.facets) {
    const column = spec.columns[at(facet.column)];
    const postings = postingsOf(rows, at(facet.column), column?.list === true);
    const file: FacetFile = { values: {} };
    for (const [key, found] of postings) file.values[key] = encodePostings(found);
    files.set(explorerFileNames.facet(facet.name), file);
    const values = [...postings].map(([key, found]) => ({ key, count: found.length }));
    values.sort(facetOrder(facet.range === true, labels.en, column?.labels));
    facets.push({ ...facet, values });
  }
  const sorts: ExplorerIndex["sorts"] = [];
  for (const sort of spec.sorts) {
    if (typeof sort.column === "string") {
      const file: SortFile = { ranks: ranksOf(rows, at(sort.column), comparer(sort.type, "en")) };
      files.set(explorerFileNames.sort(sort.name), file);
      sorts.push({ name: sort.name, lang: false });
    } else {
      for (const [lang, column] of Object.entries(sort.column) as [Lang, string][]) {
        const file: SortFile = { ranks: ranksOf(rows, at(column), comparer(sort.type, lang)) };
        files.set(explorerFileNames.sort(sort.name, lang), file);
      }
      sorts.push({ name: sort.name, lang: true });
    }
  }
  const view = spec.viewColumns.map(at);
  for (let start = 0, shard = 0; start < rows.length || shard === 0; start += spec.shardSize, shard += 1) {
    const slice = rows.slice(start, start + spec.shardSize);
    const file: ShardFile = { rows: slice.map((row) => [...row]) };
    files.set(explorerFileNames.shard(shard), file);
    const small: ShardFile = { rows: slice.map((row) => view.map((i) => row[i] ?? "")) };
    files.set(explorerFileNames.view(shard), small);
  }
  const words = new Map<string, Map<string, number[]>>();
  const textColumns = spec.text.map((name) => ({ position: at(name), column: spec.columns[at(name)] }));
  rows.forEach((row, r) => {
    const texts: string[] = [];
    for (const { position, column } of textColumns) {
      const cell = row[position] ?? "";
      texts.push(cell);
      if (column?.labels)
        for (const code of cellValues(cell, column))
          for (const names of Object.values(labels)) texts.push(names[column.labels]?.[code] ?? "");
    }
    for (const token of textTokens(texts.join(" "))) {
      const shard = textShard(token);
      let inShard = words.get(shard);
      if (!inShard) {
        inShard = new Map();
        words.set(shard, inShard);
      }
      const found = inShard.get(token);
      if (found) found.push(r);
      else inShard.set(token, [r]);
    }
  });
  const shards = [...words.keys()].sort();
  for (const shard of shards) {
    const file: TextFile = { words: {} };
    for (const [token, found] of [...(words.get(shard) ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)))
      file.words[token] = encodePostings(found);
    files.set(explorerFileNames.text(shard), file);
  }
  const list: TextListFile = { shards };
  files.set(explorerFileNames.textList, list);
  for (const [lang, names] of Object.entries(labels)) {
    const used: Record<string, Record<string, string>> = {};
    for (const column of spec.columns) {
      if (!column.labels) continue;
      used[column.labels] ??= {};
      const target = used[column.labels] as Record<string, string>;
      for (const row of rows)
        for (const code of cellValues(row[at(column.name)], column))
          target[code] = names[column.labels]?.[code] ?? code;
    }
    files.set(explorerFileNames.labels(lang), used);
  }
  const index: ExplorerIndex = {
    dataset: spec.dataset,
    total: rows.length,
    shardSize: spec.shardSize,
    columns: spec.columns.map((c) => ({ ...c })),
    viewColumns: [...spec.viewColumns],
    facets,
    sorts,
    defaultSort: { ...spec.defaultSort },
  };
  files.set(explorerFileNames.index, index);
  return files;
}
