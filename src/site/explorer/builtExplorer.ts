import { explorerFiles } from "../../lib/explorer/explorerFiles.ts";
import type { ExplorerLabels, ExplorerRow, ExplorerSpec } from "../../lib/explorer/explorerSpec.ts";
import { cellValues } from "../../lib/explorer/explorerSpec.ts";
import type { Lang } from "../../lib/model.ts";
import { langs } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { codeName } from "./codeNames.ts";
import { cellOf, datasetColumns } from "./datasetColumns.ts";
import type { ExplorerDefinition } from "./explorerDefinition.ts";
import { type ExplorerId, explorerRegistry } from "./explorerRegistry.ts";

/** Rows per shard file: a page of results fetches a few small files, a download fetches them all. */
const shardSize = 100;

/** An explorer computed from the site's data: its spec, rows in stored order, names, and its files. */
export interface BuiltExplorer {
  definition: ExplorerDefinition<unknown>;
  spec: ExplorerSpec;
  rows: readonly ExplorerRow[];
  /** The id of each row's record, by row number. */
  ids: readonly string[];
  labels: Readonly<Record<Lang, ExplorerLabels>>;
  /** The files under `/explorer/<id>/`, computed on first use. */
  files(): ReadonlyMap<string, unknown>;
  /** The rows (in stored order) that have a facet's value, e.g. the activities naming a country. */
  rowsOf(facet: string, value: string): readonly number[];
}

/** The columns the explorer's table reads in either language: shown columns, link ids, currencies. */
function viewColumnsOf(
  definition: ExplorerDefinition<unknown>,
  data: SiteData,
  names: readonly string[],
): string[] {
  const used = new Set<string>();
  for (const lang of langs)
    for (const d of definition.display(data, lang))
      for (const name of [d.column, d.idColumn, d.urlColumn, d.currencyColumn, d.qualifierColumn])
        if (name) used.add(name);
  return names.filter((n) => used.has(n));
}

const cache = new WeakMap<SiteData, Map<ExplorerId, BuiltExplorer>>();

/** Builds an explorer from the site's data once per build: rows with derived columns, names in both languages. */
export function builtExplorer(data: SiteData, id: ExplorerId): BuiltExplorer {
  let built = cache.get(data);
  if (!built) {
    built = new Map();
    cache.set(data, built);
  }
  const found = built.get(id);
  if (found) return found;
  const definition: ExplorerDefinition<unknown> = explorerRegistry[id];
  const own = datasetColumns(data, definition.dataset);
  const columns = [...own, ...definition.derived.map((d) => d.column)];
  const records = definition.records(data);
  const rows = records.map((record) => [
    ...own.map((c) => cellOf((record as Record<string, unknown>)[c.name])),
    ...definition.derived.map((d) => d.value(record, data)),
  ]);
  const spec: ExplorerSpec = {
    dataset: definition.dataset,
    columns,
    facets: definition.facets.map(({ label: _label, ...facet }) => facet),
    sorts: definition.sorts,
    defaultSort: definition.defaultSort,
    text: definition.text,
    shardSize,
    viewColumns: viewColumnsOf(
      definition,
      data,
      columns.map((c) => c.name),
    ),
  };
  const labels = Object.fromEntries(
    langs.map((lang) => {
      const names: Record<string, Record<string, string>> = {};
      columns.forEach((column, i) => {
        if (!column.labels) return;
        names[column.labels] ??= {};
        const target = names[column.labels] as Record<string, string>;
        for (const row of rows)
          for (const code of cellValues(row[i], column))
            if (!(code in target)) target[code] = codeName(data, column.labels, code, lang);
      });
      return [lang, names];
    }),
  ) as Record<Lang, ExplorerLabels>;
  let files: ReadonlyMap<string, unknown> | undefined;
  const postings = new Map<string, Map<string, number[]>>();
  const rowsOf = (facet: string, value: string): readonly number[] => {
    let byValue = postings.get(facet);
    if (!byValue) {
      const name = spec.facets.find((f) => f.name === facet)?.column;
      const at = columns.findIndex((c) => c.name === name);
      if (at < 0) throw new Error(`Explorer ${id} has no facet "${facet}".`);
      const column = columns[at] ?? { name: "" };
      const found = new Map<string, number[]>();
      rows.forEach((row, r) => {
        for (const v of cellValues(row[at], column)) {
          const list = found.get(v);
          if (list) list.push(r);
          else found.set(v, [r]);
        }
      });
      byValue = found;
      postings.set(facet, byValue);
    }
    return byValue.get(value) ?? [];
  };
  const result: BuiltExplorer = {
    definition,
    spec,
    rows,
    ids: rows.map((row) => row[0] ?? ""),
    labels,
    files: () => {
      files ??= explorerFiles(spec, rows, labels);
      return files;
    },
    rowsOf,
  };
  built.set(id, result);
  return result;
}
