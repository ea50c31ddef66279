/**
 * Moves the result whose address names exactly what was searched for (an activity's id, `ksst-0012`,
 * opens `/en/activities/ksst-0012/`) to the front, keeping the others in their order. Pagefind ranks by
 * words: it splits an id at its hyphen and a page that says "KSST" often (a dataset's page) outscores
 * the record itself, which a reader typing an id never wants.
 */
export function exactRecordFirst<T extends { url: string }>(results: readonly T[], query: string): T[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted || /[\s/]/.test(wanted)) return [...results];
  const exact = results.findIndex((r) => lastSegment(r.url) === wanted);
  if (exact <= 0) return [...results];
  return [results[exact] as T, ...results.slice(0, exact), ...results.slice(exact + 1)];
}

function lastSegment(url: string): string {
  const path = url.split(/[?#]/)[0] ?? "";
  const segments = path.split("/").filter(Boolean);
  try {
    return decodeURIComponent(segments.at(-1) ?? "").toLowerCase();
  } catch {
    return "";
  }
}
