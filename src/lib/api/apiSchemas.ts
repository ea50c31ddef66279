// The JSON Schema fragments the API's derived collections (countries, provinces, regencies) share,
// written once for the OpenAPI document's components.

/** A name in both site languages, `{ "id": …, "en": … }`, and nothing else. */
export const bilingualNameSchema = {
  type: "object",
  required: ["id", "en"],
  additionalProperties: false,
  properties: { id: { type: "string" }, en: { type: "string" } },
} as const;

/** A list of record ids, with what they are. */
export function idListSchema(description: string) {
  return { type: "array", items: { type: "string" }, description } as const;
}

/**
 * The record schema of a place the records name (a country, a province, a regency or city): its
 * code (matching `codePattern`), then the given properties, every one required and no other.
 */
export function placeRecordSchema<P extends Record<string, unknown>>(
  description: string,
  codePattern: string,
  properties: P,
) {
  return {
    type: "object",
    description,
    required: ["code", ...Object.keys(properties)],
    additionalProperties: false,
    properties: { code: { type: "string", pattern: codePattern }, ...properties },
  } as const;
}
