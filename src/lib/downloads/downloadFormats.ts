import { csvChunks } from "./csvBytes.ts";
import type { CsvColumn } from "./csvColumn.ts";
import { jsonArrayChunks } from "./jsonBytes.ts";
import { type XlsxProperties, xlsxBytes } from "./xlsxBytes.ts";

/** A dataset ready to be serialised: its validated records and the columns of its CSV form. */
export interface PreparedDataset {
  name: string;
  records: readonly Readonly<Record<string, unknown>>[];
  columns: readonly CsvColumn[];
  /** What the XLSX workbook says about itself (title, licence…). */
  properties?: XlsxProperties;
  /**
   * The data file of a dataset kept as JSON, byte for byte: its JSON download is that file, so the
   * live download and a release snapshot of the same data have the same checksum.
   */
  keptJson?: Uint8Array;
}

/** A download format: its file extension, media type and serialiser (the file's bytes, in pieces). */
export interface DownloadFormat {
  format: "csv" | "json" | "xlsx";
  mediatype: string;
  /** Whether the file is text in UTF-8 (and so has an encoding in the data package). */
  text: boolean;
  pieces(dataset: PreparedDataset): Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

/** The formats every dataset is published in, in the order they are listed on the site. */
export const downloadFormats: readonly DownloadFormat[] = [
  { format: "csv", mediatype: "text/csv", text: true, pieces: (d) => csvChunks(d.records, d.columns) },
  {
    format: "json",
    mediatype: "application/json",
    text: true,
    pieces: (d) => (d.keptJson ? [d.keptJson] : jsonArrayChunks(d.records)),
  },
  {
    format: "xlsx",
    mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    text: false,
    // A workbook is a zip archive, written whole (its parts are deflated once, by xlsxBytes).
    pieces: async function* (d) {
      yield await xlsxBytes(d.records, d.columns, d.name, d.properties);
    },
  },
];
