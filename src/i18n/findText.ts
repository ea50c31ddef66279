import type { Lang } from "../lib/model.ts";
import { stringTable } from "../lib/text/stringTable.ts";
import en from "./find.en.json";
import id from "./find.id.json";

/** The search, explorer and entity pages' UI strings; `findStrings.translator(lang)` binds them to one language. */
export const findStrings = stringTable(en, id);

/** A key of the search, explorer and entity pages' UI strings (`src/i18n/find.<lang>.json`). */
export type FindTextKey = keyof typeof en;

/** Returns a search/explorer/entity-page UI string in a language, with `{name}` placeholders filled. */
export function findText(lang: Lang, key: FindTextKey, vars: Readonly<Record<string, string>> = {}): string {
  return findStrings.text(lang, key, vars);
}
