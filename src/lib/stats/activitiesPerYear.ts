import type { Activity } from "../model.ts";
import { yearOf } from "../partialDate.ts";

/** How many activities started in one year with one value of the grouping field. */
export interface YearGroupCount {
  year: number;
  group: string;
  count: number;
}

/** Activities counted by start year and group, with the years they span and the undated ones. */
export interface ActivitiesPerYear {
  /** One row per (year, group) with at least one activity, ordered by year then group order. */
  rows: YearGroupCount[];
  /** Every year from the first to the last start year, so gaps show as empty years. */
  years: number[];
  /** The groups that occur, in the order given (then any others, sorted). */
  groups: string[];
  /** Ids of activities whose start year is unknown; they are not in `rows`. */
  undated: string[];
}

/**
 * Counts activities per start year and per group (e.g. modality or type). The start year is the
 * year of `start_date` at whatever precision it was given; activities without one are listed apart.
 */
export function activitiesPerYear(
  activities: readonly Activity[],
  groupOf: (activity: Activity) => string,
  groupOrder: readonly string[] = [],
): ActivitiesPerYear {
  const counts = new Map<string, YearGroupCount>();
  const undated: string[] = [];
  const seenGroups = new Set<string>();
  for (const activity of activities) {
    const year = yearOf(activity.start_date);
    if (year === undefined) {
      undated.push(activity.id);
      continue;
    }
    const group = groupOf(activity);
    seenGroups.add(group);
    const key = `${year}\u0000${group}`;
    const row = counts.get(key) ?? { year, group, count: 0 };
    row.count += 1;
    counts.set(key, row);
  }
  const groups = [
    ...groupOrder.filter((g) => seenGroups.has(g)),
    ...[...seenGroups].filter((g) => !groupOrder.includes(g)).sort(),
  ];
  const rows = [...counts.values()].sort(
    (a, b) => a.year - b.year || groups.indexOf(a.group) - groups.indexOf(b.group),
  );
  const years: number[] = [];
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  if (first !== undefined && last !== undefined) for (let y = first; y <= last; y += 1) years.push(y);
  return { rows, years, groups, undated };
}
