import { chartText } from "../../i18n/chartText.ts";
import type { ChartSeries, StackedDatum } from "../../lib/charts/chartTypes.ts";
import { totalKey } from "../../lib/charts/chartTypes.ts";
import type { CellLink, DataColumn, DataTable } from "../../lib/charts/dataTable.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { activityLinks } from "./activityLinks.ts";

/** One drawn category of a count chart: its counts per series and the records behind them. */
export interface CountRow {
  key: string;
  label: string;
  /** Count per series key; a missing series is 0. */
  counts: Readonly<Record<string, number>>;
  total: number;
  /** The ids of the records counted (activities, or commitments). */
  ids: readonly string[];
  /** Where the category has its own page or row, e.g. a country's row on the countries page. */
  href?: string;
  /**
   * Where a category without a page of its own lists its records: the explorer filtered to them (an
   * organisation type's activities). The records column's "+N more" links here when there is no `href`.
   */
  rowsHref?: string;
}

/**
 * How many records a row of a chart's table links at most. The CSV keeps every id; past this, the
 * cell ends with "+N more", linked to the category's own page when it has one, else to the explorer
 * view of the row's records (`rowsHref`) when the chart gives one. Without a cap a
 * dashboard of 10,000 activities held one link per activity in each table (4.6 MB, 82,000 elements).
 */
export const recordLinkLimit = 20;

/** The records column's links of a row: the first `recordLinkLimit`, then "+N more" (to `href` if any). */
export function cappedRecordLinks(
  ids: readonly string[],
  links: (ids: readonly string[]) => readonly CellLink[],
  href: string | undefined,
  lang: Lang,
): CellLink[] {
  if (ids.length <= recordLinkLimit) return [...links(ids)];
  const more = chartText(lang, "chart.col.more", { n: formatNumber(ids.length - recordLinkLimit, lang) });
  return [...links(ids.slice(0, recordLinkLimit)), ...(href ? [{ text: more, href }] : [{ text: more }])];
}

/** Options of a count table: headers, series, and how to link the records behind each row. */
export interface CountTableOptions<R extends CountRow> {
  caption: string;
  lang: Lang;
  /** Header of the category code column (CSV only), when codes differ from labels. */
  codeHeader?: string;
  labelHeader: string;
  series: readonly ChartSeries[];
  rows: readonly R[];
  /** Header and links of the records column; defaults to activities linked to their pages. */
  records?: { header: string; links(ids: readonly string[]): { text: string; href: string }[] };
  /** Adds a totals row to the HTML table. */
  total?: R;
  /** Extra columns after the counts (e.g. the regencies named in a province). */
  extra?: readonly DataColumn<R>[];
}

/** Builds the table of a count chart: code, label, one column per series, total, and the records. */
export function countTable<R extends CountRow>(options: CountTableOptions<R>): DataTable<R> {
  const { lang, series } = options;
  const records = options.records ?? {
    header: chartText(lang, "chart.col.activities"),
    links: (ids: readonly string[]) => activityLinks(ids, lang),
  };
  const columns: DataColumn<R>[] = [];
  if (options.codeHeader)
    columns.push({ key: "code", label: options.codeHeader, value: (r) => r.key, show: "csv" });
  columns.push({
    key: "label",
    label: options.labelHeader,
    value: (r) => r.label,
    rowHeader: true,
    ...(options.rows.some((r) => r.href)
      ? { links: (r: R) => (r.href ? [{ text: r.label, href: r.href }] : []) }
      : {}),
  });
  for (const s of series) {
    columns.push({ key: s.key, label: s.label, value: (r) => r.counts[s.key] ?? 0, numeric: true });
  }
  if (series.length > 1) {
    columns.push({
      key: totalKey,
      label: chartText(lang, "chart.col.total"),
      value: (r) => r.total,
      numeric: true,
    });
  }
  columns.push(...(options.extra ?? []));
  columns.push({
    key: "records",
    label: records.header,
    value: (r) => r.ids,
    links: (r) => cappedRecordLinks(r.ids, records.links, r.href ?? r.rowsHref, lang),
  });
  return {
    caption: options.caption,
    columns,
    rows: options.rows,
    rowKey: (r) => r.key,
    ...(options.total ? { total: options.total } : {}),
  };
}

/** Returns the segments a stacked chart draws for count rows: one per non-zero series count, with a tooltip. */
export function stackedData(
  rows: readonly CountRow[],
  series: readonly ChartSeries[],
  lang: Lang,
): StackedDatum[] {
  return rows.flatMap((r) =>
    series
      .map((s) => {
        const value = r.counts[s.key] ?? 0;
        const label = series.length > 1 ? `${r.label} · ${s.label}` : r.label;
        return { category: r.key, series: s.key, value, tip: `${label}: ${formatNumber(value, lang)}` };
      })
      .filter((d) => d.value > 0),
  );
}

/** Sums count rows into a totals row (per series and overall). */
export function totalRow(rows: readonly CountRow[], label: string, ids: readonly string[]): CountRow {
  const counts: Record<string, number> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.counts)) counts[k] = (counts[k] ?? 0) + v;
  return { key: totalKey, label, counts, total: rows.reduce((a, r) => a + r.total, 0), ids };
}
