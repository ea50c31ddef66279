/** A file and its SHA-256, lowercase hex. */
export interface FileChecksum {
  path: string;
  sha256: string;
}

/**
 * Writes checksums in the `sha256sum` format (`<hex>  <path>` per line, sorted by path), so that
 * `sha256sum -c SHA256SUMS` checks the files in the folder they were downloaded or unpacked into.
 */
export function sha256Sums(files: readonly FileChecksum[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.path}\n`)
    .join("");
}
