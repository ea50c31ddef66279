/**
 * Paths of changes inside a record, written like JSON Pointers (RFC 6901) with one addition:
 * an element of an array of objects that each carry a distinct `id` is written `[id=<id>]`
 * and found by that id wherever it sits in the array, e.g. `/milestones/[id=m2]/status`.
 * Object members are `/<name>` and elements matched by position are `/<index>` (0-based).
 * `~` and `/` inside a name or id are escaped as `~0` and `~1`, as in RFC 6901.
 */

/** One step of a change path: an object member, an array position, or an array element by id. */
export type PathSegment =
  | { kind: "member"; name: string }
  | { kind: "index"; index: number }
  | { kind: "id"; id: string };

/** Escapes a name or id for a path segment (RFC 6901: `~` → `~0`, `/` → `~1`). */
export function escapeSegment(text: string): string {
  return text.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapeSegment(text: string): string {
  return text.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** Appends an object member to a path. */
export function memberPath(base: string, name: string): string {
  return `${base}/${escapeSegment(name)}`;
}

/** Appends an array position to a path. */
export function indexPath(base: string, index: number): string {
  return `${base}/${index}`;
}

/** Appends an array element found by its `id` to a path. */
export function idPath(base: string, id: string): string {
  return `${base}/[id=${escapeSegment(id)}]`;
}

/**
 * Splits a change path into segments. Digits-only segments are read as array positions; a
 * caller that knows the member is an object (from the schema) may treat them as names.
 */
export function parsePath(path: string): PathSegment[] {
  if (path === "") return [];
  return path
    .slice(1)
    .split("/")
    .map((raw): PathSegment => {
      const byId = /^\[id=(.*)\]$/.exec(raw);
      if (byId) return { kind: "id", id: unescapeSegment(byId[1] ?? "") };
      if (/^(0|[1-9][0-9]*)$/.test(raw)) return { kind: "index", index: Number(raw) };
      return { kind: "member", name: unescapeSegment(raw) };
    });
}
