import type { Activity, ParticipantsBasis } from "../model.ts";

/**
 * The one basis the site's participant figures add up: participants from the partner countries,
 * Indonesians not counted. A number stated on another basis (one that includes Indonesians) is shown
 * beside its record but never added to these sums.
 */
export const headlineParticipantsBasis: ParticipantsBasis = "partner-countries";

/** Returns an activity's number of participants when it is stated on the headline basis, else undefined. */
export function countedParticipants(activity: Activity): number | undefined {
  return activity.participants_basis === headlineParticipantsBasis ? activity.participants_total : undefined;
}

/** Tells whether an activity states a number of participants on another basis than the headline one. */
export function participantsOnOtherBasis(activity: Activity): boolean {
  return activity.participants_total !== undefined && countedParticipants(activity) === undefined;
}
