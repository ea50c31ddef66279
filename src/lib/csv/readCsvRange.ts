import type { CsvHandlers } from "./csvReader.ts";
import { type CsvReadOptions, type CsvReadResult, csvChunkParser } from "./readCsvChunks.ts";
import { releaseChunk } from "./releaseChunk.ts";
import { rowBatcher, unpackRows } from "./rowBatch.ts";

/** Reads a file's bytes from `start` to `end` (exclusive; to its end when absent), chunk by chunk. */
export type ReadByteRange = (start: number, end?: number) => AsyncIterable<Uint8Array>;

/** Where a range of a CSV file starts and where it should end (see `readCsvRange`). */
export interface CsvByteRange {
  /** Byte offset of the range's first record (0: the file's start, header included). */
  start: number;
  /** Where the next range starts, or the file's size: the range reads on to the first record end at or after it. */
  end: number;
  /** The file's size in bytes. */
  size: number;
  /**
   * Where the range ends now, when it may be cut shorter while it is read (another thread took its last
   * part): read at each chunk, never below the bytes already read; `end` when absent.
   */
  until?: () => number;
}

/** What reading a range learnt: as `readCsvChunks`, plus where its last record ended and its line feeds. */
export interface CsvRangeRead extends CsvReadResult {
  /** Byte offset just past the range's last record: where the next range truly starts. */
  end: number;
  /** The line feeds read (before a byte that is not UTF-8, if any: see `ChunkDecoder.newlines`). */
  newlines: number;
}

const lineFeed = 0x0a;

/**
 * Decodes and parses the records of a range of a CSV file, as `readCsvChunks` does for a whole file:
 * from `range.start` (the file's start, or the start of a record with `options.continuing` saying
 * how the file is written) to the end of the record that ends at or after `range.end`: a record whose
 * quoted cell runs over `range.end` is read to its end, one line at a time. Rows are fingerprinted
 * and screened as a worker does (`options.fingerprint`, `options.screen`), one 32 KB batch at a time.
 */
export async function readCsvRange(
  read: ReadByteRange,
  range: CsvByteRange,
  options: CsvReadOptions,
  handlers: CsvHandlers,
): Promise<CsvRangeRead> {
  const { fingerprint, screen, ...readerOptions } = options;
  // The rows stay in this thread: their cells are handed on as parsed, not cut from the batch again.
  const batch = rowBatcher({ keepCells: true });
  let skip: number | undefined;
  let text: Set<number> | undefined;
  const columns = (names: readonly string[]) => {
    if (fingerprint) skip = fingerprint.without === undefined ? -1 : names.indexOf(fingerprint.without);
    if (screen) {
      const free = new Set(screen.textColumns);
      text = new Set(names.flatMap((name, index) => (free.has(name) ? [index] : [])));
    }
  };
  if (options.continuing) columns(options.continuing.header);
  const parser = csvChunkParser(readerOptions, {
    onHeader(names) {
      columns(names);
      handlers.onHeader?.(names);
    },
    onRow: (cells, row) => batch.add(cells, row),
  });
  const flush = () => unpackRows(batch.take(skip, text), handlers.onRow);
  const until = range.until;
  const stop = until ? () => Math.min(range.end, until()) : () => range.end;

  let at = range.start;
  for await (const chunk of read(range.start, range.end)) {
    const room = stop() - at;
    parser.push(room < chunk.length ? chunk.subarray(0, Math.max(0, room)) : chunk, flush);
    flush();
    at += chunk.length;
    // Freed now, as \`chunksOf\` frees a whole file's chunks: a range's reader outruns the young
    // collections, and its dead chunks piled up outside the heap until a full one (up to 60 MB).
    releaseChunk(chunk);
    if (at >= stop()) break;
  }
  let end = stop();
  if (end < range.size && !parser.atRecordEnd()) {
    // A quoted cell runs on past the range's end: read on, one line at a time, to the end of its record.
    at = end;
    end = range.size;
    reading: for await (const chunk of read(at)) {
      let from = 0;
      while (from < chunk.length) {
        const feed = chunk.indexOf(lineFeed, from);
        const to = feed < 0 ? chunk.length : feed + 1;
        parser.push(chunk.subarray(from, to));
        at += to - from;
        from = to;
        if (feed >= 0 && parser.atRecordEnd()) {
          end = at;
          break reading;
        }
      }
    }
    flush();
  }
  const result = parser.end();
  flush();
  return { ...result, end, newlines: parser.newlines() };
}
