import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import type { ChartContext, ChartSeries, StackedDatum } from "./chartTypes.ts";
import { integerTicks } from "./integerTicks.ts";
import { toSvgString } from "./toSvgString.ts";

/** Input of a stacked horizontal bar chart: categories down the side, counts stacked by series. */
export interface BarChartInput extends ChartContext {
  data: readonly StackedDatum[];
  /** Categories in display order, top to bottom, with their labels. */
  categories: readonly { key: string; label: string }[];
  series: readonly ChartSeries[];
  xLabel: string;
}

/** Approximate width of a label in 12 px system-ui text, to leave room for category labels. */
function labelWidth(label: string): number {
  return Math.ceil(label.length * 6.6);
}

/** Renders stacked horizontal bars with the total at the end of each bar and returns the SVG markup. */
export function barChart(input: BarChartInput): string {
  const { data, categories, series, lang, document, width, xLabel } = input;
  const labels = new Map(categories.map((c) => [c.key, c.label]));
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.category, (totals.get(d.category) ?? 0) + d.value);
  const max = Math.max(0, ...totals.values());
  const xTicks = integerTicks(max, width < 500 ? 4 : 8);
  const marginLeft = Math.min(
    Math.round(width * 0.45),
    12 + Math.max(0, ...categories.map((c) => labelWidth(c.label))),
  );
  const totalRows = [...totals.entries()].map(([category, value]) => ({ category, value }));
  const svg = Plot.plot({
    document,
    width,
    height: 40 + 56 + categories.length * 34,
    marginLeft,
    marginRight: 28,
    marginTop: 40,
    marginBottom: 16,
    style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
    y: {
      type: "band",
      domain: categories.map((c) => c.key),
      label: null,
      padding: 0.25,
      axis: null,
    },
    x: {
      axis: "top",
      domain: [0, xTicks.at(-1) ?? 1],
      ticks: xTicks,
      grid: true,
      label: xLabel,
      labelAnchor: "right",
      labelArrow: "none",
      tickFormat: (d: number) => formatNumber(d, lang),
    },
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.colour) },
    marks: [
      Plot.barX(data, {
        y: "category",
        x: "value",
        fill: "series",
        order: series.map((s) => s.key),
        stroke: "white",
        strokeWidth: 0.75,
      }),
      Plot.text(totalRows, {
        y: "category",
        x: "value",
        text: (d: { value: number }) => formatNumber(d.value, lang),
        dx: 6,
        textAnchor: "start",
        fontSize: 11,
      }),
      Plot.axisY({
        tickSize: 0,
        tickFormat: (key: string) => labels.get(key) ?? key,
        // Wrap long category labels inside the left margin instead of letting them run off the edge.
        lineWidth: (marginLeft - 10) / 12,
      }),
      Plot.ruleX([0]),
    ],
  });
  return toSvgString(svg, input.ariaLabel);
}
