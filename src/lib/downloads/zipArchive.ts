import { type Zippable, zipSync } from "fflate";

/** One file of a zip archive: its path inside the archive and its bytes. */
export interface ArchiveEntry {
  path: string;
  bytes: Uint8Array;
}

// Every entry carries the same timestamp, so the same files always give the same archive and checksum.
const fixedTime = new Date("2000-01-01T00:00:00Z");

/** File types that are compressed already (a zip inside a zip gains nothing from deflating again). */
const stored = /\.(xlsx|zip|png)$/i;

/**
 * Writes a zip archive of files in the given order, deflated (already-compressed files stored), with a
 * fixed timestamp so that identical files give identical bytes.
 */
export function zipArchive(entries: readonly ArchiveEntry[]): Uint8Array {
  const files: Zippable = {};
  for (const entry of entries) {
    if (entry.path in files) throw new Error(`The archive lists ${entry.path} twice.`);
    files[entry.path] = [entry.bytes, { mtime: fixedTime, level: stored.test(entry.path) ? 0 : 6 }];
  }
  return zipSync(files);
}
