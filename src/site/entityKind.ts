import type { PageKey } from "./routes.ts";

/** The kinds of page about one thing (a record, a place, a sector, a goal), as `<main data-page-kind>` names them. */
export const entityKinds = [
  "country",
  "region",
  "province",
  "regency",
  "sector",
  "sdg",
  "organisation",
  "activity",
  "commitment",
  "claim",
  "dataset",
] as const;

/** A kind of page about one thing; every such page is in the site-wide search. */
export type EntityKind = (typeof entityKinds)[number];

/** Returns the entity kind of a page, or undefined for lists, the dashboard and other pages. */
export function entityKindOf(page: PageKey): EntityKind | undefined {
  return (entityKinds as readonly string[]).includes(page.kind) ? (page.kind as EntityKind) : undefined;
}
