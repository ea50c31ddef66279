import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "./jsonSchema.ts";
import { allowsPersonalData, isCode, isFreeText, isPartialDate } from "./vocabulary.ts";

/** What the schema says about one scalar value inside a record. */
export interface ValueFacts {
  isDate: boolean;
  /** `"x-personalData": true` here or on an enclosing property. */
  personalData: boolean;
  /** The declared type of the value. */
  type: string | undefined;
  format?: string;
  /** Free text: a string the schema does not restrict to a list (`enum`, `const`) or a format (dates, URIs). */
  freeText: boolean;
  /**
   * An id or a code: not free text, or text with a `pattern` or an `x-foreignKey` (the primary key of
   * a dataset has a pattern or is referred to).
   */
  code: boolean;
}

/**
 * Visits every scalar value of a (nested JSON) record with its JSON pointer and what its schema says
 * about it, following `$ref`s. Values the schema does not describe are visited as untyped text.
 */
export function walkValues(
  schema: JsonSchema,
  value: unknown,
  registry: SchemaRegistry,
  visit: (value: unknown, pointer: string, facts: ValueFacts) => void,
  pointer = "",
  base?: string,
  inherited = false,
): void {
  if (value === undefined || value === null) return;
  const node = resolveSchema(schema, registry, base);
  const nodeBase = typeof node.$id === "string" ? node.$id : base;
  const personalData = inherited || allowsPersonalData(schema, node);
  if (Array.isArray(value)) {
    const items = node.items ?? {};
    value.forEach((item, index) => {
      walkValues(items, item, registry, visit, `${pointer}/${index}`, nodeBase, personalData);
    });
    return;
  }
  if (typeof value === "object") {
    const properties = node.properties ?? {};
    for (const [name, child] of Object.entries(value as Record<string, unknown>)) {
      walkValues(
        properties[name] ?? {},
        child,
        registry,
        visit,
        `${pointer}/${name}`,
        nodeBase,
        personalData,
      );
    }
    return;
  }
  visit(value, pointer, {
    isDate: isPartialDate(schema, node),
    personalData,
    type: primaryType(node),
    ...(typeof node.format === "string" ? { format: node.format } : {}),
    freeText: isFreeText(node),
    code: isCode(node) || isCode(schema),
  });
}
