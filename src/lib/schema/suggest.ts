import { distance } from "fastest-levenshtein";

/**
 * Returns the allowed value the publisher most likely meant ("did you mean …"): the same value up
 * to case and spaces, else the nearest one by edit distance when it is close enough to be a typo.
 */
export function suggest(value: string, allowed: readonly string[]): string | undefined {
  const folded = fold(value);
  const same = allowed.find((candidate) => fold(candidate) === folded);
  if (same !== undefined) return same;
  // A code written at greater length (TZA for TZ) or cut short.
  const prefixed = allowed.filter((c) => {
    const f = fold(c);
    return f.length > 0 && (folded.startsWith(f) || f.startsWith(folded));
  });
  if (prefixed.length === 1) return prefixed[0];
  // On short codes, one changed character is another code, not a typo.
  if (folded.length < 4) return undefined;
  // A typo changes a few characters; more than a third of the word is a different word.
  const limit = Math.max(1, Math.min(3, Math.floor(folded.length / 2.5)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const other = fold(candidate);
    // The distance is at least the difference in length: no need to compute it (a 10 MB cell).
    if (Math.abs(other.length - folded.length) > limit) continue;
    const d = distance(folded, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}
