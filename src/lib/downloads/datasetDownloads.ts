import { type DownloadFormat, downloadFormats, type PreparedDataset } from "./downloadFormats.ts";
import { sha256Hex } from "./sha256.ts";

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

/** Serialises a dataset in every download format and checksums the exact bytes. */
export async function datasetDownloads(
  dataset: PreparedDataset,
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
        sha256: sha256Hex(bytes),
      };
    }),
  );
}
