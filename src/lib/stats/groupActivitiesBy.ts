import type { Activity } from "../model.ts";

/**
 * Groups activity ids by each value a list field holds (e.g. recipient countries or provinces);
 * an activity appears under every value it lists. Keys are sorted; ids keep the input order.
 */
export function groupActivitiesBy(
  activities: readonly Activity[],
  valuesOf: (activity: Activity) => readonly string[] | undefined,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const a of activities) {
    for (const value of new Set(valuesOf(a) ?? [])) {
      const ids = groups.get(value) ?? [];
      ids.push(a.id);
      groups.set(value, ids);
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
