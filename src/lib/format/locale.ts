import type { Lang } from "../model.ts";

/** BCP 47 locales used for formatting: Indonesian, and British English for day-month-year dates. */
const locales: Record<Lang, string> = { id: "id-ID", en: "en-GB" };

/** Returns the Intl locale tag used to format numbers and dates in a site language. */
export function localeOf(lang: Lang): string {
  return locales[lang];
}
