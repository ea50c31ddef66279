import type { Lang } from "../model.ts";
import { localeOf } from "./locale.ts";

// Building an Intl formatter costs about a thousand times more than using one: keep one per
// language and options (a few dozen in a build of any size).
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number in the page's language: `1.234,5` in Indonesian, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}
