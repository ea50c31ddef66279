import { stringTable } from "../lib/text/stringTable.ts";
import en from "./bundle.en.json";
import id from "./bundle.id.json";

/** The download bundles' strings (`src/i18n/bundle.<lang>.json`): README and file descriptions; `bundleStrings.translator(lang)` binds them to one language. */
export const bundleStrings = stringTable(en, id);

/** Returns a bundle string in a language, with `{name}` placeholders filled from `vars`. */
export const bundleText = bundleStrings.text;
