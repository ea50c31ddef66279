import en from "../../i18n/charts.en.json";
import id from "../../i18n/charts.id.json";
import type { Lang } from "../model.ts";

/** A key of the charts' UI strings (`src/i18n/charts.<lang>.json`). */
export type ChartTextKey = keyof typeof en;

// Fails to compile when the Indonesian strings lack a key of the English ones, or have one extra.
const dictionaries: Record<Lang, Record<ChartTextKey, string>> = { id, en };
const noExtraKeys: Exclude<keyof typeof id, ChartTextKey> extends never ? true : false = true;
void noExtraKeys;

/** A piece of a chart string: plain text, or a link filled into a placeholder. */
export interface TextPart {
  text: string;
  href?: string;
}

/** Returns a chart UI string in a language, with `{name}` placeholders filled from `vars`. */
export function chartText(
  lang: Lang,
  key: ChartTextKey,
  vars: Readonly<Record<string, string>> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

/** Returns a chart UI string split into parts, so that placeholders can be filled with links (or lists of them). */
export function chartTextParts(
  lang: Lang,
  key: ChartTextKey,
  vars: Readonly<Record<string, string | TextPart | readonly TextPart[]>> = {},
): TextPart[] {
  const parts: TextPart[] = [];
  const text = dictionaries[lang][key];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
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
}
