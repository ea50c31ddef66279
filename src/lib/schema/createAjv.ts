import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { datePrecision } from "./partialDate.ts";

/** The project's annotation keywords (documented in docs/data-model.md). */
export const annotationKeywords = [
  "x-primaryKey",
  "x-foreignKey",
  "x-label",
  "x-enumLabels",
  "x-description-id",
  "x-unique",
  "x-personalData",
] as const;

/**
 * Creates the ajv instance every schema is compiled with: JSON Schema 2020-12, all errors,
 * standard formats, the `partial-date` format and the project's annotation keywords.
 */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat("partial-date", {
    type: "string",
    validate: (value: string) => datePrecision(value) !== undefined,
  });
  for (const keyword of annotationKeywords) ajv.addKeyword({ keyword });
  return ajv;
}
