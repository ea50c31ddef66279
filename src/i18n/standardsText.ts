import type { Lang } from "../lib/model.ts";
import { stringTable, type TextVars } from "../lib/text/stringTable.ts";
import en from "./standards.en.json";
import id from "./standards.id.json";

const table = stringTable(en, id);

/** A key of the strings written into standard files (`src/i18n/standards.<lang>.json`): IATI, DCAT, the API. */
export type StandardsTextKey = keyof typeof en;

/** Returns a standards string in a language, with `{name}` placeholders filled from `vars`. */
export function standardsText(lang: Lang, key: StandardsTextKey, vars: TextVars = {}): string {
  return table.text(lang, key, vars);
}
