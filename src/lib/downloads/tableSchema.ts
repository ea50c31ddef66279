import { partialDatePattern } from "../partialDate.ts";
import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import { foreignKeyOf, isPartialDate, labelOf, primaryKeyOf } from "../schema/vocabulary.ts";
import type { CsvColumn } from "./csvColumn.ts";
import { wholeValuePattern } from "./wholeValuePattern.ts";

/** A Frictionless Table Schema field. */
export interface TableField {
  name: string;
  type: string;
  title?: string;
  description?: string;
  format?: string;
  constraints?: Record<string, unknown>;
}

/** A Frictionless Table Schema (v2) describing one CSV download. */
export interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

const scalarTypes: Record<string, string> = { integer: "integer", number: "number", boolean: "boolean" };

/** Maps a scalar JSON Schema node to a Table Schema type (partial dates stay strings with a pattern). */
export function scalarType(node: JsonSchema): string {
  return scalarTypes[primaryType(node) ?? ""] ?? "string";
}

/**
 * Collects the Table Schema constraints a scalar JSON Schema node states; its `pattern` is rewritten
 * for Table Schema's whole-value matching, and a partial date without one gets the date's pattern.
 */
export function constraintsOf(node: JsonSchema, required: boolean): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (required) constraints.required = true;
  if (Array.isArray(node.enum)) constraints.enum = node.enum;
  if (typeof node.pattern === "string") constraints.pattern = wholeValuePattern(node.pattern);
  else if (isPartialDate(node)) constraints.pattern = partialDatePattern;
  for (const key of ["minimum", "maximum", "minLength", "maxLength"] as const) {
    if (typeof node[key] === "number") constraints[key] = node[key];
  }
  return constraints;
}

/** Returns the `x-foreignKey` of a property or of its (resolved) items, if any. */
function foreignKeyOfColumn(node: JsonSchema, registry: SchemaRegistry, base?: string): string | undefined {
  return foreignKeyOf(node, node.items ? resolveSchema(node.items, registry, base) : undefined);
}

/**
 * Derives the Frictionless Table Schema of a download from its columns and JSON Schema: types,
 * titles, descriptions, constraints, the primary key, and foreign keys to other datasets
 * (single-valued fields only: Table Schema cannot check each item of a `;` list).
 */
export function tableSchema(
  columns: readonly CsvColumn[],
  schema: JsonSchema,
  registry: SchemaRegistry,
  base?: string,
): TableSchema {
  const fields: TableField[] = [];
  const foreignKeys: NonNullable<TableSchema["foreignKeys"]> = [];
  for (const column of columns) {
    const node = column.schema;
    const field: TableField = { name: column.name, type: "string" };
    const title = labelOf(node, "en");
    if (title) field.title = title;
    if (node.description) field.description = node.description;
    const type = primaryType(node);
    let list = false;
    if (column.json) {
      field.type = "array";
    } else if (type === "array") {
      // A `;`-joined cell. Table Schema v2 prose has a `list` type, but the official v2 JSON profile
      // does not accept it yet, so the cell is declared as a string and its delimiter is described.
      field.type = "string";
      list = true;
      const note = `Several values are separated by ";" (each a ${scalarType(resolveSchema(node.items ?? {}, registry, base))}).`;
      field.description = field.description?.includes('";"')
        ? field.description
        : `${field.description ?? ""} ${note}`.trim();
    } else if (type === "object") {
      field.type = "object";
    } else {
      field.type = scalarType(node);
      if (node.format === "uri") field.format = "uri";
    }
    // Item constraints of lists (enum, pattern) apply to each item, which Table Schema cannot express.
    const structured = list || field.type === "array" || field.type === "object";
    const constraints = structured
      ? column.required
        ? { required: true }
        : {}
      : constraintsOf(node, column.required);
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    fields.push(field);
    const target =
      foreignKeyOfColumn(column.property, registry, base) ?? foreignKeyOfColumn(node, registry, base);
    if (target && !target.startsWith("ref:") && !list) {
      const [resource, targetField] = target.split(".");
      if (resource && targetField)
        foreignKeys.push({ fields: [column.name], reference: { resource, fields: [targetField] } });
    }
  }
  const primaryKey = primaryKeyOf(schema);
  return {
    fields,
    ...(primaryKey === undefined ? {} : { primaryKey: [primaryKey] }),
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
    missingValues: [""],
  };
}
