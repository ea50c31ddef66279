import { findText } from "../../i18n/findText.ts";
import { type DisplayCell, type DisplayColumn, displayCell } from "../../lib/explorer/displayCell.ts";
import type { ExplorerConfig } from "../../lib/explorer/explorerConfig.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { datasetFieldMark } from "../derivedMark.ts";
import { otherLang, type PageKey, pathOf } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { builtExplorer } from "./builtExplorer.ts";
import { type ExplorerId, explorerBase } from "./explorerRegistry.ts";

/** Rows per page, in the browser's explorer and on the pages built for reading without JavaScript. */
export const explorerPageSize = 50;

/** A row as a table shows it. */
export interface ExplorerTableRow {
  id: string;
  cells: DisplayCell[];
}

/** Everything an explorer page shows before its script runs: the first rows, static page links, the script's config. */
export interface ExplorerView {
  config: ExplorerConfig;
  display: DisplayColumn[];
  rows: ExplorerTableRow[];
  status: string;
  /** Links to the other pages of the full list, for reading without JavaScript. */
  pages: { page: number; href: string; current: boolean }[];
  years: number[];
  facets: ExplorerConfig["facets"];
  datasetHref: string;
}

/** Returns the page key of page `page` (from 1) of an explorer's list. */
export function explorerPageKey(id: ExplorerId, page: number): PageKey {
  return page > 1 ? { kind: `${id}Page`, page } : { kind: id };
}

/** Returns the path of page `page` of an explorer's list. */
export function explorerPagePath(id: ExplorerId, page: number, lang: Lang): string {
  return pathOf(explorerPageKey(id, page), lang);
}

/** Lists the pages of an explorer's full list (one per 50 rows), for the route table. */
export function explorerPageKeys(data: SiteData, id: ExplorerId): PageKey[] {
  const pages = Math.max(1, Math.ceil(builtExplorer(data, id).rows.length / explorerPageSize));
  return Array.from({ length: pages }, (_, i) => explorerPageKey(id, i + 1));
}

/** Builds an explorer's page `page` (from 1) in a language. */
export function explorerView(data: SiteData, id: ExplorerId, lang: Lang, page = 1): ExplorerView {
  const built = builtExplorer(data, id);
  const { definition, spec } = built;
  const display = definition.display(data, lang).map((d) => {
    const mark = datasetFieldMark(data, definition.dataset, d.column, lang);
    return mark ? { ...d, marker: mark.marker, note: mark.note } : d;
  });
  const labels = built.labels[lang];
  const total = built.rows.length;
  const first = (page - 1) * explorerPageSize;
  const rows = built.rows.slice(first, first + explorerPageSize).map((row) => ({
    id: row[0] ?? "",
    cells: display.map((d) => displayCell(d, row, spec.columns, labels, lang)),
  }));
  const pageCount = Math.max(1, Math.ceil(total / explorerPageSize));
  const n = (v: number) => formatNumber(v, lang);
  const things = (count: number) =>
    findText(lang, count === 1 ? definition.count.one : definition.count.other, { count: n(count) });
  const status =
    pageCount > 1
      ? findText(lang, "explorer.staticPage", {
          first: n(first + 1),
          last: n(Math.min(total, first + explorerPageSize)),
          total: n(total),
        })
      : findText(lang, "explorer.all", { things: things(total) });
  const yearFacet = spec.facets.find((f) => f.range);
  const yearColumn = spec.columns.findIndex((c) => c.name === yearFacet?.column);
  const years = [...new Set(built.rows.map((r) => Number(r[yearColumn])).filter((y) => y > 0))].sort();
  const facets = definition.facets.map((f) => ({
    name: f.name,
    label: f.label(lang),
    range: f.range === true,
  }));
  const textKeys = [
    "explorer.matching",
    "explorer.all",
    "explorer.none",
    "explorer.loading",
    "explorer.failed",
    "explorer.showAll",
    "explorer.showFewer",
    "explorer.filters",
    "explorer.filtersChosen",
    "explorer.page",
    "explorer.prev",
    "explorer.next",
    "explorer.copied",
    "explorer.preparing",
    "explorer.sortAsc",
    "explorer.sortDesc",
  ] as const;
  const text: Record<string, string> = Object.fromEntries(textKeys.map((k) => [k, findText(lang, k)]));
  text.one = findText(lang, definition.count.one);
  text.other = findText(lang, definition.count.other);
  return {
    config: {
      base: explorerBase(id),
      lang,
      path: explorerPagePath(id, 1, lang),
      otherPath: explorerPagePath(id, 1, otherLang(lang)),
      shape: {
        facets: spec.facets,
        sorts: spec.sorts.map((s) => ({ name: s.name })),
        defaultSort: spec.defaultSort,
      },
      page,
      pageSize: explorerPageSize,
      display,
      facets,
      text,
      fileName: `${definition.dataset}-${findText(lang, "explorer.fileSuffix")}`,
    },
    display,
    rows,
    status,
    pages:
      pageCount > 1
        ? Array.from({ length: pageCount }, (_, i) => ({
            page: i + 1,
            href: explorerPagePath(id, i + 1, lang),
            current: i + 1 === page,
          }))
        : [],
    years,
    facets,
    datasetHref: pathOf({ kind: "dataset", id: definition.dataset }, lang),
  };
}
