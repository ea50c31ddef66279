import type { ChartSeries } from "../../lib/charts/chartTypes.ts";
import type { LegendItem } from "./chartDefinition.ts";

/** Returns the legend of a chart's series: one swatch per series, in series order. */
export function seriesLegend(series: readonly ChartSeries[]): LegendItem[] {
  return series.map((s) => ({ label: s.label, colour: s.colour }));
}
