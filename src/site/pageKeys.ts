import { facetPageKeys } from "./commitmentFacetViews.ts";
import { entityDefinitions } from "./entities/entityDefinitions.ts";
import { explorerPageKeys } from "./explorer/explorerView.ts";
import type { PageKey } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** Lists every page of the site (in one language; each exists in both). */
export function pageKeys(data: SiteData): PageKey[] {
  return [
    { kind: "dashboard" },
    ...explorerPageKeys(data, "activities"),
    ...data.datasets.activities.map((a) => ({ kind: "activity" as const, id: a.id })),
    { kind: "participants" },
    { kind: "countries" },
    { kind: "provinces" },
    { kind: "regions" },
    { kind: "sectors" },
    { kind: "sdgs" },
    ...(["country", "region", "province", "regency", "sector", "sdg"] as const).flatMap((kind) =>
      entityDefinitions[kind].codes(data).map((id) => ({ kind, id })),
    ),
    { kind: "organisations" },
    ...data.datasets.organisations.map((o) => ({ kind: "organisation" as const, id: o.id })),
    { kind: "commitments" },
    ...data.datasets.commitments.map((c) => ({ kind: "commitment" as const, id: c.id })),
    ...facetPageKeys(data),
    ...explorerPageKeys(data, "claims"),
    ...data.datasets.statements.map((s) => ({ kind: "claim" as const, id: s.id })),
    ...explorerPageKeys(data, "finances"),
    { kind: "catalog" },
    ...[...data.siteDatasets.keys()].map((name) => ({ kind: "dataset" as const, id: name })),
    { kind: "about" },
    { kind: "search" },
  ];
}
