import type { Lang } from "../../lib/model.ts";
import { provincesOf } from "../../lib/stats/provincesOf.ts";
import { regionOfCountry } from "../explorer/activityExplorer.ts";
import { codeName, regionList } from "../explorer/codeNames.ts";
import type { ExplorerId } from "../explorer/explorerRegistry.ts";
import type { SiteData } from "../siteData.ts";

/** The kinds of page about a place, sector, goal or organisation (records have their own pages). */
export type EntityPageKind =
  | "country"
  | "region"
  | "province"
  | "regency"
  | "sector"
  | "sdg"
  | "organisation";

/** Which rows of an explorer name an entity: the explorer and the facet whose value is the entity's code. */
export interface EntityRows {
  explorer: ExplorerId;
  facet: string;
}

/** How the site builds the pages of one kind of entity. */
export interface EntityDefinition {
  kind: EntityPageKind;
  /** The label list that names the codes. */
  list: string;
  /** The codes that get a page: those some record names. */
  codes(data: SiteData): string[];
  /** The explorers whose rows the page lists, by facet. */
  rows: readonly EntityRows[];
  /** The page's title for a code. */
  title(data: SiteData, code: string, lang: Lang): string;
}

const sorted = (codes: Iterable<string | undefined>) =>
  [...new Set([...codes].filter((c): c is string => c !== undefined && c !== ""))].sort();

/** Partner countries, world regions, provinces, regencies, sectors, goals and organisations. */
export const entityDefinitions: Readonly<Record<EntityPageKind, EntityDefinition>> = {
  country: {
    kind: "country",
    list: "countries",
    codes: (data) =>
      sorted([
        ...data.datasets.activities.flatMap((a) => a.recipient_countries ?? []),
        ...data.datasets.finances.map((f) => f.recipient_country),
      ]),
    rows: [
      { explorer: "activities", facet: "country" },
      { explorer: "finances", facet: "country" },
    ],
    title: (data, code, lang) => codeName(data, "countries", code, lang),
  },
  region: {
    kind: "region",
    list: regionList,
    codes: (data) =>
      sorted([
        ...data.datasets.activities.flatMap((a) => (a.recipient_countries ?? []).map(regionOfCountry)),
        ...data.datasets.finances.map(
          (f) =>
            f.recipient_region ?? (f.recipient_country ? regionOfCountry(f.recipient_country) : undefined),
        ),
      ]),
    rows: [
      { explorer: "activities", facet: "region" },
      { explorer: "finances", facet: "region" },
    ],
    title: (data, code, lang) => codeName(data, regionList, code, lang),
  },
  province: {
    kind: "province",
    list: "provinces",
    codes: (data) => sorted(data.datasets.activities.flatMap(provincesOf)),
    rows: [{ explorer: "activities", facet: "province" }],
    title: (data, code, lang) => codeName(data, "provinces", code, lang),
  },
  regency: {
    kind: "regency",
    list: "regencies",
    codes: (data) => sorted(data.datasets.activities.flatMap((a) => a.regencies ?? [])),
    rows: [{ explorer: "activities", facet: "regency" }],
    title: (data, code, lang) => codeName(data, "regencies", code, lang),
  },
  sector: {
    kind: "sector",
    list: "dac-sectors",
    codes: (data) =>
      sorted([
        ...data.datasets.activities.flatMap((a) => a.sectors ?? []),
        ...data.datasets.finances.map((f) => f.sector),
      ]),
    rows: [
      { explorer: "activities", facet: "sector" },
      { explorer: "finances", facet: "sector" },
    ],
    title: (data, code, lang) => codeName(data, "dac-sectors", code, lang),
  },
  sdg: {
    kind: "sdg",
    list: "sdgs",
    codes: (data) =>
      sorted(data.datasets.activities.flatMap((a) => (a.sdgs ?? []).map(String))).sort(
        (a, b) => Number(a) - Number(b),
      ),
    rows: [{ explorer: "activities", facet: "sdg" }],
    title: (data, code, lang) => `${code}. ${codeName(data, "sdgs", code, lang)}`,
  },
  organisation: {
    kind: "organisation",
    list: "organisations",
    codes: (data) => data.datasets.organisations.map((o) => o.id),
    rows: [
      { explorer: "activities", facet: "org" },
      { explorer: "finances", facet: "org" },
      { explorer: "claims", facet: "org" },
    ],
    title: (data, code, lang) => codeName(data, "organisations", code, lang),
  },
};
