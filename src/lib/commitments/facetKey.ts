import type { CommitmentFacet } from "./commitmentFacets.ts";

/** The path key of "not found" (no value in the sources read), in every facet. */
export const notFoundKey = "not-found";

/** The longest readable part of a path key, in characters (a hash may follow). */
export const maxSlugLength = 60;

/** Returns a lowercase ASCII slug of a text: `Security & Public Safety` → `security-public-safety`. */
export function slugOf(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Returns eight hex digits of a text's FNV-1a hash (32 bits): a short, stable tag for a value. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * Gives every value of a facet its path key, unique within the facet and safe as a folder name:
 * record ids are used as they are (`2020-2022`, `kpu`); quoted text is slugged (`Access to
 * Information` → `access-to-information`), at most 60 characters. Where a slug would be ambiguous, a
 * hash of the exact value follows it: for every value after the first (in code-point order) of those
 * that slug alike (`Open Data`, `Open-Data` → `open-data`, `open-data-1f0c3a2b`), for a slug cut to
 * length, and for a text with no letters or digits (`!!!` → `5d6e7f80`). `null` (not found) is
 * `not-found`. The same values always get the same keys.
 */
export function facetKeys(
  facet: CommitmentFacet,
  values: Iterable<string | null>,
): Map<string | null, string> {
  const keys = new Map<string | null, string>();
  const distinct = [...new Set(values)];
  if (distinct.includes(null)) keys.set(null, notFoundKey);
  const texts = distinct.filter((value): value is string => value !== null).sort(codePointOrder);
  if (facet.key === "id") {
    for (const value of texts) keys.set(value, value);
    return keys;
  }
  const taken = new Set<string>([notFoundKey]);
  for (const value of texts) {
    const slug = slugOf(value);
    const cut = slug.slice(0, maxSlugLength).replace(/-+$/, "");
    let key =
      cut !== "" && cut === slug && !taken.has(cut) ? cut : [cut, shortHash(value)].filter(Boolean).join("-");
    // Two values with the same slug and hash are astronomically unlikely; they still get two keys.
    for (let n = 2; taken.has(key); n += 1) key = `${cut}-${shortHash(value)}-${n}`.replace(/^-/, "");
    taken.add(key);
    keys.set(value, key);
  }
  return keys;
}

function codePointOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
