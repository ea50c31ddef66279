import type { Catalog } from "../lib/catalog.ts";
import { dataPackage, type PackageDataset, type PackageMetadata } from "../lib/downloads/dataPackage.ts";
import { type DownloadFile, type StoredDownload, toDownloadFile } from "../lib/downloads/datasetDownloads.ts";
import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import type { Bilingual } from "../lib/model.ts";
import { sha256Hex } from "../node/sha256.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** Returns a dataset's download in one format; throws when the dataset or format does not exist. */
export function downloadFile(
  data: SiteData,
  dataset: string,
  format: DownloadFile["format"],
): StoredDownload {
  const file = data.siteDatasets.get(dataset)?.downloads.find((f) => f.format === format);
  if (!file) throw new Error(`No ${format} download for dataset "${dataset}".`);
  return file;
}

/**
 * Reads the package-level metadata of a Data Package from a catalog: name, title, description,
 * keywords of every dataset, licences and publisher, with the data version and when it was made.
 */
export function packageMetadata(
  catalog: Catalog,
  version: string,
  created: string,
  homepage: string | undefined,
): PackageMetadata {
  const meta = catalog as unknown as {
    title?: Bilingual;
    description?: Bilingual;
    publisher?: { name?: Bilingual; url?: string };
    licences?: Record<string, { title?: Partial<Bilingual>; url?: string }>;
  };
  const keywords = new Set<string>();
  for (const entry of catalog.datasets)
    for (const k of (entry as { keywords?: { en?: string[] } }).keywords?.en ?? []) keywords.add(k);
  return {
    name: "ksst-terbuka",
    title: meta.title?.en ?? "KSST Terbuka",
    ...(meta.description?.en ? { description: meta.description.en } : {}),
    version,
    created: `${created}T00:00:00Z`,
    // A relative homepage would be read against the descriptor's folder: leave it out when unknown.
    ...(homepage ? { homepage } : {}),
    keywords: [...keywords],
    licenses: Object.entries(meta.licences ?? {}).map(([name, l]) => ({
      name,
      path: l.url ?? "",
      title: l.title?.en ?? name,
    })),
    ...(meta.publisher?.name
      ? {
          contributors: [
            {
              title: meta.publisher.name.en,
              roles: ["publisher"],
              ...(meta.publisher.url ? { path: meta.publisher.url } : {}),
            },
          ],
        }
      : {}),
  };
}

/** Wraps a Data Package descriptor as the `datapackage.json` file. */
export function dataPackageDownload(descriptor: Record<string, unknown>): DownloadFile {
  return toDownloadFile(
    {
      dataset: "datapackage",
      format: "json",
      fileName: "datapackage.json",
      mediatype: "application/json",
      text: true,
    },
    jsonBytes(descriptor),
    sha256Hex,
  );
}

/**
 * Builds `datapackage.json`: the Frictionless Data Package describing every download, with the
 * byte sizes and SHA-256 hashes of the exact files served. `schemaBase` is where the JSON Schemas
 * are relative to the descriptor (`../schemas/` on the site, `schemas/` inside the zip bundle).
 */
export function dataPackageFile(
  data: SiteData,
  site: URL | string | undefined,
  schemaBase = "../schemas/",
): DownloadFile {
  const homepage = site ? absoluteUrl(pathOf({ kind: "catalog" }, "en"), site) : undefined;
  const datasets: PackageDataset[] = [...data.siteDatasets.values()].map((d) => ({
    name: d.entry.name,
    title: d.entry.title.en,
    ...(d.entry.description?.en ? { description: d.entry.description.en } : {}),
    files: d.downloads,
    schema: d.tableSchema,
    recordSchema: `${schemaBase}${d.entry.schema}`,
  }));
  return dataPackageDownload(
    dataPackage(packageMetadata(data.catalog, data.version, data.builtOn, homepage), datasets),
  );
}
