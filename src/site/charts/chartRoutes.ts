import type { Lang } from "../../lib/model.ts";

/** The localised path segment of the chart pages. */
export const chartSegments: Readonly<Record<Lang, string>> = { id: "grafik", en: "charts" };

/** The files each chart can be downloaded as. */
export const chartFileTypes = ["csv", "svg", "png"] as const;

/** A chart download format. */
export type ChartFileType = (typeof chartFileTypes)[number];

/** Returns the URL path of the list of charts in a language. */
export function chartsPath(lang: Lang): string {
  return `/${lang}/${chartSegments[lang]}/`;
}

/** Returns the URL path of a chart's own page (its permalink) in a language. */
export function chartPath(lang: Lang, id: string): string {
  return `${chartsPath(lang)}${encodeURIComponent(id)}/`;
}

/** Returns the URL path of a chart's embeddable page: the chart alone, without the site's header. */
export function chartEmbedPath(lang: Lang, id: string): string {
  return `${chartPath(lang, id)}embed/`;
}

/** Returns the file name of a chart download, e.g. `activities-per-year.csv`. */
export function chartFileName(id: string, type: ChartFileType): string {
  return `${id}.${type}`;
}

/** Returns the URL path of a chart download in a language (its labels are in that language). */
export function chartFilePath(lang: Lang, id: string, type: ChartFileType): string {
  return `${chartPath(lang, id)}${chartFileName(id, type)}`;
}

/** Returns the dashboard anchor of a chart. */
export function chartAnchorPath(lang: Lang, id: string): string {
  return `/${lang}/#${encodeURIComponent(id)}`;
}
