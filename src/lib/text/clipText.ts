import { detached } from "../csv/detached.ts";

/** The most characters of one value (a cell, a column name) that an issue quotes. */
export const maxQuotedLength = 200;

/**
 * Shortens a text to at most `max` characters, ending in `…` when it was cut (never inside a surrogate
 * pair). The result is a copy, so a 10 MB cell quoted by an issue does not stay in memory.
 */
export function clipText(text: string, max = maxQuotedLength): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return detached(`${text.slice(0, end)}…`);
}
