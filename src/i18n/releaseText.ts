import type { Lang } from "../lib/model.ts";
import { stringTable, type TextVars } from "../lib/text/stringTable.ts";
import en from "./releases.en.json";
import id from "./releases.id.json";

const table = stringTable(en, id);

/** A key of the release pages' UI strings (`src/i18n/releases.<lang>.json`). */
export type ReleaseTextKey = keyof typeof en;

/** Returns a release UI string in a language, with `{name}` placeholders filled from `vars`. */
export function releaseText(lang: Lang, key: ReleaseTextKey, vars: TextVars = {}): string {
  return table.text(lang, key, vars);
}
