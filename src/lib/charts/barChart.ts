import * as Plot from "@observablehq/plot";
import { formatNumber } from "../format/formatNumber.ts";
import type { ChartContext, ChartSeries, StackedDatum } from "./chartTypes.ts";
import { integerTicks } from "./integerTicks.ts";
import { stackedSegments, stackTotals, valueAxis } from "./stackedBars.ts";
import { toSvgString } from "./toSvgString.ts";
import { wrapText } from "./wrapText.ts";

/** Input of a stacked horizontal bar chart: categories down the side, counts stacked by series. */
export interface BarChartInput extends ChartContext {
  data: readonly StackedDatum[];
  /** Categories in display order, top to bottom, with their labels. */
  categories: readonly { key: string; label: string }[];
  series: readonly ChartSeries[];
  xLabel: string;
  /**
   * The table column every bar draws, when colour marks a grouping of the categories rather than
   * stacked parts (each bar has one segment); by default a segment draws its series' column.
   */
  valueKey?: string;
}

/** Approximate width of a label in 12 px system-ui text, to leave room for category labels. */
function labelWidth(label: string): number {
  return Math.ceil(label.length * 6.6);
}

/** Renders stacked horizontal bars with the total at the end of each bar and returns the SVG markup. */
export function barChart(input: BarChartInput): string {
  const { data, categories, series, lang, document, width, xLabel } = input;
  const labels = new Map(categories.map((c) => [c.key, c.label]));
  const totals = stackTotals(data, series, input.valueKey);
  const xTicks = integerTicks(totals.max, width < 500 ? 4 : 8);
  const marginLeft = Math.min(
    Math.round(width * 0.45),
    12 + Math.max(0, ...categories.map((c) => labelWidth(c.label))),
  );
  // Each band is tall enough for its longest wrapped label (about 0.55 em per character, 13 px lines).
  const charsPerLine = Math.max(8, Math.floor((marginLeft - 10) / 6.6));
  const lines = Math.max(1, ...categories.map((c) => wrapText(c.label, charsPerLine).length));
  const step = Math.max(34, 12 + lines * 13);
  const svg = Plot.plot({
    document,
    width,
    height: 40 + 56 + categories.length * step,
    marginLeft,
    marginRight: 28,
    marginTop: 40,
    marginBottom: 16,
    style: { fontSize: "12px", fontFamily: "inherit", overflow: "visible" },
    y: {
      type: "band",
      domain: categories.map((c) => c.key),
      label: null,
      // Bars stay about 24 px thick however tall the band is for a wrapped label.
      padding: Math.max(0.25, 1 - 26 / step),
      axis: null,
    },
    x: { axis: "top", ...valueAxis(xTicks, xLabel, "right", lang) },
    color: { domain: series.map((s) => s.key), range: series.map((s) => s.colour) },
    marks: [
      Plot.barX(data, { y: "category", x: "value", ...stackedSegments(data, series, input.valueKey) }),
      Plot.text(totals.rows, {
        y: "category",
        x: "value",
        text: (d: { value: number }) => formatNumber(d.value, lang),
        render: totals.tag,
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
  return toSvgString(svg, input.ariaLabel, input.hrefOf);
}
