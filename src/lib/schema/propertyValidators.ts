import type { ValidateFunction } from "ajv/dist/2020.js";
import type { DataValidationCxt } from "ajv/dist/types/index.js";
import type { JsonSchema } from "./jsonSchema.ts";
import type { SchemaCompiler } from "./precompiledCompiler.ts";
import { isVocabularyKeyword } from "./vocabulary.ts";

/**
 * A record schema taken apart property by property: a record is valid exactly when its required
 * properties are present, each `dependentRequired` is met and every present value passes its
 * property's validator. Checking a CSV row this way needs no record object and lets a column
 * remember its verdicts (see `validate/columnReader.ts`).
 */
export interface PropertyValidators {
  /** The validator of each property (compiled from `#/properties/<name>` of the record schema). */
  byName: ReadonlyMap<string, ValidateFunction>;
  required: readonly string[];
  /** `dependentRequired`: when the first property is present, so must the others be. */
  dependentRequired: ReadonlyArray<readonly [string, readonly string[]]>;
  /**
   * What to call a validator with as its second argument for a value checked on its own (see
   * `validationContext`), or `undefined` to call it with the value alone.
   */
  context?: ValidationContext;
}

/**
 * The part of ajv's `DataValidationCxt` a top-level call gives: ajv fills in the rest (`rootData` is
 * then the value itself, as in a call without a context).
 */
export type ValidationContext = Pick<DataValidationCxt, "instancePath" | "dynamicAnchors">;

/**
 * One context for every top-level call of a property validator, when none of `schemas` has a
 * `$dynamicAnchor` (ajv's validators write those into the context's `dynamicAnchors`, so they must get
 * a fresh one): called with the value alone, an ajv validator makes its context and an empty
 * `dynamicAnchors` anew, two objects per call, per cell of a large file. `rootData` is left out, so it
 * is the value, as in a call without a context.
 */
export function validationContext(schemas: Iterable<JsonSchema>): ValidationContext | undefined {
  for (const schema of schemas) if (JSON.stringify(schema).includes('"$dynamicAnchor"')) return undefined;
  return { instancePath: "", dynamicAnchors: {} };
}

// Top-level keywords a record's verdict can be split over its properties with; anything else (composition,
// `if`, `minProperties`, `patternProperties`…) keeps the whole-record validator.
const splittable = new Set(["type", "properties", "required", "additionalProperties", "dependentRequired"]);
const annotations = new Set([
  "$schema",
  "$id",
  "$comment",
  "$defs",
  "definitions",
  "title",
  "description",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
]);

/**
 * Splits the record schema registered in `ajv` under `key` into property validators, or returns
 * `undefined` when its verdict on a record is not the sum of its properties' verdicts. Only records
 * whose keys are all among the schema's `properties` may be checked this way (CSV records are).
 */
export function propertyValidators(
  ajv: SchemaCompiler,
  key: string,
  schema: JsonSchema,
  context?: ValidationContext,
): PropertyValidators | undefined {
  const names = splitPropertyNames(schema);
  if (names === undefined) return undefined;
  const { required = [], dependentRequired = {} } = schema;
  if (!Array.isArray(required) || !required.every((name) => typeof name === "string")) return undefined;
  const dependencies: Array<readonly [string, readonly string[]]> = [];
  if (typeof dependentRequired !== "object" || dependentRequired === null) return undefined;
  for (const [name, needed] of Object.entries(dependentRequired)) {
    if (!Array.isArray(needed) || !needed.every((n) => typeof n === "string")) return undefined;
    dependencies.push([name, needed]);
  }
  const byName = new Map<string, ValidateFunction>();
  for (const name of names) {
    let validate: ValidateFunction | undefined;
    try {
      validate = ajv.getSchema(propertyKey(key, name)) as ValidateFunction | undefined;
    } catch {
      return undefined;
    }
    if (validate === undefined) return undefined;
    byName.set(name, validate);
  }
  return { byName, required, dependentRequired: dependencies, ...(context ? { context } : {}) };
}

/**
 * The properties whose validators `propertyValidators` asks for (their keys: `propertyKey`), or
 * `undefined` when the schema's keywords do not let a record's verdict be split over its properties.
 */
export function splitPropertyNames(schema: JsonSchema): string[] | undefined {
  for (const keyword of Object.keys(schema)) {
    if (!splittable.has(keyword) && !annotations.has(keyword) && !isVocabularyKeyword(keyword))
      return undefined;
  }
  const { type } = schema;
  if (type !== undefined && type !== "object" && !(Array.isArray(type) && type.includes("object")))
    return undefined;
  return Object.keys(schema.properties ?? {});
}

/** The key of a record schema's property's validator: the schema's key and the property's JSON pointer. */
export function propertyKey(key: string, name: string): string {
  return `${key}#/properties/${encodeURIComponent(pointerSegment(name))}`;
}

function pointerSegment(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}
