import { createChunkDecoder, type EncodingChoice, type EncodingReport } from "./chunkDecoder.ts";
import { type CsvHandlers, type CsvReaderOptions, type CsvStructure, createCsvReader } from "./csvReader.ts";
import { hashRow } from "./rowHash.ts";

/** How a CSV file is written and read: the reader's options and the encoding. */
export interface CsvReadOptions extends CsvReaderOptions {
  /** How to read the bytes (default: detected). */
  encoding?: EncodingChoice;
  /**
   * Hand each row's fingerprint to `onRow`: `hashRow` of its cells, leaving out the first column
   * named `without` (a key). Worth asking of a worker, which has the cells at hand and time to spare.
   */
  fingerprint?: { without?: string };
  /**
   * Hand each row's screen to `onRow` (see `csv/rowScreen.ts`), `textColumns` being the names of the
   * free-text columns: worth asking of a worker only, which screens whole batches of rows at once. A
   * reader may ignore it (this module's does): a row without a screen is checked in full.
   */
  screen?: { textColumns: readonly string[] };
}

/** What reading a whole CSV file learnt: its structure (and structure issues) and its encoding. */
export interface CsvReadResult {
  structure: CsvStructure;
  encoding: EncodingReport;
  /** Whether a worker thread decoded and parsed the file (see `readCsvChunksInWorker`). */
  inWorker?: boolean;
}

// 32 KB pieces: their text stays below V8's large-object size (128 KB) even when it takes two bytes a
// character (any character past U+00FF, such as an en dash), so it dies young and memory stays flat.
const sliceSize = 1 << 15;

/**
 * How a CSV file's chunks are decoded and parsed: `csvReaderInThread` (this module's `readCsvChunks`), or an
 * adapter's reader that parses elsewhere (`src/node/csv/readCsvChunksInWorker.ts`, a worker thread).
 * Either hands the handlers exactly the same header and rows, in the same order.
 */
export interface CsvChunkReader {
  read(
    chunks: AsyncIterable<Uint8Array>,
    options: CsvReadOptions,
    handlers: CsvHandlers,
  ): Promise<CsvReadResult>;
  /** Whether parsing runs beside the row checks (another thread), with time to spare to fingerprint rows. */
  parallel: boolean;
}

/**
 * Decodes and parses a CSV file's chunks in this thread, handing the header and each row to
 * `handlers` as soon as they are complete. Rejects when reading the chunks fails.
 */
export async function readCsvChunks(
  chunks: AsyncIterable<Uint8Array>,
  options: CsvReadOptions,
  handlers: CsvHandlers,
): Promise<CsvReadResult> {
  const parser = csvChunkParser(options, handlers);
  for await (const chunk of chunks) parser.push(chunk);
  return parser.end();
}

/** Reads CSV files in this thread: the core's default. */
export const csvReaderInThread: CsvChunkReader = { read: readCsvChunks, parallel: false };

/** A decoder and a CSV reader fed with byte chunks (see `readCsvChunks`). */
export interface CsvChunkParser {
  /** Parses a chunk, calling `afterSlice` (if given) after each 32 KB of it. */
  push(chunk: Uint8Array, afterSlice?: () => void): void;
  end(): CsvReadResult;
  /** Whether the bytes pushed so far end where a record ends. */
  atRecordEnd(): boolean;
  /** The line feeds decoded so far (see `ChunkDecoder.newlines`). */
  newlines(): number;
}

/** Creates the decoder and reader that `readCsvChunks` feeds, for callers that receive chunks one by one. */
export function csvChunkParser(options: CsvReadOptions, handlers: CsvHandlers): CsvChunkParser {
  const { continuing } = options;
  const { encoding, fingerprint, screen: _screen, ...readerOptions } = options;
  const reader = createCsvReader(
    readerOptions,
    fingerprint ? fingerprinting(handlers, fingerprint) : handlers,
  );
  const decoder = createChunkDecoder(encoding, { midStream: continuing !== undefined });
  return {
    push(chunk, afterSlice) {
      for (let start = 0; start < chunk.length; start += sliceSize) {
        reader.push(decoder.decode(chunk.subarray(start, start + sliceSize)));
        afterSlice?.();
      }
    },
    end() {
      reader.push(decoder.end());
      return { structure: reader.end(), encoding: decoder.report() };
    },
    atRecordEnd: () => reader.atRecordEnd(),
    newlines: () => decoder.newlines(),
  };
}

function fingerprinting(handlers: CsvHandlers, { without }: { without?: string }): CsvHandlers {
  let skip = -1;
  return {
    onHeader(names) {
      skip = without === undefined ? -1 : names.indexOf(without);
      handlers.onHeader?.(names);
    },
    onRow: (cells, row) => handlers.onRow(cells, row, hashRow(cells, skip)),
  };
}
