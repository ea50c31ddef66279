import type { Lang } from "../lib/model.ts";
import type { JsonSchema } from "../lib/schema/jsonSchema.ts";
import type { ValueContext } from "./fieldValues.ts";
import type { SiteData } from "./siteData.ts";

/** Returns a dataset's schema and the schema file it lives in; throws if the catalog lacks it. */
export function datasetSchema(data: SiteData, dataset: string): { schema: JsonSchema; base: string } {
  const entry = data.siteDatasets.get(dataset);
  if (!entry) throw new Error(`Dataset "${dataset}" is not in data/catalog.json.`);
  return { schema: entry.schema, base: entry.entry.schema };
}

/** Returns the schema node of one top-level property of a dataset (unresolved). */
export function propertyOf(data: SiteData, dataset: string, name: string): JsonSchema {
  return datasetSchema(data, dataset).schema.properties?.[name] ?? {};
}

/** Returns the context for rendering values of one dataset's records in a language. */
export function valueContext(data: SiteData, lang: Lang, dataset: string): ValueContext {
  return {
    lang,
    registry: data.registry,
    base: datasetSchema(data, dataset).base,
    index: data.index,
    reference: data.reference,
  };
}

/** Returns a dataset's title in a language, from the catalog. */
export function datasetTitle(data: SiteData, dataset: string, lang: Lang): string {
  return data.siteDatasets.get(dataset)?.entry.title[lang] ?? dataset;
}
