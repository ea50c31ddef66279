import { findText } from "../../i18n/findText.ts";
import { t } from "../../i18n/t.ts";
import type { Activity } from "../../lib/model.ts";
import { yearOf } from "../../lib/partialDate.ts";
import { regionOfPlace } from "../../lib/stats/countryRegions.ts";
import { organisationsOf } from "../../lib/stats/organisationsOf.ts";
import { provincesOf } from "../../lib/stats/provincesOf.ts";
import { byStartDesc } from "../activityViews.ts";
import { countryPlace } from "../charts/worldOutlines.ts";
import { pathOf } from "../routes.ts";
import { regionList } from "./codeNames.ts";
import { defineExplorer } from "./explorerDefinition.ts";
import { hrefPattern } from "./hrefPattern.ts";

const regionCache = new Map<string, string>();

/** Returns the world region of a partner country (UN M49, as the dashboard's region chart groups them). */
export function regionOfCountry(code: string): string {
  let region = regionCache.get(code);
  if (region === undefined) {
    region = regionOfPlace(code, countryPlace(code)) ?? "other";
    regionCache.set(code, region);
  }
  return region;
}

/** The activities explorer: filter by place, sector, goal, kind, year and organisation; names beside codes. */
export const activityExplorer = defineExplorer<Activity>({
  id: "activities",
  dataset: "activities",
  derived: [
    {
      column: { name: "recipient_regions", labels: regionList, list: true },
      value: (a) => [...new Set((a.recipient_countries ?? []).map(regionOfCountry))].sort().join(";"),
    },
    {
      column: { name: "all_provinces", labels: "provinces", list: true },
      value: (a) => provincesOf(a).join(";"),
    },
    {
      column: { name: "all_organisations", labels: "organisations", list: true },
      value: (a) => organisationsOf(a).join(";"),
    },
    { column: { name: "start_year" }, value: (a) => String(yearOf(a.start_date) ?? "") },
  ],
  facets: [
    { name: "country", column: "recipient_countries", label: (l) => findText(l, "facet.country") },
    { name: "region", column: "recipient_regions", label: (l) => findText(l, "facet.region") },
    { name: "province", column: "all_provinces", label: (l) => findText(l, "facet.province") },
    { name: "regency", column: "regencies", label: (l) => findText(l, "facet.regency") },
    { name: "sector", column: "sectors", label: (l) => findText(l, "facet.sector") },
    { name: "sdg", column: "sdgs", label: (l) => findText(l, "facet.sdg") },
    { name: "modality", column: "modality", label: (l) => findText(l, "facet.modality") },
    { name: "type", column: "type", label: (l) => findText(l, "facet.type") },
    { name: "status", column: "status", label: (l) => findText(l, "facet.status") },
    { name: "org", column: "all_organisations", label: (l) => findText(l, "facet.org") },
    { name: "year", column: "start_year", range: true, label: (l) => findText(l, "facet.year") },
  ],
  sorts: [
    { name: "start", column: "start_date", type: "date" },
    { name: "title", column: { id: "title_id", en: "title_en" }, type: "text" },
    { name: "participants", column: "participants_total", type: "number" },
  ],
  defaultSort: { name: "start", desc: true },
  text: [
    "id",
    "title_id",
    "title_en",
    "venue_id",
    "venue_en",
    "regencies",
    "recipient_countries",
    "all_organisations",
  ],
  records: (data) => [...data.datasets.activities].sort(byStartDesc),
  display: (_data, lang) => [
    { header: t(lang, "activities.col.start"), column: "start_date", kind: "date", sort: "start" },
    {
      header: t(lang, "activities.col.title"),
      column: `title_${lang}`,
      kind: "link",
      idColumn: "id",
      href: hrefPattern(pathOf({ kind: "activity", id: "{id}" }, lang)),
      sort: "title",
    },
    { header: t(lang, "activities.col.type"), column: "type", kind: "names" },
    { header: t(lang, "activities.col.modality"), column: "modality", kind: "names" },
    { header: t(lang, "activities.col.countries"), column: "recipient_countries", kind: "names" },
    {
      header: t(lang, "activities.col.participants"),
      column: "participants_total",
      kind: "number",
      numeric: true,
      sort: "participants",
    },
  ],
  count: { one: "count.activities.one", other: "count.activities" },
});
