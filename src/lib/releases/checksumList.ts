import { sha256Sums } from "../downloads/sha256Sums.ts";
import type { ReleaseManifest } from "./releaseManifest.ts";

/**
 * Writes the checksums of a release's downloadable files (those at `/releases/<version>/<file>`:
 * the catalog and the datasets) in the `sha256sum` format, `<hex>  <file>` per line, so anyone can
 * check the files downloaded into one folder with `sha256sum -c SHA256SUMS`. The schemas'
 * checksums are in `release.json`.
 */
export function checksumList(manifest: ReleaseManifest): string {
  return sha256Sums([...manifest.datasets, ...manifest.files].filter((file) => !file.path.includes("/")));
}

/** Lists the files a release serves at `/releases/<version>/<file>`, release.json and SHA256SUMS included. */
export function servedFiles(manifest: ReleaseManifest): string[] {
  const data = [...manifest.datasets, ...manifest.files]
    .map((file) => file.path)
    .filter((path) => !path.includes("/"));
  return [...data, "release.json", "SHA256SUMS"];
}
