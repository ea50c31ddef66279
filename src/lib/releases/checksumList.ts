import type { ReleaseManifest } from "./releaseManifest.ts";

/**
 * Writes a release's checksums in the `sha256sum` format (`<hex>  <path>` per line), so anyone can
 * check a downloaded release with `sha256sum -c SHA256SUMS`.
 */
export function checksumList(manifest: ReleaseManifest): string {
  const files = [...manifest.datasets, ...manifest.files].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join("");
}
