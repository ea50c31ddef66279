import type { JsonSchema } from "./jsonSchema.ts";

/** A Frictionless Table Schema field (the parts the translation reads). */
export interface TableSchemaField {
  name: string;
  type?: string;
  format?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: unknown[];
    pattern?: string;
    minLength?: number;
    maxLength?: number;
    minimum?: number | string;
    maximum?: number | string;
  };
  [key: string]: unknown;
}

/** A Frictionless Table Schema descriptor. */
export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey?: string | string[];
  foreignKeys?: Array<{
    fields: string | string[];
    reference: { resource: string; fields: string | string[] };
  }>;
  [key: string]: unknown;
}

// Table Schema types and the JSON Schema that reads the same values from CSV text.
const types: Readonly<Record<string, JsonSchema>> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  date: { type: "string", format: "date" },
  datetime: { type: "string", format: "date-time" },
  time: { type: "string", format: "time" },
  year: { type: "integer" },
  yearmonth: { type: "string", pattern: "^\\d{4}-\\d{2}$" },
  array: { type: "array" },
  object: { type: "object" },
  any: {},
};

/**
 * Translates a Frictionless Table Schema into the project's record schema (JSON Schema 2020-12
 * with `x-primaryKey`, `x-unique` and `x-foreignKey`), so a generic CSV can be validated by the
 * same reader and rules as the project's datasets. `table` names the table for self-references.
 * Not translated: composite foreign keys, references to other resources, `missingValues`, and
 * Table Schema's JSON-in-a-cell arrays (the project's lists are `;`-separated).
 */
export function fromTableSchema(tableSchema: TableSchema, table = "table"): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const field of tableSchema.fields) {
    const node: JsonSchema = { ...(types[field.type ?? "string"] ?? {}) };
    const c = field.constraints ?? {};
    if (c.required) required.push(field.name);
    if (c.unique) node["x-unique"] = true;
    if (c.enum) node.enum = c.enum;
    if (c.pattern !== undefined) node.pattern = `^(?:${c.pattern})$`;
    if (c.minLength !== undefined) node.minLength = c.minLength;
    if (c.maxLength !== undefined) node.maxLength = c.maxLength;
    if (c.minimum !== undefined) node.minimum = Number(c.minimum);
    if (c.maximum !== undefined) node.maximum = Number(c.maximum);
    properties[field.name] = node;
  }
  for (const foreignKey of tableSchema.foreignKeys ?? []) {
    const [field] = [foreignKey.fields].flat();
    const [target] = [foreignKey.reference.fields].flat();
    const resource = foreignKey.reference.resource === "" ? table : foreignKey.reference.resource;
    const node = field === undefined ? undefined : properties[field];
    if (node && target !== undefined) node["x-foreignKey"] = `${resource}.${target}`;
  }
  return {
    $id: `${table}.schema.json`,
    type: "object",
    properties,
    ...(required.length > 0 ? { required } : {}),
    ...(tableSchema.primaryKey === undefined ? {} : { "x-primaryKey": tableSchema.primaryKey }),
  };
}
