import { type Catalog, type CatalogDataset, datasetFormat } from "../lib/catalog.ts";
import { type CsvColumn, columnsFromHeader, columnsFromSchema } from "../lib/downloads/csvColumn.ts";
import { csvHeader } from "../lib/downloads/csvHeader.ts";
import { type DownloadFile, datasetDownloads } from "../lib/downloads/datasetDownloads.ts";
import { sha256Hex } from "../lib/downloads/sha256.ts";
import { type TableSchema, tableSchema } from "../lib/downloads/tableSchema.ts";
import type { FolderIO } from "../lib/io.ts";
import type { Datasets } from "../lib/model.ts";
import type { Reference } from "../lib/reference/referenceList.ts";
import { type QualityReport, qualityReport } from "../lib/report/qualityReport.ts";
import type { JsonSchema, SchemaRegistry } from "../lib/schema/jsonSchema.ts";
import type { DatasetStats, ValidationResult } from "../lib/validate/validateFolder.ts";
import { type RecordIndex, recordIndex } from "./recordIndex.ts";

/** One dataset as the site shows it: catalog entry, schema, CSV columns, downloads and Table Schema. */
export interface SiteDataset {
  entry: CatalogDataset;
  schema: JsonSchema;
  records: readonly Record<string, unknown>[];
  columns: readonly CsvColumn[];
  downloads: readonly DownloadFile[];
  tableSchema: TableSchema;
  /** Whether the source file is nested JSON (its CSV is a flattened view). */
  nested: boolean;
}

/** Everything the pages read, computed once per build from a valid data folder. */
export interface SiteData {
  datasets: Datasets;
  catalog: Catalog;
  schemas: Readonly<Record<string, JsonSchema>>;
  registry: SchemaRegistry;
  reference: Reference;
  stats: readonly DatasetStats[];
  index: RecordIndex;
  /** Datasets in catalog order, by name. */
  siteDatasets: ReadonlyMap<string, SiteDataset>;
  /** The data version: the catalog's `version` when given, else a digest of every download. */
  version: string;
  /** When the site was built, as `YYYY-MM-DD` (from `SOURCE_DATE_EPOCH` when set, for reproducible builds). */
  builtOn: string;
  /** What was checked in each dataset and the warnings that were published with it. */
  quality: QualityReport;
}

/** Reads a dataset's CSV columns: the source header for CSV files, flattened schema fields for JSON. */
async function csvColumns(
  entry: CatalogDataset,
  schema: JsonSchema,
  registry: SchemaRegistry,
  dataIO: FolderIO,
): Promise<CsvColumn[]> {
  if (datasetFormat(entry) === "json") return columnsFromSchema(schema, registry, entry.schema);
  const header = csvHeader(await dataIO.readFile(entry.path));
  return columnsFromHeader(header, schema, registry, entry.schema);
}

/**
 * Builds the site's data from a valid validation result: record indexes, and for each dataset its
 * CSV columns, download files (bytes, sizes, checksums) and Table Schema.
 */
export async function siteData(result: ValidationResult, dataIO: FolderIO, now: Date): Promise<SiteData> {
  const registry: SchemaRegistry = new Map(Object.entries(result.schemas));
  const siteDatasets = new Map<string, SiteDataset>();
  const records = result.datasets as unknown as Record<string, Record<string, unknown>[]>;
  for (const entry of result.catalog.datasets) {
    const schema = result.schemas[entry.schema];
    if (!schema) throw new Error(`Schema ${entry.schema} of dataset ${entry.name} was not loaded.`);
    const columns = await csvColumns(entry, schema, registry, dataIO);
    const rows = records[entry.name] ?? [];
    siteDatasets.set(entry.name, {
      entry,
      schema,
      records: rows,
      columns,
      downloads: await datasetDownloads({ name: entry.name, records: rows, columns }),
      tableSchema: tableSchema(columns, schema, registry, entry.schema),
      nested: datasetFormat(entry) === "json",
    });
  }
  const declared = result.catalog.version;
  const digest = sha256Hex(
    new TextEncoder().encode(
      [...siteDatasets.values()]
        .flatMap((d) => d.downloads.map((f) => `${f.fileName}:${f.sha256}`))
        .join("\n"),
    ),
  );
  return {
    datasets: result.datasets,
    catalog: result.catalog,
    schemas: result.schemas,
    registry,
    reference: result.reference,
    stats: result.stats,
    index: recordIndex(result.datasets),
    siteDatasets,
    version: typeof declared === "string" && declared !== "" ? declared : digest.slice(0, 12),
    builtOn: now.toISOString().slice(0, 10),
    quality: qualityReport(result),
  };
}
