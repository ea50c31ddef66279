import { _, Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { formatsModule, partialDateDefinition } from "./formatsModule.ts";
import { partialDateFormat, vocabulary } from "./vocabulary.ts";

/** Options of the project's ajv instance; the defaults are what the data is validated with. */
export interface AjvOptions {
  /** Report every error (default) or stop at the first (fast first pass over valid rows). */
  allErrors?: boolean;
  /** Refuse unknown keywords and other schema mistakes (default true). */
  strict?: boolean;
  /** Assert `format` (default true); the JSON Schema Test Suite's core tests treat it as an annotation. */
  validateFormats?: boolean;
  /** Keep ajv from writing warnings (unknown formats) to the console: the core never logs. */
  quiet?: boolean;
  /**
   * Count string lengths in code points (default, as JSON Schema says) or in UTF-16 units, which is
   * faster and gives the same verdict whenever no `minLength` is above 1 (see `lengthsAreExactInUtf16`).
   */
  unicode?: boolean;
  /**
   * Check each schema against the JSON Schema meta-schema when it is added (default true). Off for an
   * instance whose schemas another instance has already checked (the fast first pass, a range thread):
   * the meta-schemas are then never compiled, which is most of an instance's start-up.
   */
  checkSchemas?: boolean;
  /**
   * Keep each compiled validator's source (default false), so that `schemaCode` can write it out as
   * standalone code; formats are then read from the module `formatsModule` names (see `loadSchemaCode`).
   */
  source?: boolean;
}

/**
 * Tells whether counting lengths in UTF-16 units gives the same verdicts as counting code points for
 * these schemas, for a first pass whose failures are re-checked exactly: a UTF-16 length is never
 * smaller than the code-point length, so `maxLength` can only fail wrongly (and is re-checked), and
 * `minLength` of 0 or 1 means "not empty", which both counts agree on.
 */
export function lengthsAreExactInUtf16(schemas: readonly unknown[]): boolean {
  let exact = true;
  JSON.stringify(schemas, (key, value: unknown) => {
    if (key === "minLength" && typeof value === "number" && value > 1) exact = false;
    return value;
  });
  return exact;
}

/**
 * Creates the ajv instance every schema is compiled with: JSON Schema 2020-12, all errors,
 * standard formats, the `partial-date` format and the project's keywords (`vocabulary.ts`).
 */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const {
    allErrors = true,
    strict = true,
    validateFormats = true,
    quiet = true,
    unicode = true,
    checkSchemas = true,
    source = false,
  } = options;
  const ajv = new Ajv2020({
    allErrors,
    ...(checkSchemas ? {} : { meta: false, validateSchema: false }),
    unicode,
    strict,
    allowUnionTypes: true,
    validateFormats,
    ...(quiet ? { logger: false as const } : {}),
    // ajv-formats keeps a `code.formats` already set: every format, theirs and ours, is read from one module.
    ...(source ? { code: { source: true, formats: _`require(${formatsModule})` } } : {}),
  });
  addFormats(ajv);
  ajv.addFormat(partialDateFormat, partialDateDefinition);
  for (const definition of vocabulary) ajv.addKeyword(definition);
  return ajv;
}
