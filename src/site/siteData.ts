import { type Catalog, type CatalogDataset, datasetFormat, type ReadCatalog } from "../lib/catalog.ts";
import { type CsvColumn, columnsFromHeader, columnsFromSchema } from "../lib/downloads/csvColumn.ts";
import { csvHeader } from "../lib/downloads/csvHeader.ts";
import { datasetDownloads, type StoredDownload } from "../lib/downloads/datasetDownloads.ts";
import type { DownloadStore } from "../lib/downloads/downloadStore.ts";
import { joinBytes } from "../lib/downloads/joinBytes.ts";
import { type TableSchema, tableSchema } from "../lib/downloads/tableSchema.ts";
import type { XlsxProperties } from "../lib/downloads/xlsxBytes.ts";
import type { FolderIO } from "../lib/io.ts";
import type { Datasets } from "../lib/model.ts";
import type { Reference } from "../lib/reference/referenceList.ts";
import { type QualityReport, qualityReport } from "../lib/report/qualityReport.ts";
import type { JsonSchema, SchemaRegistry } from "../lib/schema/jsonSchema.ts";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";
import type { DatasetStats, ValidationResult } from "../lib/validate/validateFolder.ts";
import { memoryDownloadStore } from "../node/memoryDownloadStore.ts";
import { sha256Hex } from "../node/sha256.ts";
import { type RecordIndex, recordIndex } from "./recordIndex.ts";

/** One dataset as the site shows it: catalog entry, schema, CSV columns, downloads and Table Schema. */
export interface SiteDataset {
  entry: CatalogDataset;
  schema: JsonSchema;
  records: readonly Record<string, unknown>[];
  /**
   * The catalog entry and records as validated, for machine-readable files (the API): `entry` and
   * `records` are what the pages show (see `SiteDataOptions.shown`).
   */
  published: { entry: CatalogDataset; records: readonly Record<string, unknown>[] };
  columns: readonly CsvColumn[];
  /** The download files, kept in the build's download store (read back when served or packed). */
  downloads: readonly StoredDownload[];
  /** The Table Schema of the CSV and XLSX downloads (lists as `;`-joined text). */
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
  /** The data version: the release the data equals, or the latest release + a digest (see dataVersion). */
  version: string;
  /** When the site was built, as `YYYY-MM-DD` (from `SOURCE_DATE_EPOCH` when set, for reproducible builds). */
  builtOn: string;
  /** What was checked in each dataset and the warnings that were published with it. */
  quality: QualityReport;
}

/** A digest of the catalog and every dataset file, the version of data that has none (12 hex digits). */
export async function sourceDigest(catalog: ReadCatalog, dataIO: FolderIO): Promise<string> {
  const lines: string[] = [];
  for (const entry of catalog.datasets)
    lines.push(`${entry.path}:${sha256Hex(await dataIO.readFile(entry.path))}`);
  return sha256Hex(new TextEncoder().encode(lines.join("\n"))).slice(0, 12);
}

/** Reads the start of a file, up to the end of its first line: a large CSV file is not read whole for its header. */
async function headOf(dataIO: ChunkedFolderIO, path: string): Promise<Uint8Array> {
  if (!dataIO.readChunks) return dataIO.readFile(path);
  const parts: Uint8Array[] = [];
  for await (const chunk of dataIO.readChunks(path)) {
    parts.push(chunk.slice());
    // Chunks are large (1 MiB): the one with the first line break holds the whole header.
    if (chunk.includes(10)) break;
  }
  return joinBytes(parts);
}

/** Reads a dataset's CSV columns: the source header for CSV files, flattened schema fields for JSON. */
async function csvColumns(
  entry: CatalogDataset,
  schema: JsonSchema,
  registry: SchemaRegistry,
  dataIO: ChunkedFolderIO,
): Promise<CsvColumn[]> {
  if (datasetFormat(entry) === "json") return columnsFromSchema(schema, registry, entry.schema);
  const header = csvHeader(await headOf(dataIO, entry.path));
  return columnsFromHeader(header, schema, registry, entry.schema);
}

