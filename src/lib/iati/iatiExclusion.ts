import type { Activity } from "../model.ts";
import { activityStatusCodes, organisationRoles } from "./iatiCodes.ts";

/** Why an activity cannot be written as an IATI activity without inventing what the sources do not say. */
export type IatiExclusion = "status-unknown" | "no-date" | "no-organisation";

/**
 * Returns why an activity is left out of the IATI file, or undefined when it can be written. IATI
 * 2.03's schema requires `activity-status` (no code means "unknown", and a status is never guessed
 * from dates), at least one `activity-date` and one `participating-org`.
 */
export function iatiExclusion(activity: Activity): IatiExclusion | undefined {
  if (activity.status === "unknown" || !activityStatusCodes[activity.status]) return "status-unknown";
  if (!activity.start_date && !activity.end_date) return "no-date";
  const runs = (Object.keys(organisationRoles) as (keyof typeof organisationRoles)[]).some((field) => {
    const value = activity[field];
    return typeof value === "string" ? value !== "" : (value?.length ?? 0) > 0;
  });
  return runs ? undefined : "no-organisation";
}
