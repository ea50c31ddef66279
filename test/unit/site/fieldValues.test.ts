import { beforeAll, describe, expect, it } from "vitest";
import type { JsonSchema, SchemaRegistry } from "../../../src/lib/schema/jsonSchema.ts";
import { datasetSchema, valueContext } from "../../../src/site/datasetContext.ts";
import { recordFields } from "../../../src/site/fieldValues.ts";
import type { SiteData } from "../../../src/site/siteData.ts";
import { fixtureSiteData } from "../../helpers/fixtureSiteData.ts";

let data: SiteData;
beforeAll(async () => {
  data = await fixtureSiteData();
});

/** A copy of the site's schema registry that counts how often a schema is looked up (to follow a `$ref`). */
function countingRegistry(registry: SchemaRegistry): { registry: SchemaRegistry; lookups: () => number } {
  let lookups = 0;
  const copy = new Map(registry);
  const counting = {
    get: (id: string) => {
      lookups += 1;
      return copy.get(id);
    },
    has: (id: string) => copy.has(id),
  } as unknown as SchemaRegistry;
  return { registry: counting, lookups: () => lookups };
}

describe("recordFields", () => {
  it("follows a dataset schema's $refs once, not again for every record shown (issue 12)", () => {
    const records = data.datasets.activities;
    expect(records.length).toBeGreaterThan(2);
    const { schema } = datasetSchema(data, "activities");
    for (const lang of ["id", "en"] as const) {
      const { registry, lookups } = countingRegistry(data.registry);
      const ctx = { ...valueContext(data, lang, "activities"), registry };
      for (const record of records) recordFields(record as Record<string, unknown>, schema, ctx);
      const afterOnce = lookups();
      expect(afterOnce).toBeGreaterThan(0);
      // The same pages again (the other language's, or the next build's in `astro dev`): no lookup.
      for (const record of records) recordFields(record as Record<string, unknown>, schema, ctx);
      expect(lookups()).toBe(afterOnce);
    }
  });

  it("shows every record as it did when every field was resolved anew", () => {
    const { schema } = datasetSchema(data, "activities");
    for (const lang of ["id", "en"] as const) {
      const shared = valueContext(data, lang, "activities");
      for (const record of data.datasets.activities) {
        // A fresh registry (and copy of the schema) for each record: nothing worked out before applies.
        const fresh = { ...shared, registry: new Map(data.registry) };
        const copy = structuredClone(schema) as JsonSchema;
        expect(recordFields(record as Record<string, unknown>, schema, shared)).toEqual(
          recordFields(record as Record<string, unknown>, copy, fresh),
        );
      }
    }
  });
});
