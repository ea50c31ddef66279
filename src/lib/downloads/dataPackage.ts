import { csvLineEnd } from "./csvBytes.ts";
import type { DownloadInfo } from "./datasetDownloads.ts";
import type { TableSchema } from "./tableSchema.ts";

/** Package-level metadata of the Data Package. */
export interface PackageMetadata {
  name: string;
  title: string;
  description?: string;
  version?: string;
  created?: string;
  homepage?: string;
  keywords?: string[];
  licenses: { name: string; path: string; title: string }[];
  contributors?: { title: string; roles?: string[]; path?: string; email?: string }[];
}

/** One dataset of the package: its metadata, its download files and their Table Schemas. */
export interface PackageDataset {
  name: string;
  title: string;
  description?: string;
  files: readonly DownloadInfo[];
  /** The Table Schema of the CSV and XLSX files (lists as `;`-joined text). */
  schema: TableSchema;
  /** Where the JSON Schema of one record is, relative to the descriptor (the JSON file is an array of them). */
  recordSchema: string;
}

/** How a CSV or XLSX file is read as a table: its resource name and Table Dialect. */
const tableForms: Readonly<
  Record<"csv" | "xlsx", (name: string, file: DownloadInfo) => { name: string; dialect: object }>
> = {
  csv: (name, file) => ({
    name,
    dialect: {
      header: true,
      delimiter: ",",
      lineTerminator: file.lineTerminator ?? csvLineEnd,
      quoteChar: '"',
      doubleQuote: true,
    },
  }),
  xlsx: (name) => ({
    name: `${name}-xlsx`,
    dialect: { header: true, sheetNumber: 1, sheetName: name.slice(0, 31) },
  }),
};

/** Keeps the foreign keys of a Table Schema whose resource is in the package (a CSV resource). */
function withinPackage(schema: TableSchema, tables: ReadonlySet<string>): TableSchema {
  if (!schema.foreignKeys) return schema;
  const foreignKeys = schema.foreignKeys.filter((key) => tables.has(key.reference.resource));
  const { foreignKeys: _all, ...rest } = schema;
  return foreignKeys.length > 0 ? { ...rest, foreignKeys } : rest;
}

/**
 * Builds a Frictionless Data Package (v2) descriptor: one tabular resource per CSV and XLSX file,
 * each with its Table Dialect and Table Schema (fields, types, whole-value constraints, primary and
 * foreign keys), and one resource per JSON file with the JSON Schema of its records; each with its
 * byte size and `sha256:` hash. Paths are relative to the descriptor; foreign keys point to the CSV
 * resources.
 */
export function dataPackage(
  metadata: PackageMetadata,
  datasets: readonly PackageDataset[],
): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  const tables = new Set(datasets.filter((d) => d.files.some((f) => f.format === "csv")).map((d) => d.name));
  for (const dataset of datasets) {
    for (const file of dataset.files) {
      const common = {
        path: file.fileName,
        title: dataset.title,
        ...(dataset.description ? { description: dataset.description } : {}),
        format: file.format,
        mediatype: file.mediatype,
        ...(file.text ? { encoding: "utf-8" } : {}),
        bytes: file.size,
        hash: `sha256:${file.sha256}`,
      };
      if (file.format === "json") {
        // Records hold lists and objects, which frictionless-py 5 cannot read as table rows; the JSON
        // file is described by the JSON Schema its records were validated with.
        resources.push({
          name: `${dataset.name}-json`,
          ...common,
          jsonSchema: { type: "array", items: { $ref: dataset.recordSchema } },
        });
      } else {
        const { name, dialect } = tableForms[file.format](dataset.name, file);
        resources.push({
          name,
          type: "table",
          ...common,
          dialect,
          schema: withinPackage(dataset.schema, tables),
        });
      }
    }
  }
  return {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: metadata.name,
    title: metadata.title,
    ...(metadata.description ? { description: metadata.description } : {}),
    ...(metadata.version ? { version: metadata.version } : {}),
    ...(metadata.created ? { created: metadata.created } : {}),
    ...(metadata.homepage ? { homepage: metadata.homepage } : {}),
    ...(metadata.keywords?.length ? { keywords: metadata.keywords } : {}),
    licenses: metadata.licenses,
    ...(metadata.contributors?.length ? { contributors: metadata.contributors } : {}),
    resources,
  };
}
