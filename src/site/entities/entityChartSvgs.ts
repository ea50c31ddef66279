import { findText } from "../../i18n/findText.ts";
import { columnChart } from "../../lib/charts/columnChart.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { builtExplorer } from "../explorer/builtExplorer.ts";
import { pageKeys } from "../pageKeys.ts";
import { langs } from "../routes.ts";
import { serverDocument } from "../serverDocument.ts";
import type { SiteData } from "../siteData.ts";
import { type EntityPageKind, entityDefinitions } from "./entityDefinitions.ts";

/** An entity's activities started in a year. */
export interface EntityYear {
  year: string;
  count: number;
}

/** The rows of the activities explorer that an entity page lists (none for kinds without activities). */
export function entityActivityRows(data: SiteData, kind: EntityPageKind, code: string): readonly number[] {
  const facet = entityDefinitions[kind].rows.find((r) => r.explorer === "activities")?.facet;
  return facet === undefined ? [] : builtExplorer(data, "activities").rowsOf(facet, code);
}

/** The years of the rows' start (activities) with their counts, in order, every year between included. */
export function entityYears(data: SiteData, rows: readonly number[]): EntityYear[] {
  const activities = builtExplorer(data, "activities");
  const yearColumn = activities.spec.columns.findIndex((c) => c.name === "start_year");
  const counts = new Map<number, number>();
  for (const r of rows) {
    const y = activities.rows[r]?.[yearColumn] ?? "";
    if (y !== "") counts.set(Number(y), (counts.get(Number(y)) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => ({
    year: String(first + i),
    count: counts.get(first + i) ?? 0,
  }));
}

/** What makes an entity chart: its language and counts per year (two entities alike share one). */
export function entityChartKey(years: readonly EntityYear[], lang: Lang): string {
  return `${lang} ${years.map((y) => `${y.year}:${y.count}`).join(",")}`;
}

/** The SVG of an entity's activities per year (Observable Plot), as its page shows it. */
export function entityChartSvg(years: readonly EntityYear[], lang: Lang): string {
  const caption = findText(lang, "entity.perYear");
  const n = (v: number) => formatNumber(v, lang);
  return columnChart({
    lang,
    document: serverDocument(),
    width: 560,
    height: 200,
    ariaLabel: `${caption}: ${years.map((y) => `${y.year} ${n(y.count)}`).join(", ")}`,
    data: years.map((y) => ({ category: y.year, series: "activities", value: y.count })),
    categories: years.map((y) => y.year),
    series: [{ key: "activities", label: caption, colour: categoricalColour(0) }],
    yLabel: findText(lang, "entity.activitiesAxis"),
  });
}

/**
 * The charts of every entity and organisation page of the site in both languages, by `entityChartKey`: made on the
 * build's worker thread while Astro's thread renders other pages (src/site/buildThread.ts).
 */
export function entityChartSvgs(data: SiteData): Map<string, string> {
  const svgs = new Map<string, string>();
  for (const page of pageKeys(data)) {
    const kind = page.kind in entityDefinitions ? (page.kind as EntityPageKind) : undefined;
    if (kind === undefined || !("id" in page)) continue;
    const years = entityYears(data, entityActivityRows(data, kind, page.id));
    if (years.length < 2) continue;
    for (const lang of langs) {
      const key = entityChartKey(years, lang);
      if (!svgs.has(key)) svgs.set(key, entityChartSvg(years, lang));
    }
  }
  return svgs;
}
