import type { Lang } from "../lib/model.ts";
import { type PartVars, stringTable, type TextPart } from "../lib/text/stringTable.ts";
import en from "./charts.en.json";
import id from "./charts.id.json";

const table = stringTable(en, id);

/** A key of the charts' UI strings (`src/i18n/charts.<lang>.json`). */
export type ChartTextKey = keyof typeof en;

export type { TextPart };

/** Returns a chart UI string in a language, with `{name}` placeholders filled from `vars`. */
export function chartText(
  lang: Lang,
  key: ChartTextKey,
  vars: Readonly<Record<string, string>> = {},
): string {
  return table.text(lang, key, vars);
}

/** Returns a chart UI string split into parts, so that placeholders can be filled with links (or lists of them). */
export function chartTextParts(lang: Lang, key: ChartTextKey, vars: PartVars = {}): TextPart[] {
  return table.parts(lang, key, vars);
}
