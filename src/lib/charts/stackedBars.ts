import { formatNumber } from "../format/formatNumber.ts";
import type { Lang } from "../model.ts";
import { type ChartSeries, type StackedDatum, totalKey } from "./chartTypes.ts";
import { tagMarks } from "./markData.ts";

// What the stacked bar chart (bars across) and the stacked column chart (columns up) share: the
// totals at the end of each bar, the value axis, and how each segment is drawn and tagged.

/**
 * The total of each category's stack, tagged for the chart's table: with one series the total is that
 * series' value, with several the table's total column (or `valueKey` when colour marks a grouping).
 */
export function stackTotals(
  data: readonly StackedDatum[],
  series: readonly ChartSeries[],
  valueKey?: string,
) {
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.category, (totals.get(d.category) ?? 0) + d.value);
  const rows = [...totals.entries()].map(([category, value]) => ({ category, value }));
  const column = valueKey ?? (series.length === 1 ? (series[0]?.key ?? totalKey) : totalKey);
  return {
    max: Math.max(0, ...totals.values()),
    rows,
    tag: tagMarks(rows, (d) => ({ row: d.category, col: column, value: d.value })),
  };
}

/** The value axis of stacked bars: from 0 to the last tick, a grid line at each tick, numbers in the page's language. */
export function valueAxis(ticks: readonly number[], label: string, labelAnchor: "right" | "top", lang: Lang) {
  return {
    domain: [0, ticks.at(-1) ?? 1],
    ticks,
    grid: true,
    label,
    labelAnchor,
    labelArrow: "none",
    tickFormat: (d: number) => formatNumber(d, lang),
  } as const;
}

/**
 * How the segments of stacked bars are drawn (a fill per series in legend order, white seams) and
 * tagged for the table and tooltips: each draws its series' column, or `valueKey` for every bar.
 */
export function stackedSegments(
  data: readonly StackedDatum[],
  series: readonly ChartSeries[],
  valueKey?: string,
) {
  return {
    fill: "series",
    order: series.map((s) => s.key),
    stroke: "white",
    strokeWidth: 0.75,
    render: tagMarks(data, (d) => ({
      row: d.category,
      col: valueKey ?? d.series,
      value: d.value,
      ...(d.tip ? { tip: d.tip } : {}),
    })),
  } as const;
}
