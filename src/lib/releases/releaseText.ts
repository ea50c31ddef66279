import en from "../../i18n/releases.en.json";
import id from "../../i18n/releases.id.json";
import type { Lang } from "../model.ts";

/** A key of the release pages' UI strings (`src/i18n/releases.<lang>.json`). */
export type ReleaseTextKey = keyof typeof en;

// Fails to compile when the Indonesian strings lack a key of the English ones, or have one extra.
const dictionaries: Record<Lang, Record<ReleaseTextKey, string>> = { id, en };
const noExtraKeys: Exclude<keyof typeof id, ReleaseTextKey> extends never ? true : false = true;
void noExtraKeys;

/** Returns a release UI string in a language, with `{name}` placeholders filled from `vars`. */
export function releaseText(
  lang: Lang,
  key: ReleaseTextKey,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = vars[name];
    return value === undefined ? match : String(value);
  });
}
