import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import { isBilingual } from "../schema/vocabulary.ts";

/** How a CSV column is written: its header name, how to read its value, and its schema node. */
export interface CsvColumn {
  name: string;
  /** The JSON Schema node of the value written in this column, with `$ref`s resolved. */
  schema: JsonSchema;
  /** The property as written in the schema (its `$ref` tells shared types such as dates apart). */
  property: JsonSchema;
  /** Whether the schema requires a value (top-level `required`). */
  required: boolean;
  /** Reads the column's value from a record; `undefined` is unknown and written as an empty cell. */
  read(record: Readonly<Record<string, unknown>>): unknown;
  /** Set when the value is a list of objects, written as JSON text. */
  json?: boolean;
}

/** Columns for a dataset published as CSV at the source: exactly the source header, in its order. */
export function columnsFromHeader(
  header: readonly string[],
  schema: JsonSchema,
  registry: SchemaRegistry,
  base?: string,
): CsvColumn[] {
  const properties = schema.properties ?? {};
  const required = new Set(schema.required ?? []);
  return header.map((name) => ({
    name,
    schema: resolveSchema(properties[name] ?? {}, registry, base),
    property: properties[name] ?? {},
    required: required.has(name),
    read: (record) => record[name],
  }));
}

/**
 * Columns that flatten a nested (JSON) dataset into a table, in schema order: a bilingual text
 * becomes `<name>_id` and `<name>_en`, an object becomes `<name>_<key>` columns, a list of scalars
 * stays one column (joined with `;`), and a list of objects is written as JSON text.
 */
export function columnsFromSchema(schema: JsonSchema, registry: SchemaRegistry, base?: string): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const walk = (
    properties: Record<string, JsonSchema>,
    required: ReadonlySet<string>,
    prefix: string,
    get: (r: Readonly<Record<string, unknown>>) => unknown,
  ) => {
    for (const [key, raw] of Object.entries(properties)) {
      const node = resolveSchema(raw, registry, base);
      const name = prefix === "" ? key : `${prefix}_${key}`;
      const read = (record: Readonly<Record<string, unknown>>) =>
        (get(record) as Record<string, unknown> | undefined)?.[key];
      const type = primaryType(node);
      // A nested value is required only when every object on its path is required too.
      const isRequired = required.has(key);
      if (type === "object" && (isBilingual(node) || node.properties)) {
        walk(node.properties ?? {}, isRequired ? new Set(node.required ?? []) : new Set(), name, read);
      } else {
        const items = resolveSchema(node.items ?? {}, registry, base);
        const json = type === "array" && primaryType(items) === "object";
        columns.push({
          name,
          schema: node,
          property: raw,
          required: isRequired,
          read,
          ...(json ? { json } : {}),
        });
      }
    }
  };
  walk(schema.properties ?? {}, new Set(schema.required ?? []), "", (record) => record);
  return columns;
}
