import type { Lang } from "../model.ts";
import { type JsonSchema, resolveSchema, type SchemaRegistry } from "../schema/jsonSchema.ts";
import { labelOf } from "../schema/vocabulary.ts";
import { parsePath } from "./changePath.ts";

/** Where a change path starts in the schemas: a node, and the schema file its `$ref`s are relative to. */
export interface SchemaRoot {
  node: JsonSchema | undefined;
  base: string;
  registry: SchemaRegistry;
}

/**
 * Names a change path for people, from the schema's `x-label`s in a language: `/irm/completion`
 * → `IRM assessment › Completion`; array elements show their id (`m2`) or position (`#3`).
 * Names without a label, or outside the schema, are shown as written.
 */
export function pathLabel(path: string, root: SchemaRoot, lang: Lang): string {
  const parts: string[] = [];
  let node = root.node;
  for (const segment of parsePath(path)) {
    const here = node ? safeResolve(node, root) : undefined;
    if (segment.kind === "member" || (segment.kind === "index" && here?.properties)) {
      const name = segment.kind === "member" ? segment.name : String(segment.index);
      node = here?.properties?.[name] ?? objectOrUndefined(here?.additionalProperties);
      parts.push(labelOf(node, lang) ?? name);
      continue;
    }
    node = here?.items;
    parts.push(segment.kind === "id" ? segment.id : `#${segment.index + 1}`);
  }
  return parts.join(" › ");
}

function objectOrUndefined(value: unknown): JsonSchema | undefined {
  return typeof value === "object" && value !== null ? (value as JsonSchema) : undefined;
}

/** Resolves `$ref`s, treating a reference that cannot be followed as no schema rather than an error. */
function safeResolve(node: JsonSchema, root: SchemaRoot): JsonSchema | undefined {
  try {
    return resolveSchema(node, root.registry, root.base);
  } catch {
    return undefined;
  }
}
