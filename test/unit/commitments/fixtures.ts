import type { Commitment, Milestone } from "../../../src/lib/model.ts";

/** Builds a commitment with only the fields a test cares about. */
export function commitment(id: string, action_plan: string, fields: Partial<Commitment> = {}): Commitment {
  return { id, action_plan, title: { en: id }, lead_orgs: ["org"], source_ids: ["src-1"], ...fields };
}

/** Builds a milestone with only the fields a test cares about. */
export function milestone(id: string, fields: Partial<Milestone> = {}): Milestone {
  return { id, title: { en: id }, ...fields };
}
