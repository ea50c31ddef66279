import en from "../../i18n/releases.en.json";
import id from "../../i18n/releases.id.json";
import type { Lang } from "../model.ts";
import { stringTable, type TextVars } from "../text/stringTable.ts";

const table = stringTable(en, id);

/** A key of the release pages' UI strings (`src/i18n/releases.<lang>.json`). */
export type ReleaseTextKey = keyof typeof en;

/** Returns a release UI string in a language, with `{name}` placeholders filled from `vars`. */
export function releaseText(lang: Lang, key: ReleaseTextKey, vars: TextVars = {}): string {
  return table.text(lang, key, vars);
}
