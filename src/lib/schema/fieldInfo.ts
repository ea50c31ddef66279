import { type CellReader, compileCellReader } from "./cellReader.ts";
import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "./jsonSchema.ts";
import { allowsPersonalData, foreignKeyOf, isPartialDate } from "./vocabulary.ts";

/** What the validator needs to know about one top-level property of a dataset, resolved once. */
export interface FieldInfo {
  name: string;
  /** The property's schema with `$ref`s followed. */
  node: JsonSchema;
  /** The declared type (`array` for lists). */
  type: string | undefined;
  /** The list items' schema with `$ref`s followed, for lists. */
  items?: JsonSchema;
  /** Whether the value (or each list item) is a date with precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  isDate: boolean;
  /** Whether the schema allows personal data here (`"x-personalData": true`). */
  personalData: boolean;
  /** `x-foreignKey` target of the value or of each list item. */
  foreignKey?: string;
  /** Reads a CSV cell as the declared type. */
  read: CellReader;
}

/** Resolves every top-level property of a dataset schema into a `FieldInfo`, in schema order. */
export function fieldInfos(schema: JsonSchema, registry: SchemaRegistry): Map<string, FieldInfo> {
  const base = typeof schema.$id === "string" ? schema.$id : undefined;
  const fields = new Map<string, FieldInfo>();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const node = resolveSchema(property, registry, base);
    const type = primaryType(node);
    const items = type === "array" && node.items ? resolveSchema(node.items, registry, base) : undefined;
    const target = foreignKeyOf(node, items);
    fields.set(name, {
      name,
      node,
      type,
      ...(items ? { items } : {}),
      isDate:
        isPartialDate(property, node) || (items !== undefined && isPartialDate(node.items ?? {}, items)),
      personalData: allowsPersonalData(property, node),
      ...(target === undefined ? {} : { foreignKey: target }),
      read: compileCellReader(property, registry, base),
    });
  }
  return fields;
}
