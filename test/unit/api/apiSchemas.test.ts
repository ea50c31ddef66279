import { describe, expect, it } from "vitest";
import { bilingualNameSchema, idListSchema, placeRecordSchema } from "../../../src/lib/api/apiSchemas.ts";
import { createAjv } from "../../../src/lib/schema/createAjv.ts";

describe("the API's shared schema fragments", () => {
  const schema = placeRecordSchema("A country.", "^[A-Z]{2}$", {
    name: bilingualNameSchema,
    activities: idListSchema("Activities held there."),
  });
  const validate = createAjv().compile(schema);
  const country = { code: "TL", name: { id: "Timor-Leste", en: "Timor-Leste" }, activities: ["ksst-0001"] };

  it("writes a place record: its code first, every property required, no other allowed", () => {
    expect(schema.required).toEqual(["code", "name", "activities"]);
    expect(Object.keys(schema.properties)).toEqual(["code", "name", "activities"]);
    expect(validate(country)).toBe(true);
  });

  it.each([
    ["a code that does not match", { ...country, code: "tl" }],
    ["a name in one language", { ...country, name: { en: "Timor-Leste" } }],
    ["a name with a third language", { ...country, name: { ...country.name, fr: "Timor oriental" } }],
    ["a list of numbers", { ...country, activities: [1] }],
    ["a property not described", { ...country, extra: true }],
    ["a property missing", { code: "TL", name: country.name }],
  ])("rejects %s", (_what, record) => {
    expect(validate(record)).toBe(false);
  });
});
