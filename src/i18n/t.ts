import { stringTable, type TextPart } from "../lib/text/stringTable.ts";
import en from "./en.json";
import id from "./id.json";

/** The site's UI strings (`src/i18n/<lang>.json`); `ui.translator(lang)` binds them to one language. */
export const ui = stringTable(en, id);

/** A UI string key, e.g. `nav.activities`: the keys of the English dictionary. */
export type UiKey = keyof typeof en;

/** Returns the UI string for a key in a language, with `{name}` placeholders filled from `vars`. */
export const t = ui.text;

/**
 * Returns a UI string split into parts, so that placeholders can be filled with links:
 * `tParts("id", "footer.licence", { licence: { text: "CC-BY-4.0", href } })`.
 */
export const tParts = ui.parts;

/** A piece of a UI string: plain text, or a link filled into a placeholder. */
export type UiPart = TextPart;
