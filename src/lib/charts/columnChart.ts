import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import type { ChartContext, ChartSeries, StackedDatum } from "./chartTypes.ts";
import { integerTicks } from "./integerTicks.ts";
import { stackedSegments, stackTotals, valueAxis } from "./stackedBars.ts";
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
  const totals = stackTotals(data, series);
  const yTicks = integerTicks(totals.max);
  const band = (width - 50) / Math.max(1, categories.length);
  const every = Math.max(1, Math.ceil(42 / band));
  const labelled = categories.filter((_, i) => i % every === 0);
  const svg = Plot.plot({
    document,
    width,
    height: input.height ?? (width < 500 ? 220 : 280),
    marginLeft: 44,
    marginTop: 24,
    marginBottom: 36,
    style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
    x: { type: "band", domain: [...categories], label: null, ticks: labelled, tickSize: 0, padding: 0.15 },
    y: valueAxis(yTicks, yLabel, "top", lang),
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.colour) },
    marks: [
      Plot.barY(data, { x: "category", y: "value", ...stackedSegments(data, series) }),
      band >= 14
        ? Plot.text(totals.rows, {
            x: "category",
            y: "value",
            text: (d: { value: number }) => formatNumber(d.value, lang),
            render: totals.tag,
            dy: -7,
            fontSize: 11,
          })
        : null,
      Plot.ruleY([0]),
    ],
  });
  return toSvgString(svg, input.ariaLabel);
}
