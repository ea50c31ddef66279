import type { Commitment, Lang } from "../model.ts";

/** The ways the commitments list can be filtered. */
export type FacetName = "plan" | "area" | "lead" | "ambition" | "impact" | "completion" | "results";

/** One way to filter commitments: its path segment and how to read a commitment's values. */
export interface CommitmentFacet {
  name: FacetName;
  /** Path segment of the facet's pages below the commitments page (`/id/komitmen/<segment>/<key>/`). */
  segment: Readonly<Record<Lang, string>>;
  /**
   * How a value becomes a path key: `id` values are record ids and used as they are
   * (`2020-2022`, `kpu`); `text` values are free text quoted from sources and slugged
   * (`Access to Information` → `access-to-information`).
   */
  key: "id" | "text";
  /** The commitment's values for this facet, verbatim; empty when none was found. */
  read(commitment: Commitment): readonly string[];
}

/** Reads one IRM field of a commitment, verbatim (absent when the IRM value was not found). */
function irmField(name: "ambition" | "potential_impact" | "completion" | "early_results") {
  return (c: Commitment): readonly string[] => {
    const value = c.irm?.[name];
    return value === undefined ? [] : [value];
  };
}

/**
 * Every facet of the commitments tracker, in the order the filters show them. A facet added here
 * gets its filter links, its static pages (one per value, with counts) and its JavaScript filter.
 */
export const commitmentFacets: readonly CommitmentFacet[] = [
  { name: "plan", segment: { id: "rencana", en: "plan" }, key: "id", read: (c) => [c.action_plan] },
  { name: "area", segment: { id: "bidang", en: "area" }, key: "text", read: (c) => c.policy_areas ?? [] },
  { name: "lead", segment: { id: "lembaga", en: "institution" }, key: "id", read: (c) => c.lead_orgs ?? [] },
  { name: "ambition", segment: { id: "ambisi", en: "ambition" }, key: "text", read: irmField("ambition") },
  {
    name: "impact",
    segment: { id: "potensi-dampak", en: "potential-impact" },
    key: "text",
    read: irmField("potential_impact"),
  },
  {
    name: "completion",
    segment: { id: "penyelesaian", en: "completion" },
    key: "text",
    read: irmField("completion"),
  },
  {
    name: "results",
    segment: { id: "hasil-awal", en: "early-results" },
    key: "text",
    read: irmField("early_results"),
  },
];

/** Returns the facet of a name; throws for a name that is not in the registry. */
export function commitmentFacet(name: string): CommitmentFacet {
  const facet = commitmentFacets.find((f) => f.name === name);
  if (!facet) throw new Error(`Unknown commitments facet "${name}".`);
  return facet;
}
