import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import type { AnyValidateFunction } from "ajv/dist/core.js";
import type { JsonSchema } from "./jsonSchema.ts";

/** What the validator asks of an ajv instance (an `Ajv2020` is one): add schemas by key, get their validators. */
export interface SchemaCompiler {
  addSchema(schema: JsonSchema, key: string): unknown;
  getSchema(key: string): AnyValidateFunction | undefined;
}

/**
 * A compiler that answers from validators compiled by an earlier run (`loadSchemaCode`), and makes
 * the real instance (`make`, then every schema added so far) only when asked for a key they lack.
 * The schemas are those the earlier run compiled, byte for byte, so adding them cannot fail.
 */
export function precompiledCompiler(
  validators: ReadonlyMap<string, ValidateFunction>,
  make: () => Ajv2020,
): SchemaCompiler {
  const added: Array<readonly [JsonSchema, string]> = [];
  let real: Ajv2020 | undefined;
  return {
    addSchema(schema, key) {
      if (real) real.addSchema(schema, key);
      else added.push([schema, key]);
    },
    getSchema(key) {
      const found = validators.get(key);
      if (found) return found;
      if (!real) {
        real = make();
        for (const [schema, name] of added.splice(0)) real.addSchema(schema, name);
      }
      return real.getSchema(key);
    },
  };
}
