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

/**
 * Returns the number of days in a month (1–12) of a year, as `Date.UTC` counts them (the proleptic
 * Gregorian calendar; a year from 0 to 99 is read as 1900 to 1999, so `0000-02` has 28 days).
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
}

/** Tells the precision of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function datePrecision(value: string): DatePrecision | undefined {
  // The shape of `dateParts`, read in place: this runs on every date of a large file.
  const { length } = value;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digitsAt(value, 0, 4);
  if (year < 0) return undefined;
  if (length === 4) return "year";
  const month = value.charCodeAt(4) === hyphen ? digitsAt(value, 5, 2) : -1;
  if (month < 0) return undefined;
  if (length === 7) return month >= 1 && month <= 12 ? "month" : undefined;
  const day = value.charCodeAt(7) === hyphen ? digitsAt(value, 8, 2) : -1;
  if (day < 0 || month < 1 || month > 12) return undefined;
  return day >= 1 && day <= daysInMonth(year, month) ? "day" : undefined;
}

const hyphen = 0x2d;

/** The number written with the `count` ASCII digits from `start` on, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
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
