import type { ExplorerColumn } from "../../lib/explorer/explorerSpec.ts";
import { primaryType, resolveSchema } from "../../lib/schema/jsonSchema.ts";
import { foreignKeyOf } from "../../lib/schema/vocabulary.ts";
import { datasetSchema } from "../datasetContext.ts";
import type { SiteData } from "../siteData.ts";
import { enumList } from "./codeNames.ts";

/** Writes a value as a cell: unknown is empty, lists are joined with `;`, as in the CSV downloads. */
export function cellOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join(";");
  return String(value);
}

/**
 * Returns a dataset's columns as the explorer keeps them: the CSV download's columns in order, each
 * marked with the label list that names its codes (from the schema: `x-foreignKey` to a reference
 * list or to organisations/activities, or enum labels) and whether it holds a list.
 */
export function datasetColumns(data: SiteData, dataset: string): ExplorerColumn[] {
  const entry = data.siteDatasets.get(dataset);
  if (!entry) throw new Error(`Dataset "${dataset}" is not in data/catalog.json.`);
  const { base } = datasetSchema(data, dataset);
  return entry.columns.map((column) => {
    const node = column.schema;
    const list = primaryType(node) === "array";
    const item = list ? resolveSchema(node.items ?? {}, data.registry, base) : node;
    const target = foreignKeyOf(node, list ? item : undefined);
    let labels: string | undefined;
    if (target !== undefined) {
      if (target.startsWith("ref:")) labels = target.slice(4);
      else if (target === "organisations.id" || target === "activities.id") labels = target.split(".")[0];
    } else if (Array.isArray(item.enum) && item["x-enumLabels"]) labels = enumList(dataset, column.name);
    const numeric = !list && (primaryType(node) === "integer" || primaryType(node) === "number");
    return {
      name: column.name,
      ...(labels ? { labels } : {}),
      ...(list ? { list } : {}),
      ...(numeric ? { numeric } : {}),
    };
  });
}
