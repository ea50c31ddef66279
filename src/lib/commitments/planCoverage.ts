import type { ActionPlan, Commitment, Source } from "../model.ts";

/** How many of an action plan's commitments the commitments dataset holds, against the plan's stated total. */
export interface PlanCoverage {
  plan: string;
  /** Commitment records of the plan. */
  onRecord: number;
  /** Of those, records that hold only a descriptive title (the commitment's own title was not found). */
  descriptive: number;
  /** The plan's number of commitments as published (its `commitments` figure); undefined when not found. */
  total: number | undefined;
  /** The source of that total. */
  totalSourceId: string | undefined;
  /** Tells whether the total comes from an IRM report (a source of type `report`). */
  totalByIrm: boolean;
}

/**
 * Counts the commitment records of each action plan against the number of commitments published
 * for the plan (never estimated: a plan without a published total has `total: undefined`).
 */
export function planCoverage(
  plans: readonly ActionPlan[],
  commitments: readonly Commitment[],
  sources: ReadonlyMap<string, Pick<Source, "type">>,
): PlanCoverage[] {
  return plans.map((plan) => {
    const records = commitments.filter((c) => c.action_plan === plan.id);
    const figure = plan.figures.find(
      (f) => f.id === "commitments" && (f.unit ?? "commitments") === "commitments",
    );
    return {
      plan: plan.id,
      onRecord: records.length,
      descriptive: records.filter((c) => c.title_source === "descriptive").length,
      total: figure?.value,
      totalSourceId: figure?.source_id,
      totalByIrm: figure !== undefined && sources.get(figure.source_id)?.type === "report",
    };
  });
}
