import { idPath, indexPath, memberPath } from "./changePath.ts";
import { canonicalJson, isJsonObject, isScalar, type JsonValue } from "./jsonValue.ts";

/**
 * Lists the leaves of a value as path → canonical JSON text, walking it the way `diffValues`
 * compares it (objects by member, arrays of objects by id or position, lists of plain values whole),
 * so two records can be compared field by field.
 */
export function flattenLeaves(
  value: JsonValue,
  path = "",
  out = new Map<string, string>(),
): Map<string, string> {
  if (isJsonObject(value)) {
    const names = Object.keys(value);
    if (names.length === 0) out.set(path, "{}");
    for (const name of names) flattenLeaves(value[name] as JsonValue, memberPath(path, name), out);
    return out;
  }
  if (Array.isArray(value) && !value.every(isScalar)) {
    const ids = value.map((item) => (isJsonObject(item) ? item.id : undefined));
    const keyed =
      ids.every((id) => typeof id === "string" || typeof id === "number") &&
      new Set(ids.map(String)).size === ids.length;
    value.forEach((item, index) => {
      flattenLeaves(item, keyed ? idPath(path, String(ids[index])) : indexPath(path, index), out);
    });
    return out;
  }
  out.set(path, canonicalJson(value));
  return out;
}
