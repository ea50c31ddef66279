import type { ActionPlan, Activity, Commitment } from "../../../src/lib/model.ts";

/** Builds an activity with only the fields a test cares about. */
export function activity(id: string, fields: Partial<Activity> = {}): Activity {
  return {
    id,
    title_id: id,
    title_en: id,
    modality: "south-south",
    type: "training",
    status: "completed",
    source_ids: ["src-1"],
    ...fields,
  };
}

/** Builds a commitment with only the fields a test cares about. */
export function commitment(id: string, action_plan: string, fields: Partial<Commitment> = {}): Commitment {
  return { id, action_plan, title: { en: id }, lead_orgs: ["org"], source_ids: ["src-1"], ...fields };
}

/** Builds an action plan. */
export function plan(id: string, number?: number): ActionPlan {
  return {
    id,
    title: { id, en: id },
    figures: [],
    source_ids: ["src-1"],
    ...(number === undefined ? {} : { number }),
  };
}
