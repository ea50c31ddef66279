/** A value as JSON can hold it. A field that is absent from a record is `undefined`: unknown. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object (never an array or null). */
export type JsonObject = { [key: string]: JsonValue };

/** The JSON type of a value, as a diff compares it; integers and decimals are both `number`. */
export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";

/** Tells the JSON type of a value. */
export function jsonType(value: JsonValue): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "boolean" | "number" | "string" | "object";
}

/** Tells whether a value is a JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Tells whether a value is a scalar: string, number, boolean or null. */
export function isScalar(value: JsonValue): value is string | number | boolean | null {
  return value === null || typeof value !== "object";
}

/** Tells whether two JSON values are equal: same type, same members, arrays in the same order. */
export function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

/** Writes a value as JSON with object keys sorted, so equal values always give the same text. */
export function canonicalJson(value: JsonValue | undefined): string {
  if (value === undefined) return "";
  return JSON.stringify(value, (_key, member: unknown) => {
    if (!isJsonObject(member)) return member;
    const sorted: JsonObject = {};
    for (const key of Object.keys(member).sort()) sorted[key] = member[key] as JsonValue;
    return sorted;
  });
}
