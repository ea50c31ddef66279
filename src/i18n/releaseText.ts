import { stringTable } from "../lib/text/stringTable.ts";
import en from "./releases.en.json";
import id from "./releases.id.json";

/** The release pages' UI strings (`src/i18n/releases.<lang>.json`); `releaseStrings.translator(lang)` binds them to one language. */
export const releaseStrings = stringTable(en, id);

/** A key of the release pages' UI strings. */
export type ReleaseTextKey = keyof typeof en;

/** Returns a release UI string in a language, with `{name}` placeholders filled from `vars`. */
export const releaseText = releaseStrings.text;
