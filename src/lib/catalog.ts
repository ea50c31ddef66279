import type { Bilingual } from "./model.ts";

/** One dataset entry of `data/catalog.json`. */
export interface CatalogDataset {
  /** Dataset name, also the key in `Datasets`, e.g. `activities`. */
  name: string;
  /** File path relative to the data folder, e.g. `activities.csv`. */
  path: string;
  /** Schema file name in `schemas/`, e.g. `activities.schema.json`. */
  schema: string;
  format?: "csv" | "json";
  title: Bilingual;
  description?: Bilingual;
  licence?: string;
  [key: string]: unknown;
}

/** The whole catalog: publisher-wide metadata and the datasets. */
export interface Catalog {
  datasets: CatalogDataset[];
  /** Set on generated data (benchmarks, tests): every page then says the data is synthetic. */
  synthetic?: boolean;
  [key: string]: unknown;
}

/** Tells a dataset's format from its declared format or its file extension. */
export function datasetFormat(dataset: Pick<CatalogDataset, "path" | "format">): "csv" | "json" {
  if (dataset.format) return dataset.format;
  return dataset.path.toLowerCase().endsWith(".json") ? "json" : "csv";
}
