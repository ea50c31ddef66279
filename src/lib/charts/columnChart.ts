import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import { type ChartContext, type ChartSeries, type StackedDatum, totalKey } from "./chartTypes.ts";
import { integerTicks } from "./integerTicks.ts";
import { tagMarks } from "./markData.ts";
import { toSvgString } from "./toSvgString.ts";

/** Input of a stacked column chart: categories along x (e.g. years), counts stacked by series. */
export interface ColumnChartInput extends ChartContext {
  data: readonly StackedDatum[];
  /** Every category in order, including empty ones (years without activities). */
  categories: readonly string[];
  series: readonly ChartSeries[];
  yLabel: string;
  height?: number;
}

/**
 * Renders stacked columns with a total above each column and returns the SVG markup. Only every
 * n-th category is labelled when the chart is too narrow for all labels.
 */
export function columnChart(input: ColumnChartInput): string {
  const { data, categories, series, lang, document, width, yLabel } = input;
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.category, (totals.get(d.category) ?? 0) + d.value);
  const max = Math.max(0, ...totals.values());
  const yTicks = integerTicks(max);
  const band = (width - 50) / Math.max(1, categories.length);
  const every = Math.max(1, Math.ceil(42 / band));
  const labelled = categories.filter((_, i) => i % every === 0);
  const totalRows = [...totals.entries()].map(([category, value]) => ({ category, value }));
  // With one series the total is that series' value; with several it is the table's total column.
  const totalCol = series.length === 1 ? (series[0]?.key ?? totalKey) : totalKey;
  const tagTotals = tagMarks((i) => {
    const d = totalRows[i];
    return d && { row: d.category, col: totalCol, value: d.value };
  });
  const svg = Plot.plot({
    document,
    width,
    height: input.height ?? (width < 500 ? 220 : 280),
    marginLeft: 44,
    marginTop: 24,
    marginBottom: 36,
    style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
    x: { type: "band", domain: [...categories], label: null, ticks: labelled, tickSize: 0, padding: 0.15 },
    y: {
      domain: [0, yTicks.at(-1) ?? 1],
      ticks: yTicks,
      grid: true,
      label: yLabel,
      labelAnchor: "top",
      labelArrow: "none",
      tickFormat: (d: number) => formatNumber(d, lang),
    },
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.colour) },
    marks: [
      Plot.barY(data, {
        x: "category",
        y: "value",
        fill: "series",
        order: series.map((s) => s.key),
        stroke: "white",
        strokeWidth: 0.75,
        render: tagMarks((i) => {
          const d = data[i];
          return d && { row: d.category, col: d.series, value: d.value, ...(d.tip ? { tip: d.tip } : {}) };
        }),
      }),
      band >= 14
        ? Plot.text(totalRows, {
            x: "category",
            y: "value",
            text: (d: { value: number }) => formatNumber(d.value, lang),
            render: tagTotals,
            dy: -7,
            fontSize: 11,
          })
        : null,
      Plot.ruleY([0]),
    ],
  });
  return toSvgString(svg, input.ariaLabel);
}
