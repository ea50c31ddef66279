import type { Lang } from "../lib/model.ts";
import en from "./en.json";
import id from "./id.json";

/** A UI string key, e.g. `nav.activities`: the keys of the English dictionary. */
export type UiKey = keyof typeof en;

// Fails to compile when the Indonesian dictionary lacks a key of the English one, or has one extra.
const dictionaries: Record<Lang, Record<UiKey, string>> = { id, en };
type ExtraIndonesianKeys = Exclude<keyof typeof id, UiKey>;
const noExtraKeys: ExtraIndonesianKeys extends never ? true : false = true;
void noExtraKeys;

/** Values substituted for `{name}` placeholders; numbers must already be formatted for the locale. */
export type UiVars = Record<string, string>;

/** Returns the UI string for a key in a language, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: UiVars = {}): string {
  const text = dictionaries[lang][key];
  return text.replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

/** Returns a `t` bound to one language, for components that render a whole page in it. */
export function translator(lang: Lang): (key: UiKey, vars?: UiVars) => string {
  return (key, vars) => t(lang, key, vars);
}

/** A piece of a UI string: plain text, or a link filled into a placeholder. */
export interface UiPart {
  text: string;
  href?: string;
}

/**
 * Returns a UI string split into parts, so that placeholders can be filled with links:
 * `tParts("id", "footer.licence", { licence: { text: "CC-BY-4.0", href } })`.
 */
export function tParts(lang: Lang, key: UiKey, vars: Record<string, string | UiPart> = {}): UiPart[] {
  const parts: UiPart[] = [];
  const text = dictionaries[lang][key];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const value = vars[match[1] as string];
    if (value === undefined) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push(typeof value === "string" ? { text: value } : value);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
