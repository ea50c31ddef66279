import { findText } from "../../i18n/findText.ts";
import type { DisplayColumn } from "../../lib/explorer/displayCell.ts";
import { displayCell } from "../../lib/explorer/displayCell.ts";
import { emptyState, explorerQuery } from "../../lib/explorer/explorerState.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { regionOfCountry } from "../explorer/activityExplorer.ts";
import { builtExplorer } from "../explorer/builtExplorer.ts";
import { codeName } from "../explorer/codeNames.ts";
import { explorerBase } from "../explorer/explorerRegistry.ts";
import { type ExplorerTableRow, explorerPagePath } from "../explorer/explorerView.ts";
import type { Inline } from "../fieldValues.ts";
import { langs, type PageKey, pathOf } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { type SourceView, sourceViews } from "../sourceViews.ts";
import {
  type EntityYear,
  entityActivityRows,
  entityChartKey,
  entityChartSvg,
  entityYears,
} from "./entityChartSvgs.ts";
import { type EntityPageKind, type EntityRows, entityDefinitions } from "./entityDefinitions.ts";

/** Rows an entity page lists per dataset before "see all in the explorer". */
export const entityRowLimit = 50;

/** One dataset's rows on an entity page: a table of the first ones, the count, the explorer view and the download. */
export interface EntitySection {
  id: string;
  title: string;
  count: string;
  total: number;
  display: DisplayColumn[];
  rows: ExplorerTableRow[];
  /** The explorer filtered to these rows ("see the rows"), and its files for the download. */
  explorerHref: string;
  explorerBase: string;
  query: string;
  fileName: string;
}

/** A small chart of an entity's activities per year, with its table. */
export interface EntityChart {
  svg: string;
  caption: string;
  rows: { year: string; count: string }[];
}

/** Everything an entity page shows. */
export interface EntityView {
  kind: EntityPageKind;
  code: string;
  title: string;
  facts: { label: string; value: string }[];
  sections: EntitySection[];
  chart?: EntityChart;
  related: { title: string; links: Inline[] }[];
  sources: SourceView[];
  /** Sources cited by rows beyond those listed. */
  moreSources: number;
}

/** Returns the page key of an entity. */
export function entityPage(kind: EntityPageKind, code: string): PageKey {
  return { kind, id: code };
}

const sectionTitles = {
  activities: "entity.activities",
  finances: "entity.finances",
  claims: "entity.claims",
} as const;

/** Builds one section of rows (activities, finances or claims) naming an entity. */
function section(data: SiteData, link: EntityRows, code: string, lang: Lang): EntitySection | undefined {
  const built = builtExplorer(data, link.explorer);
  const found = built.rowsOf(link.facet, code);
  if (found.length === 0) return undefined;
  const display = built.definition.display(data, lang);
  const labels = built.labels[lang];
  const rows = found.slice(0, entityRowLimit).map((r) => {
    const row = built.rows[r] ?? [];
    return {
      id: row[0] ?? "",
      cells: display.map((d) => displayCell(d, row, built.spec.columns, labels, lang)),
    };
  });
  const query = explorerQuery({ ...emptyState(built.spec), filters: { [link.facet]: [code] } }, built.spec);
  const n = (v: number) => formatNumber(v, lang);
  const count = built.definition.count;
  return {
    id: link.explorer,
    title: findText(lang, sectionTitles[link.explorer]),
    count: findText(lang, found.length === 1 ? count.one : count.other, { count: n(found.length) }),
    total: found.length,
    display,
    rows,
    explorerHref: `${explorerPagePath(link.explorer, 1, lang)}${query}`,
    explorerBase: explorerBase(link.explorer),
    query,
    fileName: `${built.definition.dataset}-${link.facet}-${code}`.replace(/[^A-Za-z0-9._-]+/g, "-"),
  };
}

