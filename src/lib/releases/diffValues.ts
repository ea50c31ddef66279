import { idPath, indexPath, memberPath } from "./changePath.ts";
import { isJsonObject, isScalar, type JsonValue, jsonType, sameValue } from "./jsonValue.ts";

/**
 * How one value inside a record changed between two releases.
 * - `added`: the value was absent (unknown) and is now known; `old` is absent.
 * - `removed`: the value was known and is now absent (unknown again); `new` is absent.
 * - `changed`: both known, same JSON type, different value.
 * - `retyped`: both known, different JSON types (e.g. `"12"` → `12`), even when they read alike.
 * An empty value (`""`, `[]`, `{}`) is known to be empty, so absent → `""` is `added`, not nothing.
 */
export type FieldChangeKind = "added" | "removed" | "changed" | "retyped";

/** One change inside a record: where (see `changePath.ts`), what kind, and the values before and after. */
export interface FieldChange {
  path: string;
  kind: FieldChangeKind;
  old?: JsonValue;
  new?: JsonValue;
}

/**
 * Compares two JSON values and lists every change, from the top down: objects member by member,
 * arrays of objects with distinct `id`s element by id, other arrays of objects element by position,
 * and lists of plain values (`source_ids`, `sdgs`) as a whole. A member or element that appears or
 * disappears is one change carrying its whole value, not one change per field inside it.
 */
export function diffValues(
  oldValue: JsonValue | undefined,
  newValue: JsonValue | undefined,
  path = "",
): FieldChange[] {
  const changes: FieldChange[] = [];
  collect(oldValue, newValue, path, changes);
  return changes;
}

function collect(
  oldValue: JsonValue | undefined,
  newValue: JsonValue | undefined,
  path: string,
  out: FieldChange[],
): void {
  if (oldValue === undefined && newValue === undefined) return;
  if (oldValue === undefined) {
    out.push({ path, kind: "added", new: newValue as JsonValue });
    return;
  }
  if (newValue === undefined) {
    out.push({ path, kind: "removed", old: oldValue });
    return;
  }
  if (jsonType(oldValue) !== jsonType(newValue)) {
    out.push({ path, kind: "retyped", old: oldValue, new: newValue });
    return;
  }
  if (isJsonObject(oldValue) && isJsonObject(newValue)) {
    for (const name of unionKeys(Object.keys(newValue), Object.keys(oldValue)))
      collect(oldValue[name], newValue[name], memberPath(path, name), out);
    return;
  }
  if (Array.isArray(oldValue) && Array.isArray(newValue)) {
    collectArray(oldValue, newValue, path, out);
    return;
  }
  if (!sameValue(oldValue, newValue)) out.push({ path, kind: "changed", old: oldValue, new: newValue });
}

function collectArray(oldItems: JsonValue[], newItems: JsonValue[], path: string, out: FieldChange[]): void {
  const oldById = byId(oldItems);
  const newById = byId(newItems);
  if (oldById && newById && (oldById.size > 0 || newById.size > 0)) {
    for (const id of unionKeys([...newById.keys()], [...oldById.keys()]))
      collect(oldById.get(id), newById.get(id), idPath(path, id), out);
    return;
  }
  if (oldItems.every(isScalar) && newItems.every(isScalar)) {
    if (!sameValue(oldItems, newItems)) out.push({ path, kind: "changed", old: oldItems, new: newItems });
    return;
  }
  const length = Math.max(oldItems.length, newItems.length);
  for (let index = 0; index < length; index += 1)
    collect(oldItems[index], newItems[index], indexPath(path, index), out);
}

/**
 * Indexes an array of objects by their `id` (a string or number), or returns undefined when the
 * array is not such a list: an element that is not an object, lacks an id, or repeats one.
 */
function byId(items: readonly JsonValue[]): Map<string, JsonValue> | undefined {
  const map = new Map<string, JsonValue>();
  for (const item of items) {
    if (!isJsonObject(item)) return undefined;
    const id = item.id;
    if (typeof id !== "string" && typeof id !== "number") return undefined;
    const key = String(id);
    if (map.has(key)) return undefined;
    map.set(key, item);
  }
  return map;
}

/** Names in `first`'s order, then those only in `second`, so changes follow the newer layout. */
function unionKeys(first: readonly string[], second: readonly string[]): string[] {
  const seen = new Set(first);
  return [...first, ...second.filter((name) => !seen.has(name))];
}
