import type { Lang } from "../model.ts";

/** A piece of a UI string: plain text, or a link filled into a placeholder. */
export interface TextPart {
  text: string;
  href?: string;
}

/** Values for `{name}` placeholders; numbers must already be formatted for the locale. */
export type TextVars = Readonly<Record<string, string | number>>;

/** Values for `{name}` placeholders that may also be links, or lists of them. */
export type PartVars = Readonly<Record<string, string | TextPart | readonly TextPart[]>>;

/** A dictionary's strings in one language: the string for a key, placeholders filled. */
export type Translator<K extends string> = (key: K, vars?: TextVars) => string;

/** A table of UI strings in both languages, with lookup and placeholder filling. */
export interface StringTable<K extends string> {
  /** Returns the string for a key, with `{name}` placeholders filled from `vars` (unknown ones kept). */
  text(lang: Lang, key: K, vars?: TextVars): string;
  /** Returns the string split into parts, so that placeholders can be filled with links. */
  parts(lang: Lang, key: K, vars?: PartVars): TextPart[];
  /** Returns `text` bound to one language, for code that renders a whole page or file in it. */
  translator(lang: Lang): Translator<K>;
}

const placeholder = /\{(\w+)\}/g;

/**
 * Builds a string table from the English and Indonesian dictionaries (JSON files in `src/i18n/`):
 * the one factory every dictionary's module uses. Fails to compile when the Indonesian dictionary lacks a key of the English one, or has one extra.
 */
export function stringTable<E extends Record<string, string>, I extends Record<keyof E, string>>(
  en: E,
  id: I & Record<Exclude<keyof I, keyof E>, never>,
): StringTable<Extract<keyof E, string>> {
  const dictionaries: Record<Lang, Readonly<Record<string, string>>> = { en, id };
  const text = (lang: Lang, key: string, vars: TextVars = {}): string =>
    (dictionaries[lang][key] ?? key).replace(placeholder, (match, name: string) => {
      const value = vars[name];
      return value === undefined ? match : String(value);
    });
  return {
    text,
    translator: (lang) => (key, vars) => text(lang, key, vars),
    parts(lang, key, vars = {}) {
      const text = dictionaries[lang][key] ?? key;
      const parts: TextPart[] = [];
      let last = 0;
      for (const match of text.matchAll(placeholder)) {
        const value = vars[match[1] as string];
        if (value === undefined) continue;
        if (match.index > last) parts.push({ text: text.slice(last, match.index) });
        if (typeof value === "string") parts.push({ text: value });
        else if (Array.isArray(value)) parts.push(...value);
        else parts.push(value as TextPart);
        last = match.index + match[0].length;
      }
      if (last < text.length) parts.push({ text: text.slice(last) });
      return parts;
    },
  };
}
