import { releaseText } from "../../i18n/releaseText.ts";
import type { Lang } from "../../lib/model.ts";
import { isScalar, type JsonValue, jsonType } from "../../lib/releases/jsonValue.ts";

/** A value as a changelog shows it: its text, and whether it is missing (unknown) or empty. */
export interface ValueView {
  text: string;
  /** The value is absent: unknown. */
  missing: boolean;
  /** The value is known and empty (`""`, `[]`, `{}`). */
  empty: boolean;
  /** The JSON type in words, given when a change is about the type (`retyped`). */
  type?: string;
}

/**
 * Shows a value exactly, for auditing: text as written, numbers and booleans as JSON writes them
 * (never rounded or localised), lists of plain values joined with `; ` as in the CSV files, other
 * structures as compact JSON. With `withType`, text is quoted and the JSON type named, so `"12"`
 * and `12` can be told apart.
 */
export function displayValue(value: JsonValue | undefined, lang: Lang, withType = false): ValueView {
  if (value === undefined) return { text: releaseText(lang, "release.unknown"), missing: true, empty: false };
  const type = withType ? { type: releaseText(lang, `release.type.${jsonType(value)}`) } : {};
  if (value === "")
    return {
      text: withType ? '""' : releaseText(lang, "release.empty"),
      missing: false,
      empty: true,
      ...type,
    };
  if (typeof value === "string")
    return { text: withType ? JSON.stringify(value) : value, missing: false, empty: false, ...type };
  const empty = Array.isArray(value)
    ? value.length === 0
    : typeof value === "object" && value !== null && Object.keys(value).length === 0;
  if (Array.isArray(value) && value.length > 0 && value.every(isScalar) && !withType)
    return {
      text: value.map((item) => (typeof item === "string" ? item : JSON.stringify(item))).join("; "),
      missing: false,
      empty,
      ...type,
    };
  return { text: JSON.stringify(value), missing: false, empty, ...type };
}
