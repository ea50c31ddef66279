import type { Commitment } from "../model.ts";
import { type CommitmentFacet, commitmentFacets, type FacetName } from "./commitmentFacets.ts";
import { FacetError } from "./facetError.ts";
import { facetKey } from "./facetKey.ts";

/** One value of a facet and the commitments that have it. */
export interface FacetValue {
  /** The path key (`2020-2022`, `access-to-information`, `not-found`). */
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
  const byKey = new Map<string, FacetValue>();
  for (const commitment of commitments) {
    const read = facet.read(commitment);
    const values: (string | null)[] = read.length > 0 ? [...new Set(read)] : [null];
    for (const value of values) {
      const key = facetKey(facet, value);
      const entry = byKey.get(key);
      if (!entry) {
        byKey.set(key, { key, value, ids: [commitment.id] });
      } else if (entry.value !== value) {
        throw new FacetError(
          "key-collision",
          `The ${facet.name} values "${entry.value ?? "(not found)"}" and "${value ?? "(not found)"}" ` +
            `would share the page path "${key}" (commitments ${entry.ids[0]} and ${commitment.id}). ` +
            "Write the same value the same way in data/commitments.json, or keep them apart by more than " +
            "case and punctuation.",
        );
      } else if (!entry.ids.includes(commitment.id)) {
        entry.ids.push(commitment.id);
      }
    }
  }
  return [...byKey.values()].sort(compareValues(order));
}

/**
 * Indexes commitments by every facet: each value (verbatim, or `null` when not found) with its path
 * key and the commitments that have it. Throws a FacetError when two values would share a path.
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
