import type { PartialDate } from "../model.ts";

/** Returns the calendar year of a partial date (`2016`, `2016-05`, `2016-05-21`), or `undefined`. */
export function yearOf(date: PartialDate | undefined): number | undefined {
  if (date === undefined) return undefined;
  const match = /^(\d{4})/.exec(date);
  return match ? Number(match[1]) : undefined;
}
