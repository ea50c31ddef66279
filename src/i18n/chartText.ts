import { stringTable, type TextPart } from "../lib/text/stringTable.ts";
import en from "./charts.en.json";
import id from "./charts.id.json";

/** The charts' UI strings (`src/i18n/charts.<lang>.json`); `chartStrings.translator(lang)` binds them to one language. */
export const chartStrings = stringTable(en, id);

/** A key of the charts' UI strings. */
export type ChartTextKey = keyof typeof en;

export type { TextPart };

/** Returns a chart UI string in a language, with `{name}` placeholders filled from `vars`. */
export const chartText = chartStrings.text;

/** Returns a chart UI string split into parts, so that placeholders can be filled with links (or lists of them). */
export const chartTextParts = chartStrings.parts;
