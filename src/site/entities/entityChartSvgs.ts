import { findText } from "../../i18n/findText.ts";
import { columnChart } from "../../lib/charts/columnChart.ts";
import { integerTicks } from "../../lib/charts/integerTicks.ts";
import { categoricalColour } from "../../lib/charts/palette.ts";
import { xmlAttribute, xmlText } from "../../lib/charts/xmlMarkup.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { closeBidi } from "../../lib/text/closeBidi.ts";
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

/** The texts of an entity chart in a language: its caption (the series' name), text alternative and axis label. */
function chartTexts(years: readonly EntityYear[], lang: Lang) {
  const caption = findText(lang, "entity.perYear");
  const n = (v: number) => formatNumber(v, lang);
  return {
    caption,
    ariaLabel: `${caption}: ${years.map((y) => `${y.year} ${n(y.count)}`).join(", ")}`,
    yLabel: findText(lang, "entity.activitiesAxis"),
  };
}

/** The SVG of an entity's activities per year (Observable Plot), as its page shows it. */
export function entityChartSvg(years: readonly EntityYear[], lang: Lang): string {
  const { caption, ariaLabel, yLabel } = chartTexts(years, lang);
  return columnChart({
    lang,
    document: serverDocument(),
    width: 560,
    height: 200,
    ariaLabel,
    data: years.map((y) => ({ category: y.year, series: "activities", value: y.count })),
    categories: years.map((y) => y.year),
    series: [{ key: "activities", label: caption, colour: categoricalColour(0) }],
    yLabel,
  });
}

/** `text` in `svg` exactly once: its place, or -1. */
function onlyPlace(svg: string, text: string): number {
  const at = svg.indexOf(text);
  return at >= 0 && svg.indexOf(text, at + 1) < 0 ? at : -1;
}

/**
 * The chart of `years` in language `to` made from its SVG in language `from`, or undefined where that
 * cannot be told safely (the chart is then drawn again). The two differ only in the text alternative
 * (on the `<svg>` element) and the axis label, when every number the chart writes (each year's count
 * above its column, the axis ticks) reads the same in both languages; the caption is not drawn.
 * Drawing a chart with Plot in linkedom costs a few milliseconds, about as much as the rest of its
 * page (docs/build.md, "Eighth pass").
 */
export function entityChartIn(
  svg: string,
  years: readonly EntityYear[],
  from: Lang,
  to: Lang,
): string | undefined {
  const counts = years.map((y) => y.count);
  const numbers = [...counts, ...integerTicks(Math.max(0, ...counts))];
  if (numbers.some((v) => formatNumber(v, from) !== formatNumber(v, to))) return undefined;
  const a = chartTexts(years, from);
  const b = chartTexts(years, to);
  const aria = [` aria-label="${xmlAttribute(a.ariaLabel)}"`, ` aria-label="${xmlAttribute(b.ariaLabel)}"`];
  const label = [`>${xmlText(closeBidi(a.yLabel))}</text>`, `>${xmlText(closeBidi(b.yLabel))}</text>`];
  const ariaAt = onlyPlace(svg, aria[0] ?? "");
  const labelAt = onlyPlace(svg, label[0] ?? "");
  // The text alternative on the chart's own element, the axis label once, the caption nowhere else.
  if (ariaAt < 0 || ariaAt > svg.indexOf(">") || labelAt < 0) return undefined;
  if (onlyPlace(svg, a.caption) < 0) return undefined;
  const [first, second] = ariaAt < labelAt ? [ariaAt, labelAt] : [labelAt, ariaAt];
  const [firstOld, firstNew, secondOld, secondNew] =
    ariaAt < labelAt ? [aria[0], aria[1], label[0], label[1]] : [label[0], label[1], aria[0], aria[1]];
  return (
    svg.slice(0, first) +
    firstNew +
    svg.slice(first + (firstOld ?? "").length, second) +
    secondNew +
    svg.slice(second + (secondOld ?? "").length)
  );
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
    // The first language's chart is drawn, the others' made from it where they differ only in their texts.
    let drawn: { lang: Lang; svg: string } | undefined;
    for (const lang of langs) {
      const key = entityChartKey(years, lang);
      if (svgs.has(key)) continue;
      const svg = (drawn && entityChartIn(drawn.svg, years, drawn.lang, lang)) ?? entityChartSvg(years, lang);
      drawn ??= { lang, svg };
      svgs.set(key, svg);
    }
  }
  return svgs;
}
