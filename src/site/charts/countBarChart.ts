import { barChart } from "../../lib/charts/barChart.ts";
import type { ChartContext, ChartSeries } from "../../lib/charts/chartTypes.ts";
import { type CountRow, stackedData } from "./countRows.ts";

/** Input of a count bar chart: the rows in display order, their series, and the axis label. */
export interface CountBarChartInput extends ChartContext {
  rows: readonly CountRow[];
  series: readonly ChartSeries[];
  xLabel: string;
}

/** Draws count rows as stacked horizontal bars, one bar per row, and returns the SVG markup. */
export function countBarChart(input: CountBarChartInput): string {
  const { rows, series, lang } = input;
  return barChart({
    data: stackedData(rows, series, lang),
    categories: rows.map((r) => ({ key: r.key, label: r.label })),
    series,
    lang,
    width: input.width,
    document: input.document,
    xLabel: input.xLabel,
    ariaLabel: input.ariaLabel,
  });
}
