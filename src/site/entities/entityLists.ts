import { findText } from "../../i18n/findText.ts";
import { t } from "../../i18n/t.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import type { Lang } from "../../lib/model.ts";
import { builtExplorer } from "../explorer/builtExplorer.ts";
import { type PageKey, pathOf } from "../routes.ts";
import type { SiteData } from "../siteData.ts";
import { type EntityPageKind, entityDefinitions } from "./entityDefinitions.ts";
import { entityName, entityPage } from "./entityView.ts";

/** The list page each kind of entity belongs to (its breadcrumb and its "browse by" link). */
const listOf: Record<EntityPageKind, { key: PageKey; title: (lang: Lang) => string }> = {
  country: { key: { kind: "countries" }, title: (l) => t(l, "countries.title") },
  region: { key: { kind: "regions" }, title: (l) => findText(l, "list.regions") },
  province: { key: { kind: "provinces" }, title: (l) => t(l, "provinces.title") },
  regency: { key: { kind: "provinces" }, title: (l) => t(l, "provinces.title") },
  sector: { key: { kind: "sectors" }, title: (l) => findText(l, "list.sectors") },
  sdg: { key: { kind: "sdgs" }, title: (l) => findText(l, "list.sdgs") },
  organisation: { key: { kind: "organisations" }, title: (l) => t(l, "organisations.title") },
};

/** One entity in a list: its name linking to its page, its code, and how many rows of each kind name it. */
export interface EntityListRow {
  name: string;
  href: string;
  code: string;
  counts: string[];
}

/** A list of entities of one kind (regions, sectors, goals), with the row counts of each. */
export interface EntityListView {
  title: string;
  lede: string;
  /** Headers of the count columns (activities, funding amounts). */
  countHeaders: string[];
  rows: EntityListRow[];
}

const ledes = { region: "list.regionsLede", sector: "list.sectorsLede", sdg: "list.sdgsLede" } as const;

/** Builds the list page of regions, sectors or goals: every one some record names, most rows first (goals in order). */
export function entityListView(
  data: SiteData,
  kind: "region" | "sector" | "sdg",
  lang: Lang,
): EntityListView {
  const definition = entityDefinitions[kind];
  const n = (v: number) => formatNumber(v, lang);
  const rows = definition.codes(data).map((code) => {
    const totals = definition.rows.map((r) => builtExplorer(data, r.explorer).rowsOf(r.facet, code).length);
    return {
      code,
      name: entityName(data, kind, code, lang),
      href: pathOf(entityPage(kind, code), lang),
      totals,
    };
  });
  if (kind !== "sdg")
    rows.sort((a, b) => (b.totals[0] ?? 0) - (a.totals[0] ?? 0) || a.name.localeCompare(b.name, lang));
  return {
    title: listOf[kind].title(lang),
    lede: findText(lang, ledes[kind]),
    countHeaders: definition.rows.map((r) => findText(lang, `entity.${r.explorer}`)),
    rows: rows.map(({ totals, ...row }) => ({ ...row, counts: totals.map(n) })),
  };
}
