import type { Lang } from "../lib/model.ts";
import { type PartVars, stringTable, type TextPart } from "../lib/text/stringTable.ts";
import en from "./commitments.en.json";
import id from "./commitments.id.json";

const table = stringTable(en, id);

/** A key of the commitments tracker's UI strings (`src/i18n/commitments.<lang>.json`). */
export type CommitmentTextKey = keyof typeof en;

/** Returns a commitments-tracker UI string in a language, with `{name}` placeholders filled from `vars`. */
export function commitmentText(
  lang: Lang,
  key: CommitmentTextKey,
  vars: Readonly<Record<string, string>> = {},
): string {
  return table.text(lang, key, vars);
}

/** Returns a commitments-tracker UI string split into parts, so placeholders can be filled with links. */
export function commitmentTextParts(lang: Lang, key: CommitmentTextKey, vars: PartVars): TextPart[] {
  return table.parts(lang, key, vars);
}
