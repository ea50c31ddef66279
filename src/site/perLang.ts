import type { Lang } from "../lib/model.ts";
import { langs } from "./routes.ts";

/** Builds one value per site language, e.g. a page's path in each. */
export function perLang<T>(value: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(langs.map((lang) => [lang, value(lang)])) as Record<Lang, T>;
}
