import type { Lang } from "../lib/model.ts";
import en from "./commitments.en.json";
import id from "./commitments.id.json";
import type { UiPart } from "./t.ts";

/** A key of the commitments tracker's UI strings (`src/i18n/commitments.<lang>.json`). */
export type CommitmentTextKey = keyof typeof en;

// Fails to compile when the Indonesian strings lack a key of the English ones, or have one extra.
const dictionaries: Record<Lang, Record<CommitmentTextKey, string>> = { id, en };
const noExtraKeys: Exclude<keyof typeof id, CommitmentTextKey> extends never ? true : false = true;
void noExtraKeys;

/** Returns a commitments-tracker UI string in a language, with `{name}` placeholders filled from `vars`. */
export function commitmentText(
  lang: Lang,
  key: CommitmentTextKey,
  vars: Readonly<Record<string, string>> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) => vars[name] ?? match);
}

/** Returns a commitments-tracker UI string split into parts, so placeholders can be filled with links. */
export function commitmentTextParts(
  lang: Lang,
  key: CommitmentTextKey,
  vars: Readonly<Record<string, string | UiPart>>,
): UiPart[] {
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
