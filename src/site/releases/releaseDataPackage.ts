import { bilingualOf, datasetFormat, entryTitle } from "../../lib/catalog.ts";
import { columnsFromHeader, columnsFromSchema } from "../../lib/downloads/csvColumn.ts";
import { csvHeader } from "../../lib/downloads/csvHeader.ts";
import { dataPackage, type PackageDataset } from "../../lib/downloads/dataPackage.ts";
import { type DownloadFile, toDownloadFile } from "../../lib/downloads/datasetDownloads.ts";
import { tableSchema } from "../../lib/downloads/tableSchema.ts";
import type { ReleaseSnapshot } from "../../lib/releases/releaseSnapshot.ts";
import type { SchemaRegistry } from "../../lib/schema/jsonSchema.ts";
import { sha256Hex } from "../../node/sha256.ts";
import { dataPackageDownload, packageMetadata } from "../dataPackageFile.ts";
import { pathOf } from "../routes.ts";
import { absoluteUrl } from "../siteUrl.ts";

const mediatypes = { csv: "text/csv", json: "application/json" } as const;

/**
 * Builds the `datapackage.json` of a release: one resource per file of the release as it was
 * published (`/releases/<version>/<file>`), CSV files as tables with the Table Schema derived from
 * the release's own JSON Schemas, JSON files with the record schema under `schemas/`; `version` is
 * the release number and `created` its date.
 */
export function releaseDataPackage(
  snapshot: ReleaseSnapshot,
  files: ReadonlyMap<string, Uint8Array>,
  site: URL | string | undefined,
): DownloadFile {
  const { manifest, catalog, schemas } = snapshot;
  const registry: SchemaRegistry = new Map(Object.entries(schemas));
  const datasets: PackageDataset[] = manifest.datasets.map((published) => {
    const entry = catalog.datasets.find((d) => d.name === published.name);
    const schema = entry ? schemas[entry.schema] : undefined;
    const bytes = files.get(published.path);
    if (!entry || !schema || !bytes)
      throw new Error(
        `Release ${manifest.version}: dataset ${published.name} has no catalog entry, schema or file.`,
      );
    const format = datasetFormat(entry);
    const description = bilingualOf(entry.description)?.en;
    const columns =
      format === "csv"
        ? columnsFromHeader(csvHeader(bytes), schema, registry, entry.schema)
        : columnsFromSchema(schema, registry, entry.schema);
    const file = toDownloadFile(
      { dataset: entry.name, format, fileName: published.path, mediatype: mediatypes[format], text: true },
      bytes,
      sha256Hex,
    );
    return {
      name: entry.name,
      title: entryTitle(entry).en,
      ...(description ? { description } : {}),
      files: [file],
      schema: tableSchema(columns, schema, registry, entry.schema),
      recordSchema: `schemas/${entry.schema}`,
    };
  });
  const homepage = site
    ? absoluteUrl(pathOf({ kind: "release", version: manifest.version }, "en"), site)
    : undefined;
  return dataPackageDownload(
    dataPackage(packageMetadata(catalog, manifest.version, manifest.date, homepage), datasets),
  );
}
