import type { PartialDate } from "./model.ts";

// The date with precision the data uses everywhere (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as
// the source): its shape, its calendar check, the days it can mean, its year. Nothing else parses one.

/** The precision of a partial date: year, month or day. */
export type DatePrecision = "year" | "month" | "day";

/** The shape of a partial date as a whole-value Table Schema pattern (the JSON Schema's is anchored). */
export const partialDatePattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";

const shape = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The numbers a partial date is written with. */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string into its numbers by its shape alone (no calendar check). */
export function dateParts(value: string): DateParts | undefined {
  const match = shape.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  return {
    year: Number(y),
    ...(m === undefined ? {} : { month: Number(m) }),
    ...(d === undefined ? {} : { day: Number(d) }),
  };
}

/** Returns the number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Tells the precision of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function datePrecision(value: string): DatePrecision | undefined {
  const parts = dateParts(value);
  if (!parts) return undefined;
  const { year, month, day } = parts;
  if (month === undefined) return "year";
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return "month";
  return day >= 1 && day <= daysInMonth(year, month) ? "day" : undefined;
}

/** Returns the first and last day an imprecise date can mean, as `YYYY-MM-DD` strings. */
export function dateRange(value: string): { first: string; last: string } | undefined {
  const precision = datePrecision(value);
  if (!precision) return undefined;
  if (precision === "day") return { first: value, last: value };
  if (precision === "month") {
    const [y, m] = value.split("-").map(Number) as [number, number];
    return { first: `${value}-01`, last: `${value}-${String(daysInMonth(y, m)).padStart(2, "0")}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/** Returns the calendar year of a partial date (`2016`, `2016-05`, `2016-05-21`), or `undefined`. */
export function yearOf(date: PartialDate | undefined): number | undefined {
  return date === undefined ? undefined : dateParts(date.slice(0, 4))?.year;
}
