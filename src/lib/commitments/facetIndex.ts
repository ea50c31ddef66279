import type { Commitment } from "../model.ts";
import { type CommitmentFacet, commitmentFacets, type FacetName } from "./commitmentFacets.ts";
import { facetKeys, notFoundKey } from "./facetKey.ts";

/** One value of a facet and the commitments that have it. */
export interface FacetValue {
  /** The path key (`2020-2022`, `access-to-information`, `open-data-1f0c3a2b`, `not-found`; see `facetKeys`). */
  key: string;
  /** The value verbatim, or `null` for commitments where none was found. */
  value: string | null;
  /** Ids of the commitments with this value, in the order given. */
  ids: string[];
}

/** A facet with its values, in display order. */
export interface FacetEntries {
  facet: CommitmentFacet;
  values: FacetValue[];
}

/** Preferred value orders per facet (e.g. IRM ambition strongest first); others follow. */
export type FacetOrders = Partial<Record<FacetName, readonly string[]>>;

/** Orders values: those in `order` first, then by count (most first), then alphabetically; not found last. */
function compareValues(order: readonly string[]) {
  const rank = (v: FacetValue) => {
    if (v.value === null) return Number.MAX_SAFE_INTEGER;
    const i = order.indexOf(v.value);
    return i === -1 ? order.length : i;
  };
  return (a: FacetValue, b: FacetValue) =>
    rank(a) - rank(b) || b.ids.length - a.ids.length || (a.value ?? "").localeCompare(b.value ?? "");
}

/** Collects one facet's values over the commitments, with a commitment counted once per distinct value. */
function facetValues(
  facet: CommitmentFacet,
  commitments: readonly Commitment[],
  order: readonly string[],
): FacetValue[] {
  const read = commitments.map((commitment) => {
    const values = facet.read(commitment);
    return values.length > 0 ? [...new Set(values)] : [null];
  });
  const keys = facetKeys(facet, read.flat());
  const byValue = new Map<string | null, FacetValue>();
  commitments.forEach((commitment, index) => {
    for (const value of read[index] ?? []) {
      const entry = byValue.get(value);
      if (!entry) byValue.set(value, { key: keys.get(value) ?? notFoundKey, value, ids: [commitment.id] });
      else if (!entry.ids.includes(commitment.id)) entry.ids.push(commitment.id);
    }
  });
  return [...byValue.values()].sort(compareValues(order));
}

/**
 * Indexes commitments by every facet: each value (verbatim, or `null` when not found) with its path
 * key (unique within the facet, see `facetKeys`) and the commitments that have it.
 */
export function facetIndex(
  commitments: readonly Commitment[],
  facets: readonly CommitmentFacet[] = commitmentFacets,
  orders: FacetOrders = {},
): FacetEntries[] {
  return facets.map((facet) => ({
    facet,
    values: facetValues(facet, commitments, orders[facet.name] ?? []),
  }));
}
