import type { Lang } from "../model.ts";
import { localeOf } from "./locale.ts";

/** Formats a number in the page's language: `1.234,5` in Indonesian, `1,234.5` in English. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2, ...options }).format(value);
}
