import type { Activity, OrganisationType } from "../model.ts";
import { organisationsOf } from "./organisationsOf.ts";

/** The activities and organisations of one kind of organisation. */
export interface OrgTypeActivities {
  type: OrganisationType;
  /** Activities naming at least one organisation of this type, in input order. */
  activityIds: string[];
  /** The organisations of this type those activities name, sorted. */
  organisationIds: string[];
}

/**
 * Counts, for each kind of organisation, the activities that name at least one organisation of that
 * kind in any role (an activity counts once per kind). Organisations missing from `typeOf` are skipped.
 */
export function activitiesByOrgType(
  activities: readonly Activity[],
  typeOf: (organisationId: string) => OrganisationType | undefined,
): OrgTypeActivities[] {
  const byType = new Map<OrganisationType, { ids: Set<string>; orgs: Set<string> }>();
  for (const activity of activities) {
    for (const org of organisationsOf(activity)) {
      const type = typeOf(org);
      if (!type) continue;
      const entry = byType.get(type) ?? { ids: new Set<string>(), orgs: new Set<string>() };
      entry.ids.add(activity.id);
      entry.orgs.add(org);
      byType.set(type, entry);
    }
  }
  return [...byType].map(([type, entry]) => ({
    type,
    activityIds: activities.filter((a) => entry.ids.has(a.id)).map((a) => a.id),
    organisationIds: [...entry.orgs].sort(),
  }));
}
