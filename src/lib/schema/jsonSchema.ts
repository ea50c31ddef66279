/** A JSON Schema node, loosely typed: the project reads only the keywords it needs. */
export interface JsonSchema {
  $id?: string;
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  description?: string;
  $defs?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/** Schemas by `$id` (their file names), so `$ref`s between files can be followed. */
export type SchemaRegistry = ReadonlyMap<string, JsonSchema>;

/**
 * Follows `$ref`s (`defs.schema.json#/$defs/date` or `#/$defs/x`) until a schema without one,
 * merging the referring node's own keywords over the target's (2020-12 allows siblings of `$ref`).
 */
export function resolveSchema(node: JsonSchema, registry: SchemaRegistry, base?: string): JsonSchema {
  let current = node;
  let currentBase = base;
  for (let depth = 0; current.$ref !== undefined && depth < 20; depth += 1) {
    const [file, fragment = ""] = current.$ref.split("#");
    const docId = file === "" || file === undefined ? currentBase : file;
    const doc = docId === undefined ? undefined : registry.get(docId);
    if (!doc)
      throw new Error(`Cannot resolve $ref "${current.$ref}": schema "${docId ?? "(none)"}" is not loaded.`);
    let target: unknown = doc;
    for (const part of fragment.split("/").filter(Boolean)) {
      target = (target as Record<string, unknown> | undefined)?.[decodeURIComponent(part)];
    }
    if (typeof target !== "object" || target === null)
      throw new Error(`Cannot resolve $ref "${current.$ref}".`);
    const { $ref: _ref, ...own } = current;
    current = { ...(target as JsonSchema), ...own };
    currentBase = docId;
  }
  return current;
}

/** Returns the primitive type a schema node declares (the first non-null one). */
export function primaryType(node: JsonSchema): string | undefined {
  const { type } = node;
  if (Array.isArray(type)) return type.find((t) => t !== "null");
  return type;
}
