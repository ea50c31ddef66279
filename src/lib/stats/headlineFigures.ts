import type { Activity, Commitment } from "../model.ts";
import { provincesOf } from "./provincesOf.ts";

/** A sum over the records where a value is known, and how many records that is. */
export interface KnownSum {
  total: number;
  /** Ids of the records whose value is known. */
  knownIds: string[];
  /** How many records there are in all. */
  of: number;
}

/** The dashboard's headline figures, each traceable to the records behind it. */
export interface HeadlineFigures {
  activities: number;
  /** Distinct recipient (partner) countries, ISO 3166-1 alpha-2, sorted. */
  recipientCountries: string[];
  /** Participants, summed only over activities that state a total. */
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
  let total = 0;
  for (const a of activities) {
    for (const c of a.recipient_countries ?? []) countries.add(c);
    for (const p of provincesOf(a)) provinces.add(p);
    if (a.participants_total !== undefined) {
      total += a.participants_total;
      knownIds.push(a.id);
    }
  }
  return {
    activities: activities.length,
    recipientCountries: [...countries].sort(),
    participants: { total, knownIds, of: activities.length },
    provinces: [...provinces].sort(),
    commitments: commitments.length,
  };
}
