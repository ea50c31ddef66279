import { Worker } from "node:worker_threads";
import type { CsvHandlers } from "../../lib/csv/csvReader.ts";
import {
  type CsvChunkReader,
  type CsvReadOptions,
  type CsvReadResult,
  readCsvChunks,
} from "../../lib/csv/readCsvChunks.ts";
import { type RowBatch, unpackRows } from "../../lib/csv/rowBatch.ts";
import type { CsvWorkerRequest } from "./csvWorker.ts";

/** What the worker posts back. */
type CsvWorkerMessage =
  | { type: "ready" }
  | { type: "header"; names: string[] }
  | ({ type: "rows"; last: boolean } & RowBatch)
  | { type: "done"; result: CsvReadResult }
  | { type: "error"; message: string };

// Chunks sent to the worker and not yet handed back as rows: enough to keep both threads busy,
// few enough that memory stays flat when the rows take longer to check than to parse.
const inFlightLimit = 3;
// In a variable, so that bundlers leave it alone; where the file cannot be found the worker fails to
// start and the file is read in this thread.
const workerFile = "./csvWorker.ts";

/**
 * Reads a CSV file like `readCsvChunks`, but decodes and parses it in a worker thread while this
 * thread handles the rows (a machine with two cores checks while it parses). The handlers receive
 * exactly what `readCsvChunks` gives them, in the same order. A file that fits in one chunk, or a
 * worker that cannot start, is read in this thread.
 */
export async function readCsvChunksInWorker(
  chunks: AsyncIterable<Uint8Array>,
  options: CsvReadOptions,
  handlers: CsvHandlers,
): Promise<CsvReadResult> {
  const iterator = chunks[Symbol.asyncIterator]();
  const read = await iterator.next();
  // Copied: asking for the next chunk is the sign that this one may be freed (see `chunksOf`).
  const first = read.done ? read : { done: false, value: new Uint8Array(read.value) };
  const second = first.done ? first : await iterator.next();
  const all = (async function* () {
    if (!first.done) yield first.value;
    if (second.done) return;
    yield second.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  const worker = second.done ? undefined : await startWorker();
  if (!worker) return readCsvChunks(all, options, handlers);

  let inFlight = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  let settle!: { resolve: (result: CsvReadResult) => void; reject: (error: unknown) => void };
  const finished = new Promise<CsvReadResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Awaited below; this only keeps a failure during the reading loop from being reported as unhandled.
  finished.catch(() => undefined);
  const fail = (error: unknown) => {
    failed = true;
    settle.reject(error);
    wake?.();
  };
  const receive = (message: CsvWorkerMessage) => {
    try {
      if (message.type === "header") handlers.onHeader?.(message.names);
      else if (message.type === "rows") {
        unpackRows(message, handlers.onRow);
        // Freed now rather than at this thread's next full collection.
        (message.layout.buffer as ArrayBuffer).transfer(0);
        (message.fingerprints?.buffer as ArrayBuffer | undefined)?.transfer(0);
        (message.screens?.buffer as ArrayBuffer | undefined)?.transfer(0);
        if (message.last) {
          inFlight -= 1;
          wake?.();
        }
      } else if (message.type === "done") settle.resolve({ ...message.result, inWorker: true });
      else if (message.type === "error") fail(new Error(message.message));
    } catch (error) {
      fail(error);
    }
  };
  const exit = (code: number) => fail(new Error(`The CSV worker stopped (exit code ${code}).`));
  worker.on("message", receive);
  worker.on("error", fail);
  worker.on("exit", exit);
  const send = (request: CsvWorkerRequest, transfer: ArrayBuffer[] = []) =>
    worker.postMessage(request, transfer);
  try {
    send({ type: "start", options });
    for await (const chunk of all) {
      while (inFlight >= inFlightLimit && !failed) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      if (failed) break;
      // A chunk that is a whole buffer of its own (as a file stream's are) is handed over without a copy,
      // so its memory leaves this thread at once; a view into a larger buffer is copied first.
      const whole = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
      const bytes = whole && chunk.buffer instanceof ArrayBuffer ? chunk : new Uint8Array(chunk);
      send({ type: "chunk", bytes }, [bytes.buffer as ArrayBuffer]);
      inFlight += 1;
    }
    if (!failed) send({ type: "end" });
    return await finished;
  } finally {
    worker.off("message", receive);
    worker.off("error", fail);
    worker.off("exit", exit);
    await worker.terminate();
  }
}

/** Reads CSV files of more than one chunk in a worker thread, for `validateFolder`'s `csvReader`. */
export const csvReaderInWorker: CsvChunkReader = { read: readCsvChunksInWorker, parallel: true };

/** Starts the worker and waits until it is ready, or returns `undefined` when it cannot start. */
function startWorker(): Promise<Worker | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL(workerFile, import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
      });
    } catch {
      resolve(undefined);
      return;
    }
    // Only these listeners are removed: the worker keeps its own (they track who listens for messages).
    const stop = () => {
      worker.off("message", ready);
      worker.off("error", fail);
      worker.off("exit", fail);
    };
    const fail = () => {
      stop();
      worker.terminate().then(
        () => resolve(undefined),
        () => resolve(undefined),
      );
    };
    const ready = (message: CsvWorkerMessage) => {
      if (message.type !== "ready") return fail();
      stop();
      resolve(worker);
    };
    worker.on("message", ready);
    worker.on("error", fail);
    worker.on("exit", fail);
  });
}
