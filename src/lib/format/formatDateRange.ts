import type { Lang, PartialDate } from "../model.ts";
import { formatPartialDate, type MonthStyle } from "./formatPartialDate.ts";

/**
 * Formats a start–end pair of partial dates: one date when both are equal or only one is known,
 * otherwise `start – end`. Returns `undefined` when neither is known.
 */
export function formatDateRange(
  start: PartialDate | undefined,
  end: PartialDate | undefined,
  lang: Lang,
  month: MonthStyle = "long",
): string | undefined {
  if (start === undefined && end === undefined) return undefined;
  if (start === undefined) return formatPartialDate(end as string, lang, month);
  if (end === undefined || end === start) return formatPartialDate(start, lang, month);
  return `${formatPartialDate(start, lang, month)} – ${formatPartialDate(end, lang, month)}`;
}
