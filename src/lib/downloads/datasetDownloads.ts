import { type DownloadFormat, downloadFormats, type PreparedDataset } from "./downloadFormats.ts";

/** One file served under `/downloads/`, with the exact bytes, their size and checksum. */
export interface DownloadFile {
  dataset: string;
  format: DownloadFormat["format"];
  /** File name under `/downloads/`, e.g. `activities.csv`. */
  fileName: string;
  mediatype: string;
  /** Whether the file is UTF-8 text. */
  text: boolean;
  bytes: Uint8Array;
  size: number;
  /** SHA-256 of `bytes`, lowercase hex. */
  sha256: string;
}

/** Returns the SHA-256 of bytes as lowercase hex; passed in, as the core does no hashing of its own. */
export type Sha256 = (bytes: Uint8Array) => string;

/** Serialises a dataset in every download format and checksums the exact bytes with `sha256`. */
export async function datasetDownloads(
  dataset: PreparedDataset,
  sha256: Sha256,
  formats: readonly DownloadFormat[] = downloadFormats,
): Promise<DownloadFile[]> {
  return Promise.all(
    formats.map(async (format) => {
      const what = {
        dataset: dataset.name,
        format: format.format,
        fileName: `${dataset.name}.${format.format}`,
      };
      return toDownloadFile(
        { ...what, mediatype: format.mediatype, text: format.text },
        await format.bytes(dataset),
        sha256,
      );
    }),
  );
}

/** Describes a file's exact bytes as a download: its size and SHA-256 (from `sha256`) beside what it is. */
export function toDownloadFile(
  what: Pick<DownloadFile, "dataset" | "format" | "fileName" | "mediatype" | "text">,
  bytes: Uint8Array,
  sha256: Sha256,
): DownloadFile {
  return { ...what, bytes, size: bytes.byteLength, sha256: sha256(bytes) };
}
