import type { Lang, PartialDate } from "../model.ts";
import { dateParts } from "../partialDate.ts";
import { localeOf } from "./locale.ts";

/** Whether months are written in full (`Mei 2016`) or abbreviated (`Mei 2016` / `Agu 2016`). */
export type MonthStyle = "long" | "short";

// One Intl formatter per language, month style and precision: building one costs far more than using it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, month: MonthStyle, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${month} ${withDay}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions = { year: "numeric", month, timeZone: "UTC" };
    if (withDay) options.day = "numeric";
    found = new Intl.DateTimeFormat(localeOf(lang), options);
    formatters.set(key, found);
  }
  return found;
}

/**
 * Formats a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date at the precision it was given:
 * `2014`, `Mei 2016` / `May 2016`, `21 Mei 2016` / `21 May 2016`.
 * A value that is not such a date is returned unchanged, so nothing is silently lost.
 */
export function formatPartialDate(value: PartialDate, lang: Lang, month: MonthStyle = "long"): string {
  const parts = dateParts(value);
  if (!parts) return value;
  const { year, month: m, day } = parts;
  if (m === undefined) return String(year);
  const date = new Date(Date.UTC(year, m - 1, day ?? 1));
  return formatter(lang, month, day !== undefined).format(date);
}
