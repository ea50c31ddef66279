import type { Activity, Commitment } from "../model.ts";
import { countedParticipants, participantsOnOtherBasis } from "./countedParticipants.ts";
import { provincesOf } from "./provincesOf.ts";

/** A sum over the records where a value is known, and how many records that is. */
export interface KnownSum {
  total: number;
  /** Ids of the records whose value is known. */
  knownIds: string[];
  /** How many records there are in all. */
  of: number;
  /** Ids of the records that state a number on another basis, which is not added to the total. */
  otherBasisIds: string[];
}

/** The dashboard's headline figures, each traceable to the records behind it. */
export interface HeadlineFigures {
  activities: number;
  /** Distinct recipient (partner) countries, ISO 3166-1 alpha-2, sorted. */
  recipientCountries: string[];
  /** Participants from partner countries, summed only over activities that state them on that basis. */
  participants: KnownSum;
  /** Distinct Indonesian provinces (Kemendagri codes) where activities took place, sorted. */
  provinces: string[];
  commitments: number;
}

/** Computes the headline figures from validated activities and commitments. */
export function headlineFigures(
  activities: readonly Activity[],
  commitments: readonly Commitment[],
): HeadlineFigures {
  const countries = new Set<string>();
  const provinces = new Set<string>();
  const knownIds: string[] = [];
  const otherBasisIds: string[] = [];
  let total = 0;
  for (const a of activities) {
    for (const c of a.recipient_countries ?? []) countries.add(c);
    for (const p of provincesOf(a)) provinces.add(p);
    const counted = countedParticipants(a);
    if (counted !== undefined) {
      total += counted;
      knownIds.push(a.id);
    } else if (participantsOnOtherBasis(a)) otherBasisIds.push(a.id);
  }
  return {
    activities: activities.length,
    recipientCountries: [...countries].sort(),
    participants: { total, knownIds, of: activities.length, otherBasisIds },
    provinces: [...provinces].sort(),
    commitments: commitments.length,
  };
}
