import { csvBytes } from "./csvBytes.ts";
import type { CsvColumn } from "./csvColumn.ts";
import { jsonBytes } from "./jsonBytes.ts";

/** A dataset ready to be serialised: its validated records and the columns of its CSV form. */
export interface PreparedDataset {
  name: string;
  records: readonly Readonly<Record<string, unknown>>[];
  columns: readonly CsvColumn[];
}

/** A download format: its file extension, media type and serialiser. */
export interface DownloadFormat {
  format: "csv" | "json";
  mediatype: string;
  bytes(dataset: PreparedDataset): Uint8Array;
}

/** The formats every dataset is published in, in the order they are listed on the site. */
export const downloadFormats: readonly DownloadFormat[] = [
  { format: "csv", mediatype: "text/csv", bytes: (d) => csvBytes(d.records, d.columns) },
  { format: "json", mediatype: "application/json", bytes: (d) => jsonBytes(d.records) },
];
