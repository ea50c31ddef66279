import type { Ajv2020, ValidateFunction } from "ajv/dist/2020.js";
import * as equal from "ajv/dist/runtime/equal.js";
import * as ucs2length from "ajv/dist/runtime/ucs2length.js";
import * as uri from "ajv/dist/runtime/uri.js";
import * as validationError from "ajv/dist/runtime/validation_error.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { formatsModule, partialDateDefinition } from "./formatsModule.ts";
import { partialDateFormat } from "./vocabulary.ts";

// ajv's standalone code (https://ajv.js.org/standalone.html): the source of compiled validators, which
// a later run turns back into the same functions without compiling the schemas again. It reads ajv's
// runtime helpers and the formats with `require(...)`; `loadSchemaCode` hands it those modules.

/**
 * The standalone code of the validators of `ajv` (created with `createAjv({ source: true })`) under
 * the given keys (schema files, or `file#/pointer`), compiling those not compiled yet: one module
 * whose exports are named after the keys.
 */
export function schemaCode(ajv: Ajv2020, keys: readonly string[]): string {
  const refs: Record<string, string> = {};
  for (const key of keys) refs[key] = key;
  return standaloneCode(ajv, refs);
}

/**
 * Turns the code `schemaCode` wrote back into its validators, by key; throws when the code does not
 * run (a damaged file, or a helper module this runtime does not provide).
 */
export function loadSchemaCode(code: string): Map<string, ValidateFunction> {
  const exports: Record<string, ValidateFunction> = {};
  new Function("exports", "require", code)(exports, runtimeModule);
  const validators = new Map<string, ValidateFunction>();
  for (const [key, validate] of Object.entries(exports)) {
    if (typeof validate !== "function") throw new Error(`schema code: ${key} is not a validator`);
    validators.set(key, validate);
  }
  return validators;
}

// The modules standalone code may ask for: ajv's runtime helpers (as `require(…).default`) and the formats.
const runtime = new Map<string, unknown>([
  ["ajv/dist/runtime/equal", { default: defaultExport(equal) }],
  ["ajv/dist/runtime/ucs2length", { default: defaultExport(ucs2length) }],
  ["ajv/dist/runtime/uri", { default: defaultExport(uri) }],
  ["ajv/dist/runtime/validation_error", { default: defaultExport(validationError) }],
  [formatsModule, { ...fullFormats, [partialDateFormat]: partialDateDefinition }],
]);

function runtimeModule(name: string): unknown {
  const found = runtime.get(name);
  if (found === undefined) throw new Error(`schema code: no module ${name}`);
  return found;
}

/**
 * A CommonJS module's `exports.default`, whether the namespace came from Node (`default` is the whole
 * `module.exports`) or from a bundler (`default` is already `exports.default`).
 */
function defaultExport(namespace: unknown): unknown {
  let value = namespace;
  for (let depth = 0; depth < 2; depth += 1) {
    const inner = (value as { default?: unknown } | null)?.default;
    if (typeof value !== "object" || value === null || inner === undefined || inner === value) break;
    value = inner;
  }
  return value;
}
