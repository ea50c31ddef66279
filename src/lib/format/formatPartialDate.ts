import type { Lang, PartialDate } from "../model.ts";
import { localeOf } from "./locale.ts";

/** Whether months are written in full (`Mei 2016`) or abbreviated (`Mei 2016` / `Agu 2016`). */
export type MonthStyle = "long" | "short";

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date at the precision it was given:
 * `2014`, `Mei 2016` / `May 2016`, `21 Mei 2016` / `21 May 2016`.
 * A value that is not such a date is returned unchanged, so nothing is silently lost.
 */
export function formatPartialDate(value: PartialDate, lang: Lang, month: MonthStyle = "long"): string {
  const match = pattern.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  if (m === undefined) return String(Number(y));
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d === undefined ? 1 : Number(d)));
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month, timeZone: "UTC" };
  if (d !== undefined) options.day = "numeric";
  return new Intl.DateTimeFormat(localeOf(lang), options).format(date);
}
