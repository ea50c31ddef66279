import { chartText } from "../i18n/chartText.ts";
import { findText } from "../i18n/findText.ts";
import { releaseText } from "../i18n/releaseText.ts";
import { t } from "../i18n/t.ts";
import type { Lang } from "../lib/model.ts";
import { ancestorsOf, type ListKind, type PageKey, pathOf } from "./routes.ts";

/** One link of a page's breadcrumb trail. */
export interface Crumb {
  text: string;
  href: string;
}

/** How each list page is named in a breadcrumb trail that passes through it. */
const crumbLabels: Record<ListKind, (lang: Lang) => string> = {
  dashboard: (lang) => t(lang, "nav.dashboard"),
  activities: (lang) => t(lang, "activities.title"),
  participants: (lang) => t(lang, "participants.title"),
  countries: (lang) => t(lang, "countries.title"),
  provinces: (lang) => t(lang, "provinces.title"),
  organisations: (lang) => t(lang, "organisations.title"),
  commitments: (lang) => t(lang, "commitments.title"),
  claims: (lang) => t(lang, "claims.title"),
  catalog: (lang) => t(lang, "catalog.title"),
  about: (lang) => t(lang, "about.title"),
  charts: (lang) => chartText(lang, "charts.title"),
  releases: (lang) => releaseText(lang, "releases.title"),
  search: (lang) => findText(lang, "search.title"),
  finances: (lang) => findText(lang, "finances.title"),
  regions: (lang) => findText(lang, "list.regions"),
  sectors: (lang) => findText(lang, "list.sectors"),
  sdgs: (lang) => findText(lang, "list.sdgs"),
};

/**
 * Returns a page's breadcrumb trail: the list pages above it in the route table (routes.ts), from
 * the dashboard down; empty for the dashboard.
 */
export function breadcrumbs(page: PageKey, lang: Lang): Crumb[] {
  return ancestorsOf(page).map((kind) => ({ text: crumbLabels[kind](lang), href: pathOf({ kind }, lang) }));
}
