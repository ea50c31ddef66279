import type { CommitmentFacet } from "./commitmentFacets.ts";
import { FacetError } from "./facetError.ts";

/** The path key of "not found" (no value in the sources read), in every facet. */
export const notFoundKey = "not-found";

/** Returns a lowercase ASCII slug of a text: `Security & Public Safety` → `security-public-safety`. */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Returns the path key of one facet value: the id itself for record ids, a slug for quoted text,
 * `not-found` for `null`. Throws a FacetError when a text has no letters or digits to slug.
 */
export function facetKey(facet: CommitmentFacet, value: string | null): string {
  if (value === null) return notFoundKey;
  const key = facet.key === "id" ? value : slugOf(value);
  if (key === "")
    throw new FacetError(
      "empty-key",
      `The ${facet.name} value "${value}" has no letters or digits, so it cannot have a page. ` +
        "Write the value as the source words it in data/commitments.json.",
    );
  return key;
}
