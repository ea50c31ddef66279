import { datePrecision } from "../partialDate.ts";

/** The `partial-date` format (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real calendar date). */
export const partialDateDefinition = {
  type: "string" as const,
  validate: (value: string) => datePrecision(value) !== undefined,
};

/**
 * The module name that standalone code (`createAjv({ source: true })`) reads every format from: ajv-formats'
 * and `partialDateDefinition`, handed to it by `loadSchemaCode` without loading ajv's compiler.
 */
export const formatsModule = "ksst:formats";
