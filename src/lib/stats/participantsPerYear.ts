import type { Activity } from "../model.ts";
import { yearOf } from "../partialDate.ts";
import { countedParticipants, participantsOnOtherBasis } from "./countedParticipants.ts";

/**
 * Participants of the activities that started in one year, summed only where the number is stated on
 * the headline basis (participants from partner countries; see `countedParticipants`).
 */
export interface ParticipantsYear {
  year: number;
  /** The sum of stated totals; undefined when no activity of the year states one (unknown, not 0). */
  participants: number | undefined;
  /** Activities of the year that state their number of participants. */
  knownIds: string[];
  /** Activities of the year that do not state a number. */
  unknownIds: string[];
  /** Activities of the year that state a number on another basis (including Indonesians), not added. */
  otherBasisIds: string[];
  /** The sum of stated numbers of women; undefined when no activity of the year states one. */
  women: number | undefined;
  /** Activities of the year that state both the counted total and the number of women. */
  womenKnownIds: string[];
}

/**
 * Sums stated participants per start year, for each year in which an activity started, keeping
 * unknown apart from zero: a year where no activity states a number has `participants: undefined`.
 */
export function participantsPerYear(activities: readonly Activity[]): ParticipantsYear[] {
  const years = activities.map((a) => yearOf(a.start_date)).filter((y): y is number => y !== undefined);
  if (years.length === 0) return [];
  const rows: ParticipantsYear[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    const of = activities.filter((a) => yearOf(a.start_date) === year);
    if (of.length === 0) continue;
    const known = of.filter((a) => countedParticipants(a) !== undefined);
    const women = known.filter((a) => a.participants_female !== undefined);
    rows.push({
      year,
      participants:
        known.length > 0 ? known.reduce((s, a) => s + (countedParticipants(a) ?? 0), 0) : undefined,
      knownIds: known.map((a) => a.id),
      unknownIds: of.filter((a) => a.participants_total === undefined).map((a) => a.id),
      otherBasisIds: of.filter(participantsOnOtherBasis).map((a) => a.id),
      women: women.length > 0 ? women.reduce((s, a) => s + (a.participants_female ?? 0), 0) : undefined,
      womenKnownIds: women.map((a) => a.id),
    });
  }
  return rows;
}
