import { bilingualOf, type ReadCatalog } from "../lib/catalog.ts";
import { dataPackage, type PackageDataset, type PackageMetadata } from "../lib/downloads/dataPackage.ts";
import { type DownloadFile, type StoredDownload, toDownloadFile } from "../lib/downloads/datasetDownloads.ts";
import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import { isJsonObject } from "../lib/releases/jsonValue.ts";
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
  catalog: ReadCatalog,
  version: string,
  created: string,
  homepage: string | undefined,
): PackageMetadata {
  const keywords = new Set<string>();
  for (const entry of catalog.datasets) {
    const english = isJsonObject(entry.keywords) ? entry.keywords.en : undefined;
    for (const k of Array.isArray(english) ? english : []) if (typeof k === "string") keywords.add(k);
  }
  const licences = isJsonObject(catalog.licences) ? catalog.licences : {};
  const publisher = isJsonObject(catalog.publisher) ? catalog.publisher : {};
  const publisherName = bilingualOf(publisher.name);
  const description = bilingualOf(catalog.description)?.en;
  return {
    name: "ksst-terbuka",
    title: bilingualOf(catalog.title)?.en ?? "KSST Terbuka",
    ...(description ? { description } : {}),
    version,
    created: `${created}T00:00:00Z`,
    // A relative homepage would be read against the descriptor's folder: leave it out when unknown.
    ...(homepage ? { homepage } : {}),
    keywords: [...keywords],
    licenses: Object.entries(licences).map(([name, l]) => ({
      name,
      path: isJsonObject(l) && typeof l.url === "string" ? l.url : "",
      title: (isJsonObject(l) ? bilingualOf(l.title)?.en : undefined) ?? name,
    })),
    ...(publisherName
      ? {
          contributors: [
            {
              title: publisherName.en,
              roles: ["publisher"],
              ...(typeof publisher.url === "string" && publisher.url ? { path: publisher.url } : {}),
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
