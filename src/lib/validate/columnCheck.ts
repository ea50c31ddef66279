import { detached } from "../csv/detached.ts";
import type { JsonSchema } from "../schema/jsonSchema.ts";

/** Tells whether a CSV cell's value passes its property's schema, given the cell text it was read from. */
export type ColumnCheck = (text: string, value: unknown) => boolean;

// Only short texts are remembered (codes, dates, lists of ids); long free text is rarely repeated.
const longestRemembered = 64;
const mostRemembered = 4096;
// After this many look-ups, a column that has found fewer than one in four of its texts stops remembering.
const trial = 1024;

/**
 * Wraps a pure validator so that a column remembers its verdict per cell text: the value is read
 * from the text by a fixed reader, so the same text always gets the same verdict. Columns of codes,
 * dates and references repeat their texts and skip the validator; a column of unique values (ids)
 * gives up remembering after a trial, so it pays for the validator alone. With `remember` false
 * (a cheap schema, see `worthRemembering`) the validator is always called.
 */
export function columnCheck(validate: (value: unknown) => boolean, remember: boolean): ColumnCheck {
  if (!remember) return (_text, value) => validate(value);
  let known: Map<string, boolean> | undefined = new Map();
  let lookups = 0;
  let hits = 0;
  return (text, value) => {
    if (known === undefined || text.length > longestRemembered) return validate(value);
    const verdict = known.get(text);
    lookups += 1;
    if (verdict !== undefined) {
      hits += 1;
      return verdict;
    }
    if (lookups >= trial && hits * 4 < lookups) known = undefined;
    const fresh = validate(value);
    if (known !== undefined && known.size < mostRemembered) known.set(detached(text), fresh);
    return fresh;
  };
}

/**
 * Tells whether a property's schema costs more to check than a look-up of the cell text: lists,
 * patterns, formats, long enums and references (a type, a length or a short enum is cheaper to check
 * again than to look up).
 */
export function worthRemembering(node: JsonSchema): boolean {
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === "pattern" || keyword === "format" || keyword === "items" || keyword === "$ref")
      return true;
    if (keyword === "enum" && Array.isArray(value) && value.length > 16) return true;
    if (keyword.startsWith("x-") || keyword === "examples" || keyword === "default") continue;
    if (typeof value === "object" && value !== null && worthRemembering(value as JsonSchema)) return true;
  }
  return false;
}