/** Lists the places, sectors and goals related to an entity: a region's countries, a province's regencies… */
function related(data: SiteData, kind: EntityPageKind, code: string, lang: Lang): EntityView["related"] {
  const link = (k: EntityPageKind, c: string): Inline => ({
    text: entityDefinitions[k].title(data, c, lang),
    href: pathOf(entityPage(k, c), lang),
  });
  const out: EntityView["related"] = [];
  const activities = builtExplorer(data, "activities");
  const rowsOf = (facet: string) =>
    activities.rowsOf(facet, code).map((r) => data.index.activities.get(activities.ids[r] ?? ""));
  if (kind === "region") {
    const countries = entityDefinitions.country.codes(data).filter((c) => regionOfCountry(c) === code);
    if (countries.length > 0)
      out.push({
        title: findText(lang, "entity.countriesInRegion"),
        links: countries.map((c) => link("country", c)),
      });
  }
  if (kind === "province") {
    const regencies = [...new Set(rowsOf("province").flatMap((a) => a?.regencies ?? []))]
      .filter((r) => r.startsWith(`${code}.`))
      .sort();
    if (regencies.length > 0)
      out.push({
        title: findText(lang, "entity.regencies"),
        links: regencies.map((r) => link("regency", r)),
      });
  }
  if (kind === "regency") {
    const province = code.split(".")[0] ?? "";
    out.push({ title: findText(lang, "entity.province"), links: [link("province", province)] });
  }
  return out;
}

/**
 * The SVG of entity charts made beforehand (on the build's worker thread, `entityChartSvgs`), by
 * `entityChartKey`; a chart missing from it is made when its page is.
 */
export type EntityChartSvgs = ReadonlyMap<string, string>;

/** What an entity page shows in every language: its activities per year, and the sources they cite. */
interface EntityFigures {
  years: EntityYear[];
  /** The sources cited by the entity's activities, most cited first. */
  ranked: string[];
}

const figuresMade = new WeakMap<SiteData, Map<string, { figures: EntityFigures; uses: number }>>();

/**
 * An entity's figures, made once for all the languages of its page (each language's page asks once)
 * and let go once every language has had them.
 */
function entityFigures(data: SiteData, kind: EntityPageKind, code: string): EntityFigures {
  let made = figuresMade.get(data);
  if (!made) {
    made = new Map();
    figuresMade.set(data, made);
  }
  const key = `${kind}:${code}`;
  const kept = made.get(key);
  if (kept) {
    kept.uses += 1;
    if (kept.uses >= langs.length) made.delete(key);
    return kept.figures;
  }
  const activityRows = entityActivityRows(data, kind, code);
  const activities = builtExplorer(data, "activities");
  const cited = new Map<string, number>();
  for (const r of activityRows) {
    const activity = data.index.activities.get(activities.ids[r] ?? "");
    for (const id of activity?.source_ids ?? []) cited.set(id, (cited.get(id) ?? 0) + 1);
  }
  const figures = {
    years: entityYears(data, activityRows),
    ranked: [...cited].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id),
  };
  if (langs.length > 1) made.set(key, { figures, uses: 1 });
  return figures;
}

/** Builds the page of a partner country, region, province, regency, sector, goal or organisation. */
export function entityView(
  data: SiteData,
  kind: EntityPageKind,
  code: string,
  lang: Lang,
  svgs?: EntityChartSvgs,
): EntityView {
  const definition = entityDefinitions[kind];
  const sections = definition.rows.flatMap((link) => section(data, link, code, lang) ?? []);
  const { years, ranked } = entityFigures(data, kind, code);
  const n = (v: number) => formatNumber(v, lang);
  let chart: EntityChart | undefined;
  if (years.length >= 2) {
    chart = {
      caption: findText(lang, "entity.perYear"),
      rows: years.map((y) => ({ year: y.year, count: n(y.count) })),
      svg: svgs?.get(entityChartKey(years, lang)) ?? entityChartSvg(years, lang),
    };
  }
  const facts = sections.map((s) => ({ label: s.title, value: n(s.total) }));
  return {
    kind,
    code,
    title: definition.title(data, code, lang),
    facts,
    sections,
    ...(chart ? { chart } : {}),
    related: related(data, kind, code, lang),
    sources: sourceViews(data, ranked.slice(0, 20), lang),
    moreSources: Math.max(0, ranked.length - 20),
  };
}

/** Returns an entity's name, for lists and links. */
export function entityName(data: SiteData, kind: EntityPageKind, code: string, lang: Lang): string {
  return kind === "sdg"
    ? entityDefinitions.sdg.title(data, code, lang)
    : codeName(data, entityDefinitions[kind].list, code, lang);
}
