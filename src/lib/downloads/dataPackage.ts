import type { DownloadFile } from "./datasetDownloads.ts";
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

/** One dataset of the package: its metadata, its download files and the Table Schema of the CSV. */
export interface PackageDataset {
  name: string;
  title: string;
  description?: string;
  files: readonly DownloadFile[];
  schema: TableSchema;
}

/**
 * Builds a Frictionless Data Package (v2) descriptor: one tabular resource per dataset's CSV,
 * with its Table Schema (fields, types, constraints, primary and foreign keys), and one resource
 * per JSON file; each with its byte size and `sha256:` hash. Paths are relative to the descriptor.
 */
export function dataPackage(
  metadata: PackageMetadata,
  datasets: readonly PackageDataset[],
): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
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
      if (file.format === "csv") {
        resources.push({
          name: dataset.name,
          type: "table",
          ...common,
          dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"' },
          schema: dataset.schema,
        });
      } else {
        resources.push({ name: `${dataset.name}-${file.format}`, ...common });
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
