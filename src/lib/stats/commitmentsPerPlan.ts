import type { ActionPlan, Commitment } from "../model.ts";

/** How many commitments of one action plan have one value of an assessment field. */
export interface PlanValueCount {
  plan: string;
  /** The value verbatim as published, or `null` when it was not found. */
  value: string | null;
  count: number;
}

/** Commitments counted per action plan and per value of one assessment field. */
export interface CommitmentsPerPlan {
  rows: PlanValueCount[];
  /** Action plan ids in the order given, then plans only commitments name; plans without commitments are kept. */
  plans: string[];
  /** Distinct values in the order given (then others, sorted), with `null` (not found) last. */
  values: (string | null)[];
}

/**
 * Counts commitments per action plan by the value `readValue` reads (e.g. the IRM ambition), keeping
 * values exactly as written and counting absent ones as `null`, never guessing a value.
 */
export function commitmentsPerPlan(
  commitments: readonly Commitment[],
  plans: readonly ActionPlan[],
  readValue: (commitment: Commitment) => string | undefined,
  valueOrder: readonly string[] = [],
): CommitmentsPerPlan {
  const planIds = plans.map((p) => p.id);
  for (const c of commitments) if (!planIds.includes(c.action_plan)) planIds.push(c.action_plan);
  const counts = new Map<string, PlanValueCount>();
  const seen = new Set<string | null>();
  for (const c of commitments) {
    const value = readValue(c) ?? null;
    seen.add(value);
    const key = `${c.action_plan}\u0000${value ?? ""}\u0000${value === null}`;
    const row = counts.get(key) ?? { plan: c.action_plan, value, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  const named = [...seen].filter((v): v is string => v !== null);
  const values: (string | null)[] = [
    ...valueOrder.filter((v) => seen.has(v)),
    ...named.filter((v) => !valueOrder.includes(v)).sort(),
    ...(seen.has(null) ? [null] : []),
  ];
  const rows = [...counts.values()].sort(
    (a, b) =>
      planIds.indexOf(a.plan) - planIds.indexOf(b.plan) || values.indexOf(a.value) - values.indexOf(b.value),
  );
  return { rows, plans: planIds, values };
}
