import type { Lang } from "../../lib/model.ts";
import { resolveSchema } from "../../lib/schema/jsonSchema.ts";
import { enumLabel } from "../../lib/schema/vocabulary.ts";
import { datasetSchema, propertyOf } from "../datasetContext.ts";
import type { SiteData } from "../siteData.ts";

/** The allowed values of a field in schema order, with their labels in a language. */
export interface EnumValues {
  values: string[];
  label(value: string): string;
}

/** Returns the enum values of a dataset's property in schema order, and their labels in a language. */
export function enumValues(data: SiteData, dataset: string, name: string, lang: Lang): EnumValues {
  const { base } = datasetSchema(data, dataset);
  const node = resolveSchema(propertyOf(data, dataset, name), data.registry, base);
  const values = Array.isArray(node.enum) ? node.enum.map(String) : [];
  return { values, label: (v) => enumLabel(node, v, lang) };
}
