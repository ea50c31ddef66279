import type { Lang } from "../model.ts";
import {
  type ExplorerIndex,
  explorerFileNames,
  type FacetFile,
  type ShardFile,
  type SortFile,
  type TextFile,
  type TextListFile,
} from "./explorerIndex.ts";
import type { ExplorerColumn, ExplorerLabels, ExplorerRow } from "./explorerSpec.ts";
import type { ExplorerState } from "./explorerState.ts";
import { matchText } from "./matchText.ts";
import { orderRows } from "./orderRows.ts";
import { decodePostings } from "./postings.ts";
import type { RowSet } from "./rowSet.ts";
import { type FacetRows, facetCounts, narrows, selectRows } from "./selectRows.ts";

/** Reads one of an explorer's files (by name, see `explorerFileNames`) as parsed JSON. */
export type ExplorerLoader = (file: string) => Promise<unknown>;

/** The rows a state selects, in its order. */
export interface ExplorerResult {
  /** Row numbers, ordered as the state's sort says. */
  ordered: number[];
  matching: RowSet;
}

/**
 * An explorer in the browser: it starts from the small index and loads each other file (a facet's
 * rows, a sort's ranks, a shard of rows, a text shard, the names) once, when a query first needs it,
 * so that no view loads every row. File access is passed in (`load`), so tests run it in memory.
 */
export class ExplorerData {
  readonly index: ExplorerIndex;
  readonly #load: ExplorerLoader;
  readonly #lang: Lang;
  readonly #cache = new Map<string, Promise<unknown>>();

  constructor(index: ExplorerIndex, load: ExplorerLoader, lang: Lang) {
    this.index = index;
    this.#load = load;
    this.#lang = lang;
  }

  /** Loads an explorer's index and returns the explorer. */
  static async open(load: ExplorerLoader, lang: Lang): Promise<ExplorerData> {
    return new ExplorerData((await load(explorerFileNames.index)) as ExplorerIndex, load, lang);
  }

  /** Loads a file once; later calls share the first load. */
  #file<T>(name: string, map: (json: unknown) => T): Promise<T> {
    let found = this.#cache.get(name);
    if (!found) {
      found = this.#load(name).then(map);
      // A failed load is not remembered, so that the next query tries again.
      found.catch(() => this.#cache.delete(name));
      this.#cache.set(name, found);
    }
    return found as Promise<T>;
  }

  /** Returns a facet's rows by value. */
  facetRows(name: string): Promise<FacetRows> {
    return this.#file(explorerFileNames.facet(name), (json) => {
      const file = json as FacetFile;
      return new Map(Object.entries(file.values).map(([key, gaps]) => [key, decodePostings(gaps)]));
    });
  }

  /** Returns each row's rank for a sort (in the page's language for texts). */
  ranks(name: string): Promise<number[]> {
    const sort = this.index.sorts.find((s) => s.name === name);
    if (!sort) return Promise.reject(new Error(`Explorer ${this.index.dataset} has no sort "${name}".`));
    const file = explorerFileNames.sort(name, sort.lang ? this.#lang : undefined);
    return this.#file(file, (json) => (json as SortFile).ranks);
  }

  /** Returns the names of codes in the page's language. */
  labels(): Promise<ExplorerLabels> {
    return this.#file(explorerFileNames.labels(this.#lang), (json) => json as ExplorerLabels);
  }

  /** Returns the rows the free text matches, or undefined when the query has no word. */
  async textRows(query: string): Promise<RowSet | undefined> {
    const list = await this.#file(
      explorerFileNames.textList,
      (json) => new Set((json as TextListFile).shards),
    );
    return matchText(query, this.index.total, (prefix) =>
      list.has(prefix)
        ? this.#file(explorerFileNames.text(prefix), (json) => (json as TextFile).words)
        : Promise.resolve({}),
    );
  }

  /** Loads every narrowed facet of a state, and those named in `also`. */
  async #facetsFor(state: ExplorerState, also: readonly string[] = []): Promise<Map<string, FacetRows>> {
    const names = this.index.facets
      .filter((f) => narrows(f, state) || also.includes(f.name))
      .map((f) => f.name);
    return new Map(await Promise.all(names.map(async (n) => [n, await this.facetRows(n)] as const)));
  }

  /** Returns the rows a state selects, in its sort order. */
  async query(state: ExplorerState): Promise<ExplorerResult> {
    const [loaded, text] = await Promise.all([this.#facetsFor(state), this.textRows(state.q)]);
    const matching = selectRows(this.index.total, this.index.facets, loaded, state, text);
    const { name, desc } = state.sort;
    const stored = name === this.index.defaultSort.name && desc === this.index.defaultSort.desc;
    const ordered = orderRows(matching.rows(), stored ? undefined : await this.ranks(name), desc);
    return { ordered, matching };
  }

  /** Counts each value of a facet against the state's other choices. */
  async counts(state: ExplorerState, facet: string): Promise<Map<string, number>> {
    const [loaded, text] = await Promise.all([this.#facetsFor(state, [facet]), this.textRows(state.q)]);
    return facetCounts(this.index.total, this.index.facets, loaded, state, facet, text);
  }

  /** The columns of the rows `viewRows` returns. */
  viewColumns(): ExplorerColumn[] {
    return this.index.viewColumns.map((name) => this.index.columns.find((c) => c.name === name) ?? { name });
  }

  /** Returns every cell of the given rows (for downloads), loading the shards that hold them, in the order asked. */
  rows(rowNumbers: readonly number[]): Promise<ExplorerRow[]> {
    return this.#rows(rowNumbers, explorerFileNames.shard);
  }

  /** Returns the cells a table shows (`viewColumns`) of the given rows, from the small view shards. */
  viewRows(rowNumbers: readonly number[]): Promise<ExplorerRow[]> {
    return this.#rows(rowNumbers, explorerFileNames.view);
  }

  async #rows(rowNumbers: readonly number[], fileName: (shard: number) => string): Promise<ExplorerRow[]> {
    const size = this.index.shardSize;
    const shards = [...new Set(rowNumbers.map((r) => Math.floor(r / size)))];
    const loaded = new Map(
      await Promise.all(
        shards.map(
          async (s) => [s, await this.#file(fileName(s), (json) => (json as ShardFile).rows)] as const,
        ),
      ),
    );
    return rowNumbers.map((r) => {
      const row = loaded.get(Math.floor(r / size))?.[r % size];
      if (!row) throw new Error(`Row ${r} is not in explorer ${this.index.dataset}.`);
      return row;
    });
  }
}
