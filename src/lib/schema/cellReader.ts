import { isExactNumber } from "../json/exactNumber.ts";
import { type JsonSchema, primaryType, resolveSchema, type SchemaRegistry } from "./jsonSchema.ts";

/** Reads the text of one CSV cell as the value its schema declares. */
export type CellReader = (text: string) => unknown;

const integerText = /^-?\d+$/;
const numberText = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Compiles a property's schema once into a function that turns cell text into a typed value:
 * empty text is `undefined` (unknown), lists are split on `;` and each item trimmed and read by
 * `items`. Text that cannot be read as the declared type, or a number that a double cannot hold
 * exactly, is returned unchanged, so that schema validation reports it with the value the publisher
 * wrote.
 */
export function compileCellReader(property: JsonSchema, registry: SchemaRegistry, base?: string): CellReader {
  const node = resolveSchema(property, registry, base);
  if (primaryType(node) === "array") {
    const item = scalarReader(resolveSchema(node.items ?? {}, registry, base));
    return (text) => {
      if (isBlank(text)) return undefined;
      // Most lists hold one item; the parts of a longer one are read in place.
      if (!text.includes(";")) return [item(text.trim())];
      const parts: unknown[] = text.split(";");
      for (let i = 0; i < parts.length; i += 1) parts[i] = item((parts[i] as string).trim());
      return parts;
    };
  }
  const scalar = scalarReader(node);
  return (text) => (isBlank(text) ? undefined : scalar(text));
}

function scalarReader(node: JsonSchema): (text: string) => unknown {
  switch (primaryType(node)) {
    // A number a double cannot hold exactly stays text, reported as inexact-number (see localHabits).
    case "integer":
      return (text) => (integerText.test(text) && isExactNumber(text) ? Number(text) : text);
    case "number":
      return (text) => (numberText.test(text) && isExactNumber(text) ? Number(text) : text);
    case "boolean":
      return (text) => (text === "true" ? true : text === "false" ? false : text);
    default:
      return (text) => text;
  }
}

function isBlank(text: string): boolean {
  if (text === "") return true;
  // Most cells start with a visible character: no need to trim them.
  const first = text.charCodeAt(0);
  return (
    (first === 32 || first === 9 || first === 160 || first === 0x3000 || first < 32) && text.trim() === ""
  );
}
