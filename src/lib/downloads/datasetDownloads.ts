import { csvLineEnd } from "./csvBytes.ts";
import { type DownloadFormat, downloadFormats, type PreparedDataset } from "./downloadFormats.ts";
import type { DownloadStore } from "./downloadStore.ts";

/** What a file served under `/downloads/` is: its name, type, size and checksum. */
export interface DownloadInfo {
  dataset: string;
  format: DownloadFormat["format"];
  /** File name under `/downloads/`, e.g. `activities.csv`. */
  fileName: string;
  mediatype: string;
  /** Whether the file is UTF-8 text. */
  text: boolean;
  size: number;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
  /** The line ending of a CSV file (`\n` or `\r\n`), from its first line. */
  lineTerminator?: string;
}

/** A download held in memory: a small file (a descriptor, a release's file) with its exact bytes. */
export interface DownloadFile extends DownloadInfo {
  bytes: Uint8Array;
}

/** A dataset's download kept in a `DownloadStore`: read back only when it is served or packed. */
export interface StoredDownload extends DownloadInfo {
  read(): Promise<Uint8Array>;
}

/** Returns the SHA-256 of bytes as lowercase hex; passed in, as the core does no hashing of its own. */
export type Sha256 = (bytes: Uint8Array) => string;

/**
 * Serialises a dataset in every download format into `store`, one file after the other and each
 * piece by piece, so that only the pieces being written are in memory; returns what each file is.
 */
export async function datasetDownloads(
  dataset: PreparedDataset,
  store: DownloadStore,
  formats: readonly DownloadFormat[] = downloadFormats,
): Promise<StoredDownload[]> {
  const files: StoredDownload[] = [];
  for (const format of formats) {
    const fileName = `${dataset.name}.${format.format}`;
    const stored = await store.put(fileName, format.pieces(dataset));
    files.push({
      dataset: dataset.name,
      format: format.format,
      fileName,
      mediatype: format.mediatype,
      text: format.text,
      size: stored.size,
      sha256: stored.sha256,
      // The site writes every CSV file with LF line ends (see csvBytes).
      ...(format.format === "csv" ? { lineTerminator: csvLineEnd } : {}),
      read: stored.read,
    });
  }
  return files;
}

/** Tells the line ending of a CSV file from its first line (the site writes LF; a kept file may differ). */
function lineTerminatorOf(bytes: Uint8Array): string {
  const lf = bytes.indexOf(0x0a);
  return lf > 0 && bytes[lf - 1] === 0x0d ? "\r\n" : csvLineEnd;
}

/** Describes a file's exact bytes as a download: its size and SHA-256 (from `sha256`) beside what it is. */
export function toDownloadFile(
  what: Pick<DownloadFile, "dataset" | "format" | "fileName" | "mediatype" | "text">,
  bytes: Uint8Array,
  sha256: Sha256,
): DownloadFile {
  return {
    ...what,
    bytes,
    size: bytes.byteLength,
    sha256: sha256(bytes),
    ...(what.format === "csv" ? { lineTerminator: lineTerminatorOf(bytes) } : {}),
  };
}
