import type { Lang } from "../../lib/model.ts";
import type { SiteData } from "../siteData.ts";
import { chartById } from "./chartRegistry.ts";
import { type ChartView, chartView } from "./chartView.ts";

const cache = new WeakMap<SiteData, Map<string, ChartView>>();

/**
 * Returns the view of a chart of the registry in a language, computed once per build (the dashboard,
 * the chart page, its embed and its downloads all read the same drawing and table). Throws for an
 * unknown id.
 */
export function chartViewOf(data: SiteData, id: string, lang: Lang, site: URL | undefined): ChartView {
  const views = cache.get(data) ?? new Map<string, ChartView>();
  cache.set(data, views);
  const key = `${lang}:${id}`;
  const cached = views.get(key);
  if (cached) return cached;
  const definition = chartById(id);
  if (!definition) throw new Error(`No chart "${id}" in src/site/charts/chartRegistry.ts.`);
  const view = chartView(data, definition, lang, site);
  views.set(key, view);
  return view;
}
