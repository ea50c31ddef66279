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
      const bytes = await format.bytes(dataset);
      return {
        dataset: dataset.name,
        format: format.format,
        fileName: `${dataset.name}.${format.format}`,
        mediatype: format.mediatype,
        text: format.text,
        bytes,
        size: bytes.byteLength,
        sha256: sha256(bytes),
      };
    }),
  );
}
