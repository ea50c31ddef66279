import type { Activity } from "../model.ts";

/** Every organisation an activity names, in any role: lead, implementing, partner or participating. */
export function organisationsOf(activity: Activity): string[] {
  return [
    ...new Set([
      ...(activity.lead_org ? [activity.lead_org] : []),
      ...(activity.implementing_orgs ?? []),
      ...(activity.partner_orgs ?? []),
      ...(activity.participating_orgs ?? []),
    ]),
  ];
}
