import type { FacetSpec } from "./explorerSpec.ts";
import type { ExplorerState } from "./explorerState.ts";
import { RowSet } from "./rowSet.ts";

/** A facet's rows by value (decoded posting lists). */
export type FacetRows = ReadonlyMap<string, readonly number[]>;

/** Tells whether the state narrows a facet (chosen values, or a bound of the range). */
export function narrows(facet: FacetSpec, state: ExplorerState): boolean {
  return facet.range
    ? state.from !== undefined || state.to !== undefined
    : (state.filters[facet.name]?.length ?? 0) > 0;
}

/** Returns the rows that satisfy one facet's choice: any chosen value, or a value inside the range. */
export function facetMatch(total: number, facet: FacetSpec, rows: FacetRows, state: ExplorerState): RowSet {
  const set = RowSet.none(total);
  const chosen = facet.range
    ? [...rows.keys()].filter((key) => {
        const n = Number(key);
        return (state.from === undefined || n >= state.from) && (state.to === undefined || n <= state.to);
      })
    : (state.filters[facet.name] ?? []);
  for (const key of chosen) for (const row of rows.get(key) ?? []) set.add(row);
  return set;
}

/**
 * Returns the rows that satisfy every narrowed facet and the text match, leaving out the facet named
 * `except` (to count that facet's values against the other choices). `loaded` must hold every
 * narrowed facet's rows; `text` is the rows the free text matched, when there is free text.
 */
export function selectRows(
  total: number,
  facets: readonly FacetSpec[],
  loaded: ReadonlyMap<string, FacetRows>,
  state: ExplorerState,
  text?: RowSet,
  except?: string,
): RowSet {
  let result = text ?? RowSet.all(total);
  for (const facet of facets) {
    if (facet.name === except || !narrows(facet, state)) continue;
    const rows = loaded.get(facet.name);
    if (!rows) throw new Error(`The rows of facet "${facet.name}" are not loaded.`);
    result = result.and(facetMatch(total, facet, rows, state));
  }
  return result;
}

/**
 * Counts, for each value of a facet, the rows that have it among the rows every other choice leaves:
 * what choosing (or adding) that value would give. Values left with no row count 0.
 */
export function facetCounts(
  total: number,
  facets: readonly FacetSpec[],
  loaded: ReadonlyMap<string, FacetRows>,
  state: ExplorerState,
  facetName: string,
  text?: RowSet,
): Map<string, number> {
  const rows = loaded.get(facetName);
  if (!rows) throw new Error(`The rows of facet "${facetName}" are not loaded.`);
  const others = selectRows(total, facets, loaded, state, text, facetName);
  return new Map([...rows].map(([key, found]) => [key, others.countOf(found)]));
}
