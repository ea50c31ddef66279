import type { Lang } from "../lib/model.ts";
import { type PartVars, stringTable, type TextPart } from "../lib/text/stringTable.ts";
import en from "./en.json";
import id from "./id.json";

const table = stringTable(en, id);

/** A UI string key, e.g. `nav.activities`: the keys of the English dictionary. */
export type UiKey = keyof typeof en;

/** Values substituted for `{name}` placeholders; numbers must already be formatted for the locale. */
export type UiVars = Record<string, string>;

/** Returns the UI string for a key in a language, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: UiVars = {}): string {
  return table.text(lang, key, vars);
}

/** Returns a `t` bound to one language, for components that render a whole page in it. */
export function translator(lang: Lang): (key: UiKey, vars?: UiVars) => string {
  return (key, vars) => t(lang, key, vars);
}

/** A piece of a UI string: plain text, or a link filled into a placeholder. */
export type UiPart = TextPart;

/**
 * Returns a UI string split into parts, so that placeholders can be filled with links:
 * `tParts("id", "footer.licence", { licence: { text: "CC-BY-4.0", href } })`.
 */
export function tParts(lang: Lang, key: UiKey, vars: PartVars = {}): UiPart[] {
  return table.parts(lang, key, vars);
}
