import type { Commitment } from "../model.ts";
import { type CommitmentFacet, commitmentFacets, type FacetName } from "./commitmentFacets.ts";
import { type FacetOrders, type FacetValue, facetIndex } from "./facetIndex.ts";
import { overdueMilestones } from "./milestoneOverdue.ts";

/** Figures KSST Terbuka computes from its own records of one action plan (never the IRM's figures). */
export interface PlanComputedCounts {
  plan: string;
  /** How many commitment records of the plan there are: the N of "computed from N records". */
  records: number;
  /** Per assessment facet, how many records have each value (verbatim; `null` = not found). */
  facets: { name: FacetName; values: FacetValue[] }[];
  /** Milestones on record, how many have a due date, and how many are overdue on `today`. */
  milestones: { total: number; withDueDate: number; overdue: number };
}

/** The IRM assessment facets the per-plan counts tally. */
export const computedFacetNames: readonly FacetName[] = ["ambition", "impact", "completion", "results"];

/**
 * Counts one action plan's commitment records: the records, each IRM assessment value, and the
 * milestones (with a due date, overdue on `today`, a `YYYY-MM-DD` date such as the build date).
 */
export function planComputedCounts(
  commitments: readonly Commitment[],
  plan: string,
  today: string,
  orders: FacetOrders = {},
): PlanComputedCounts {
  const records = commitments.filter((c) => c.action_plan === plan);
  const facets: CommitmentFacet[] = commitmentFacets.filter((f) => computedFacetNames.includes(f.name));
  const milestones = records.flatMap((c) => c.milestones ?? []);
  return {
    plan,
    records: records.length,
    facets:
      records.length === 0
        ? []
        : facetIndex(records, facets, orders).map((e) => ({ name: e.facet.name, values: e.values })),
    milestones: {
      total: milestones.length,
      withDueDate: milestones.filter((m) => m.due_date !== undefined).length,
      overdue: records.reduce((sum, c) => sum + overdueMilestones(c, today).length, 0),
    },
  };
}
