import { standaloneSvg } from "../../lib/charts/standaloneSvg.ts";
import { tableCsv } from "../../lib/charts/tableCsv.ts";
import { svgToPng } from "../../node/svgToPng.ts";
import type { ChartFileType } from "../filePaths.ts";
import type { ChartView } from "./chartView.ts";

/** A chart download: its bytes and media type. */
export interface ChartFile {
  bytes: Uint8Array;
  mediaType: string;
}

/** Returns the downloadable image of a chart: title, legend, chart, notes and source in one SVG. */
export function chartImage(view: ChartView): string {
  return standaloneSvg({
    svg: view.svgWide,
    title: view.title,
    subtitle: `${view.subtitle} ${view.unit}`,
    legend: view.legend,
    notes: [...view.notes, view.coverage.map((p) => p.text).join(" ")],
    source: view.sourceText,
  });
}

/** The writer of each download format, from the same view as the page. */
const writers: Readonly<Record<ChartFileType, (view: ChartView) => ChartFile | Promise<ChartFile>>> = {
  csv: (view) => ({ bytes: tableCsv(view.table), mediaType: "text/csv; charset=utf-8" }),
  svg: (view) => ({
    bytes: new TextEncoder().encode(chartImage(view)),
    mediaType: "image/svg+xml; charset=utf-8",
  }),
  png: async (view) => ({ bytes: await svgToPng(chartImage(view)), mediaType: "image/png" }),
};

/** Returns a chart's download in a format: CSV of its table, or its image as SVG or PNG. */
export async function chartFile(view: ChartView, type: ChartFileType): Promise<ChartFile> {
  return await writers[type](view);
}
