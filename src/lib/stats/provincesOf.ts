import type { Activity } from "../model.ts";

/**
 * Returns the Indonesian provinces an activity took place in: those it lists, plus the province
 * of each regency it lists (a regency code `32.02` lies in province `32`), sorted and distinct.
 */
export function provincesOf(activity: Activity): string[] {
  const codes = new Set(activity.provinces ?? []);
  for (const regency of activity.regencies ?? []) {
    const province = regency.split(".")[0];
    if (province) codes.add(province);
  }
  return [...codes].sort();
}
