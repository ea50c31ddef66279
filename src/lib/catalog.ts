import type { Bilingual, PartialDate } from "./model.ts";
import { isJsonObject, type JsonValue } from "./releases/jsonValue.ts";

/** The datasets a catalog may list (`schemas/catalog.schema.json`), each with a file and a schema. */
export type DatasetName =
  | "sources"
  | "organisations"
  | "activities"
  | "finances"
  | "statements"
  | "action-plans"
  | "commitments";

/** How often a dataset is updated (`update_frequency`). */
export type UpdateFrequency = "irregular" | "monthly" | "quarterly" | "annual";

/** One dataset entry of `data/catalog.json`, as `schemas/catalog.schema.json` describes it. */
export type CatalogDataset = {
  /** Dataset name, also the key in `Datasets`, e.g. `activities`. */
  name: DatasetName;
  /** File path relative to the data folder, e.g. `activities.csv`. */
  path: string;
  /** Schema file name in `schemas/`, e.g. `activities.schema.json`. */
  schema: string;
  format: "csv" | "json";
  title: Bilingual;
  description: Bilingual;
  /** A key of the catalog's `licences`, e.g. `CC-BY-4.0`. */
  licence: string;
  update_frequency: UpdateFrequency;
  temporal?: { start: PartialDate; end: PartialDate };
  keywords: { id: string[]; en: string[] };
  /** OGP commitments (`commitments.id`) the dataset serves. */
  ogp_commitments: string[];
};

/** A licence the catalog's datasets may be published under, by SPDX id in `Catalog.licences`. */
export type CatalogLicence = { title: Bilingual; url: string };

/** A codelist the schemas use (`schemas/codelists/<name>.json`), with where it comes from. */
export type CatalogCodelist = {
  name: string;
  path: string;
  title: Bilingual;
  source: string;
  licence?: string;
};

/**
 * The catalog as published (`data/catalog.json` once it follows `schemas/catalog.schema.json`):
 * publisher-wide metadata and the datasets. test/unit/schema/modelMatchesSchemas.test.ts compares
 * it with the schema field by field.
 */
export type Catalog = {
  /** Set on generated data (benchmarks, tests): every page then says the data is synthetic. */
  synthetic?: boolean;
  title: Bilingual;
  description: Bilingual;
  publisher: { name: Bilingual; description?: Bilingual; url?: string };
  contact: { name: string; email?: string; url?: string };
  /** Licences by SPDX id, e.g. `CC-BY-4.0`. */
  licences: Record<string, CatalogLicence>;
  codelists?: CatalogCodelist[];
  datasets: CatalogDataset[];
};

/**
 * What the validator reads of a dataset entry before (or without) the catalog schema: its name and
 * where its file and schema are. `validateTable` checks one file under a name of its own.
 */
export type CatalogEntry = {
  name: string;
  path: string;
  schema: string;
  format?: "csv" | "json";
  [field: string]: JsonValue;
};

/**
 * A catalog as read from a file, before or without `schemas/catalog.schema.json`: the validator's
 * view (it may be invalid) and a release's (published under that release's own schemas). Only the
 * datasets' names, files and schemas are known; every other field is JSON, read with a check.
 */
export type ReadCatalog = { datasets: CatalogEntry[]; [field: string]: JsonValue };

/** Tells a dataset's format from its declared format or its file extension. */
export function datasetFormat(dataset: Pick<CatalogEntry, "path" | "format">): "csv" | "json" {
  if (dataset.format) return dataset.format;
  return dataset.path.toLowerCase().endsWith(".json") ? "json" : "csv";
}

/** A field of a read catalog as a text in both languages, when it is one (`{ "id": …, "en": … }`). */
export function bilingualOf(value: JsonValue | undefined): Bilingual | undefined {
  return isJsonObject(value) && typeof value.id === "string" && typeof value.en === "string"
    ? { id: value.id, en: value.en }
    : undefined;
}

/** A dataset entry's title as its catalog gives it, else the dataset's name in both languages. */
export function entryTitle(entry: CatalogEntry): Bilingual {
  return bilingualOf(entry.title) ?? { id: entry.name, en: entry.name };
}
