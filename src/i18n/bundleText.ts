import type { Lang } from "../lib/model.ts";
import { stringTable, type TextVars } from "../lib/text/stringTable.ts";
import en from "./bundle.en.json";
import id from "./bundle.id.json";

const table = stringTable(en, id);

/** A key of the download bundles' strings (`src/i18n/bundle.<lang>.json`): README and file descriptions. */
export type BundleTextKey = keyof typeof en;

/** Returns a bundle string in a language, with `{name}` placeholders filled from `vars`. */
export function bundleText(lang: Lang, key: BundleTextKey, vars: TextVars = {}): string {
  return table.text(lang, key, vars);
}
