import { type JsonSchema, resolveSchema, type SchemaRegistry } from "./jsonSchema.ts";
import { foreignKeyOf } from "./vocabulary.ts";

/**
 * Lists every `x-foreignKey` target a dataset schema declares, at any depth and through `$ref`s
 * (e.g. `sources.id`, `ref:countries`), so datasets can be read in dependency order.
 */
export function foreignKeyTargets(schema: JsonSchema, registry: SchemaRegistry): Set<string> {
  const found = new Set<string>();
  const followed = new Set<string>();
  const walk = (node: unknown, base: string | undefined): void => {
    if (typeof node !== "object" || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, base);
      return;
    }
    const schemaNode = node as JsonSchema;
    const target = foreignKeyOf(schemaNode);
    if (target !== undefined) found.add(target);
    const ref = schemaNode.$ref;
    if (typeof ref === "string") {
      const id = `${base ?? ""}|${ref}`;
      if (!followed.has(id)) {
        followed.add(id);
        try {
          const file = ref.split("#")[0];
          walk(resolveSchema({ $ref: ref }, registry, base), file === "" || file === undefined ? base : file);
        } catch {
          // An unresolvable $ref is reported when ajv compiles the schema.
        }
      }
    }
    for (const [key, value] of Object.entries(schemaNode)) {
      if (key !== "$ref" && key !== "enum" && key !== "const" && key !== "examples") walk(value, base);
    }
  };
  walk(schema, typeof schema.$id === "string" ? schema.$id : undefined);
  return found;
}
