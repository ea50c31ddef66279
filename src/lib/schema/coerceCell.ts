import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "./jsonSchema.ts";

/**
 * Turns the text of one CSV cell into the typed value its schema declares. Empty text is
 * `undefined` (unknown). Text that cannot be read as the declared type is returned unchanged,
 * so that schema validation reports it with the value the publisher wrote.
 */
export function coerceCell(
  text: string,
  property: JsonSchema,
  registry: SchemaRegistry,
  base?: string,
): unknown {
  if (text.trim() === "") return undefined;
  const node = resolveSchema(property, registry, base);
  const type = primaryType(node);
  if (type === "array") {
    const items = node.items ?? {};
    return text.split(";").map((part) => {
      const value = coerceScalar(part.trim(), resolveSchema(items, registry, base));
      return value === undefined ? part.trim() : value;
    });
  }
  const value = coerceScalar(text, node);
  return value === undefined ? text : value;
}

const integerText = /^-?\d+$/;
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

function coerceScalar(text: string, node: JsonSchema): unknown {
  switch (primaryType(node)) {
    case "integer":
      return integerText.test(text) ? Number(text) : text;
    case "number":
      return numberText.test(text) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}
