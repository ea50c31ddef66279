import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import { dcatApCatalog } from "../lib/metadata/dcatApCatalog.ts";
import { dcatUsCatalog } from "../lib/metadata/dcatUsCatalog.ts";
import type { DescribedCatalog } from "../lib/metadata/describedCatalog.ts";
import { getReleases } from "../node/releases.ts";
import { describedCatalog } from "./describedCatalog.ts";
import { getSiteData } from "./getSiteData.ts";

/** A metadata file as served: its media type and bytes. */
export interface MetadataFile {
  mediatype: string;
  bytes: Uint8Array;
}

const described = new Map<string, Promise<DescribedCatalog>>();

/** Describes this build's catalog with the published releases' dates (once per site address). */
export function currentCatalog(site: URL | string | undefined): Promise<DescribedCatalog> {
  const key = site ? String(site) : "";
  let found = described.get(key);
  if (!found) {
    found = Promise.all([getSiteData(), getReleases()]).then(([data, { releases }]) =>
      describedCatalog(
        data,
        site,
        releases.map((r) => r.snapshot.manifest),
      ),
    );
    described.set(key, found);
  }
  return found;
}

/** Writes `/downloads/dcat.jsonld`: the catalog as DCAT-AP 3.0 JSON-LD. */
export function dcatApFile(catalog: DescribedCatalog): MetadataFile {
  return { mediatype: "application/ld+json", bytes: jsonBytes(dcatApCatalog(catalog)) };
}

/** Writes `/data.json`: the catalog as DCAT-US 1.1. */
export function dcatUsFile(catalog: DescribedCatalog): MetadataFile {
  return { mediatype: "application/json", bytes: jsonBytes(dcatUsCatalog(catalog)) };
}