/** Reads what the XLSX workbook of a dataset says about itself: title, description, licence, publisher. */
function workbookProperties(catalog: Catalog, entry: CatalogDataset, version: string): XlsxProperties {
  const { licence } = entry;
  const licenceUrl = catalog.licences[licence]?.url;
  const keywords = entry.keywords.en;
  return {
    title: entry.title.en,
    ...(entry.description.en ? { description: entry.description.en } : {}),
    ...(catalog.publisher.name.en ? { creator: catalog.publisher.name.en } : {}),
    ...(keywords.length ? { keywords } : {}),
    ...(licence ? { licence: licenceUrl ? `${licence} ${licenceUrl}` : licence } : {}),
    version,
  };
}

/** Options of `siteData`. */
export interface SiteDataOptions {
  /** The data version (see `dataVersion`); by default a digest of the source files (`sourceDigest`). */
  version?: string;
  /**
   * What the pages show of a value (records, catalog), e.g. `closeBidiDeep`; the downloads, the API
   * (`SiteDataset.published`) and the quality report keep the data as it is. By default the value itself.
   */
  shown?: <T>(value: T) => T;
  /** Where the download files are written (a folder on disk during `npm run build`); in memory by default. */
  store?: DownloadStore;
  /**
   * `false`: make no download files (every `SiteDataset.downloads` is empty), for a thread that writes
   * pages which show none (the activity pages' worker, src/site/activityPagesWorker.ts). Made by default.
   */
  downloads?: boolean;
}

/**
 * Builds the site's data from a valid validation result: record indexes, and for each dataset its
 * CSV columns, download files (written to `options.store`, with their sizes and checksums) and Table
 * Schemas.
 */
export async function siteData(
  result: ValidationResult,
  dataIO: ChunkedFolderIO,
  now: Date,
  options: SiteDataOptions = {},
): Promise<SiteData> {
  const catalog = result.published;
  if (!result.valid || !catalog)
    throw new Error("The site is built from a valid data folder whose catalog follows catalog.schema.json.");
  const registry: SchemaRegistry = new Map(Object.entries(result.schemas));
  const shown = options.shown ?? (<T>(value: T) => value);
  const store = options.store ?? memoryDownloadStore();
  const shownDatasets = shown(result.datasets);
  const shownRecords: Readonly<Record<string, readonly Record<string, unknown>[]>> = shownDatasets;
  const siteDatasets = new Map<string, SiteDataset>();
  const records: Readonly<Record<string, readonly Record<string, unknown>[]>> = result.datasets;
  const version = options.version ?? (await sourceDigest(catalog, dataIO));
  for (const entry of catalog.datasets) {
    const schema = result.schemas[entry.schema];
    if (!schema) throw new Error(`Schema ${entry.schema} of dataset ${entry.name} was not loaded.`);
    const columns = await csvColumns(entry, schema, registry, dataIO);
    const rows = records[entry.name] ?? [];
    const nested = datasetFormat(entry) === "json";
    siteDatasets.set(entry.name, {
      entry: shown(entry),
      schema,
      records: shownRecords[entry.name] ?? [],
      published: { entry, records: rows },
      columns,
      downloads:
        options.downloads === false
          ? []
          : await datasetDownloads(
              {
                name: entry.name,
                records: rows,
                columns,
                properties: workbookProperties(catalog, entry, version),
                ...(nested ? { keptJson: await dataIO.readFile(entry.path) } : {}),
              },
              store,
            ),
      tableSchema: tableSchema(columns, schema, registry, entry.schema),
      nested,
    });
  }
  return {
    datasets: shownDatasets,
    catalog: shown(catalog),
    schemas: result.schemas,
    registry,
    reference: result.reference,
    stats: result.stats,
    index: recordIndex(shownDatasets),
    siteDatasets,
    version,
    builtOn: now.toISOString().slice(0, 10),
    quality: qualityReport(result),
  };
}
