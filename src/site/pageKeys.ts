import { facetPageKeys } from "./commitmentFacetViews.ts";
import type { PageKey } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** Lists every page of the site (in one language; each exists in both). */
export function pageKeys(data: SiteData): PageKey[] {
  return [
    { kind: "dashboard" },
    { kind: "activities" },
    ...data.datasets.activities.map((a) => ({ kind: "activity" as const, id: a.id })),
    { kind: "participants" },
    { kind: "countries" },
    { kind: "provinces" },
    { kind: "organisations" },
    ...data.datasets.organisations.map((o) => ({ kind: "organisation" as const, id: o.id })),
    { kind: "commitments" },
    ...data.datasets.commitments.map((c) => ({ kind: "commitment" as const, id: c.id })),
    ...facetPageKeys(data),
    { kind: "claims" },
    { kind: "catalog" },
    ...[...data.siteDatasets.keys()].map((name) => ({ kind: "dataset" as const, id: name })),
    { kind: "about" },
    { kind: "search" },
  ];
}
