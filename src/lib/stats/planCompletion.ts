import type { ActionPlan } from "../model.ts";

/** The plan-level IRM figures that count commitments by completion, strongest first. */
export const completionFigureIds = [
  "completed",
  "substantial",
  "substantial-or-complete",
  "limited",
  "not-started",
] as const;

/** One plan's commitments by completion, as the IRM's plan-level figures state them. */
export interface PlanCompletion {
  plan: string;
  /** The plan's number of commitments (the `commitments` figure), when stated. */
  total: number | undefined;
  /** Stated completion figures, in `completionFigureIds` order. */
  parts: { figure: string; value: number }[];
  /**
   * Commitments the stated figures leave out (`total` minus the parts): not broken down by the
   * figures found. Undefined when the total is unknown; never below 0.
   */
  rest: number | undefined;
}

/**
 * Reads each action plan's completion figures as published (never estimated): the parts the IRM
 * stated, and how many commitments those parts leave out of the plan's total.
 */
export function planCompletion(plans: readonly ActionPlan[]): PlanCompletion[] {
  return plans.map((plan) => {
    const figure = (id: string) => plan.figures.find((f) => f.id === id)?.value;
    const total = figure("commitments");
    const parts = completionFigureIds.flatMap((id) => {
      const value = figure(id);
      return value === undefined ? [] : [{ figure: id, value }];
    });
    const stated = parts.reduce((sum, p) => sum + p.value, 0);
    return {
      plan: plan.id,
      total,
      parts,
      rest: total === undefined ? undefined : Math.max(0, total - stated),
    };
  });
}
