// The thread behind `readCsvChunksInWorker`: decodes and parses the byte chunks it is sent and posts
// back the header, the rows of each 32 KB (the last batch of a chunk marked, to pace the sender) and,
// at the end, the file's structure and encoding.
import { parentPort } from "node:worker_threads";
import type { CsvReadOptions } from "../../lib/csv/readCsvChunks.ts";
import { type CsvChunkParser, csvChunkParser } from "../../lib/csv/readCsvChunks.ts";
import { rowBatcher } from "../../lib/csv/rowBatch.ts";
import { installNodeUtf8 } from "../nodeUtf8.ts";

/** What the worker is sent. */
export type CsvWorkerRequest =
  | { type: "start"; options: CsvReadOptions }
  | { type: "chunk"; bytes: Uint8Array }
  | { type: "end" };

const port = parentPort;
if (port) {
  installNodeUtf8();
  const batch = rowBatcher();
  let parser: CsvChunkParser | undefined;
  // The column left out of the fingerprints, when they are asked for (-1: none).
  let fingerprintSkip: number | undefined;
  // The free-text columns, when rows are screened.
  let screenText: Set<number> | undefined;
  // Rows are posted every 32 KB of bytes: a batch's text stays small enough to die young in the receiver.
  const postRows = (last = false) => {
    const rows = batch.take(fingerprintSkip, screenText);
    const transfer = [
      rows.layout.buffer,
      ...(rows.fingerprints ? [rows.fingerprints.buffer] : []),
      ...(rows.screens ? [rows.screens.buffer] : []),
    ];
    port.postMessage({ type: "rows", last, ...rows }, transfer as ArrayBuffer[]);
  };
  const postSlice = () => postRows();
  port.on("message", (request: CsvWorkerRequest) => {
    try {
      if (request.type === "start") {
        // Fingerprints are hashed from each batch's text (see RowBatcher.take), not by the parser.
        const { fingerprint, screen, ...options } = request.options;
        parser = csvChunkParser(options, {
          onHeader(names) {
            if (fingerprint)
              fingerprintSkip = fingerprint.without === undefined ? -1 : names.indexOf(fingerprint.without);
            if (screen) {
              const text = new Set(screen.textColumns);
              screenText = new Set(names.flatMap((name, index) => (text.has(name) ? [index] : [])));
            }
            port.postMessage({ type: "header", names });
          },
          onRow: (cells, row) => batch.add(cells, row),
        });
      } else if (request.type === "chunk") {
        parser?.push(request.bytes, postSlice);
        postRows(true);
        // Freed now, not when this thread next collects its garbage: chunks arrive faster than that.
        (request.bytes.buffer as ArrayBuffer).transfer(0);
      } else if (parser) {
        const result = parser.end();
        postRows(true);
        port.postMessage({ type: "done", result });
      }
    } catch (error) {
      port.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
    }
  });
  port.postMessage({ type: "ready" });
}
