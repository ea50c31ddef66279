import { type ChartTextKey, chartText } from "../../i18n/chartText.ts";
import { barChart } from "../../lib/charts/barChart.ts";
import type { ChartSeries } from "../../lib/charts/chartTypes.ts";
import type { Lang } from "../../lib/model.ts";
import { type CountRow, stackedData } from "./countRows.ts";

/** What a count bar chart draws: the rows in display order, their series, and its labels. */
export interface CountBarChartInput {
  rows: readonly CountRow[];
  series: readonly ChartSeries[];
  lang: Lang;
  /** The label of the value axis, e.g. `axis.activities`. */
  xLabel: ChartTextKey;
  ariaLabel: string;
}

/** Returns the drawing of count rows as stacked horizontal bars, one bar per row, at any width. */
export function countBarChart(input: CountBarChartInput): (width: number, document: Document) => string {
  const { rows, series, lang, xLabel, ariaLabel } = input;
  return (width, document) =>
    barChart({
      data: stackedData(rows, series, lang),
      categories: rows.map((r) => ({ key: r.key, label: r.label })),
      series,
      lang,
      width,
      document,
      xLabel: chartText(lang, xLabel),
      ariaLabel,
      // Each bar links to its row's page (a region's, a sector's, a goal's), as the table does.
      hrefOf: (key) => rows.find((r) => r.key === key)?.href,
    });
}
