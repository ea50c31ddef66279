import { dataPackage } from "../lib/downloads/dataPackage.ts";
import type { DownloadFile } from "../lib/downloads/datasetDownloads.ts";
import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import type { Bilingual } from "../lib/model.ts";
import { sha256Hex } from "../node/sha256.ts";
import { pathOf } from "./routes.ts";
import type { SiteData } from "./siteData.ts";
import { absoluteUrl } from "./siteUrl.ts";

/** Returns a dataset's download in one format; throws when the dataset or format does not exist. */
export function downloadFile(data: SiteData, dataset: string, format: DownloadFile["format"]): DownloadFile {
  const file = data.siteDatasets.get(dataset)?.downloads.find((f) => f.format === format);
  if (!file) throw new Error(`No ${format} download for dataset "${dataset}".`);
  return file;
}

/**
 * Builds `datapackage.json`: the Frictionless Data Package describing every download, with the
 * byte sizes and SHA-256 hashes of the exact files served.
 */
export function dataPackageFile(data: SiteData, site: URL | string | undefined): DownloadFile {
  const catalog = data.catalog as unknown as {
    title?: Bilingual;
    description?: Bilingual;
    publisher?: { name?: Bilingual; url?: string };
    licences?: Record<string, { title?: Partial<Bilingual>; url?: string }>;
  };
  const licences = Object.entries(catalog.licences ?? {}).map(([name, l]) => ({
    name,
    path: l.url ?? "",
    title: l.title?.en ?? name,
  }));
  const keywords = new Set<string>();
  for (const d of data.siteDatasets.values()) {
    const entry = d.entry as unknown as { keywords?: { en?: string[] } };
    for (const k of entry.keywords?.en ?? []) keywords.add(k);
  }
  const descriptor = dataPackage(
    {
      name: "ksst-terbuka",
      title: catalog.title?.en ?? "KSST Terbuka",
      ...(catalog.description?.en ? { description: catalog.description.en } : {}),
      version: data.version,
      created: `${data.builtOn}T00:00:00Z`,
      // A relative homepage would be read against the descriptor's folder: leave it out when unknown.
      ...(site ? { homepage: absoluteUrl(pathOf({ kind: "catalog" }, "en"), site) } : {}),
      keywords: [...keywords],
      licenses: licences,
      ...(catalog.publisher?.name
        ? {
            contributors: [
              {
                title: catalog.publisher.name.en,
                roles: ["publisher"],
                ...(catalog.publisher.url ? { path: catalog.publisher.url } : {}),
              },
            ],
          }
        : {}),
    },
    [...data.siteDatasets.values()].map((d) => ({
      name: d.entry.name,
      title: d.entry.title.en,
      ...(d.entry.description?.en ? { description: d.entry.description.en } : {}),
      files: d.downloads,
      schema: d.tableSchema,
      recordSchema: `../schemas/${d.entry.schema}`,
    })),
  );
  const bytes = jsonBytes(descriptor);
  return {
    dataset: "datapackage",
    format: "json",
    fileName: "datapackage.json",
    mediatype: "application/json",
    text: true,
    bytes,
    size: bytes.byteLength,
    sha256: sha256Hex(bytes),
  };
}
