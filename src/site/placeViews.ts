import { formatNumber } from "../lib/format/formatNumber.ts";
import type { Activity, Lang } from "../lib/model.ts";
import { countedParticipants, participantsOnOtherBasis } from "../lib/stats/countedParticipants.ts";
import { groupActivitiesBy } from "../lib/stats/groupActivitiesBy.ts";
import { headlineFigures } from "../lib/stats/headlineFigures.ts";
import { provincesOf } from "../lib/stats/provincesOf.ts";
import { type ActivityRow, activityRows } from "./activityViews.ts";
import type { Inline } from "./fieldValues.ts";
import { referenceName } from "./names.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

/** One place (country or province) with the number of activities that name it and a link to its page. */
export interface PlaceRow {
  code: string;
  name: string;
  href: string;
  count: string;
  /** Regencies/cities named inside a province, when any, linking to their pages. */
  parts: Inline[];
}

function sortRows(rows: (PlaceRow & { n: number })[], lang: Lang): PlaceRow[] {
  return rows.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, lang)).map(({ n: _n, ...row }) => row);
}

/** Lists partner (recipient) countries with their activities, most activities first. */
export function countryRows(data: SiteData, lang: Lang): PlaceRow[] {
  const groups = groupActivitiesBy(data.datasets.activities, (a) => a.recipient_countries);
  return sortRows(
    [...groups].map(([code, ids]) => ({
      code,
      name: referenceName(data.reference, "countries", code, lang),
      href: pathOf({ kind: "country", id: code }, lang),
      n: ids.length,
      count: formatNumber(ids.length, lang),
      parts: [],
    })),
    lang,
  );
}

/** Lists Indonesian provinces named by activities (directly or through a regency), with their activities. */
export function provinceRows(data: SiteData, lang: Lang): PlaceRow[] {
  const groups = groupActivitiesBy(data.datasets.activities, provincesOf);
  return sortRows(
    [...groups].map(([code, ids]) => {
      const regencies = new Set<string>();
      for (const id of ids) {
        for (const r of data.index.activities.get(id)?.regencies ?? [])
          if (r.startsWith(`${code}.`)) regencies.add(r);
      }
      return {
        code,
        name: referenceName(data.reference, "provinces", code, lang),
        href: pathOf({ kind: "province", id: code }, lang),
        n: ids.length,
        count: formatNumber(ids.length, lang),
        parts: [...regencies].sort().map((r) => ({
          text: referenceName(data.reference, "regencies", r, lang),
          href: pathOf({ kind: "regency", id: r }, lang),
        })),
      };
    }),
    lang,
  );
}

/** The participants page: activities with a known number of participants, their sum, and the others. */
export interface ParticipantsView {
  known: (ActivityRow & { female: string })[];
  total: string;
  femaleTotal: string;
  /** For how many activities the number of women is known; undefined when for none. */
  femaleKnown: string | undefined;
  unknown: ActivityRow[];
  /** Activities whose stated number includes Indonesian participants: shown, not added up. */
  otherBasis: ActivityRow[];
  knownCount: string;
  activityCount: string;
}

/**
 * Builds the participants page: only numbers on the headline basis (participants from partner
 * countries) are summed; numbers on another basis and unknown ones are listed apart.
 */
export function participantsView(data: SiteData, lang: Lang): ParticipantsView {
  const activities = data.datasets.activities;
  const figures = headlineFigures(activities, data.datasets.commitments);
  const known = activities.filter((a) => countedParticipants(a) !== undefined);
  const unknown = activities.filter((a) => a.participants_total === undefined);
  const female = (a: Activity | undefined) =>
    a?.participants_female === undefined ? "—" : formatNumber(a.participants_female, lang);
  const withFemale = known.filter((a) => a.participants_female !== undefined);
  return {
    known: activityRows(data, lang, known).map((row) => ({
      ...row,
      female: female(data.index.activities.get(row.id)),
    })),
    total: formatNumber(figures.participants.total, lang),
    // With no known count of women, the total is unknown, not zero.
    femaleTotal:
      withFemale.length > 0
        ? formatNumber(
            withFemale.reduce((sum, a) => sum + (a.participants_female ?? 0), 0),
            lang,
          )
        : "—",
    femaleKnown: withFemale.length > 0 ? formatNumber(withFemale.length, lang) : undefined,
    unknown: activityRows(data, lang, unknown),
    otherBasis: activityRows(data, lang, activities.filter(participantsOnOtherBasis)),
    knownCount: formatNumber(known.length, lang),
    activityCount: formatNumber(activities.length, lang),
  };
}
