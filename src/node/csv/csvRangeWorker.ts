// The thread behind `csvRangeRunner`: prepares the datasets, schemas and rules of a data folder once
// (as soon as it starts), then checks each range of a CSV file it is sent (`checkCsvRange`) and posts
// back the result, its typed arrays moved rather than copied.
import { parentPort, workerData } from "node:worker_threads";
import { type CsvRangeTask, checkCsvRange } from "../../lib/validate/csvRanges.ts";
import { rangeSetup } from "../../lib/validate/validateFolder.ts";
import { folderIO } from "../folderIO.ts";
import { loadReference } from "../loadReference.ts";
import { schemaCodeCache } from "../schemaCodeCache.ts";

/** Where the worker finds the data and schema folders. */
export interface CsvRangeWorkerData {
  dataDir: string;
  schemaDir: string;
  catalogFile?: string;
  /** Read the compiled schemas the calling thread keeps on disk (`schemaCodeCache`). */
  schemaCode?: boolean;
}

/** What the worker is sent: a task and its number. */
export interface CsvRangeRequest {
  id: number;
  task: CsvRangeTask;
}

const port = parentPort;
if (port) {
  const { dataDir, schemaDir, catalogFile, schemaCode } = workerData as CsvRangeWorkerData;
  const dataIO = folderIO(dataDir);
  const cache = schemaCode ? schemaCodeCache() : undefined;
  const setup = loadReference().then((reference) =>
    rangeSetup({
      dataIO,
      schemaIO: folderIO(schemaDir),
      reference,
      ...(catalogFile ? { catalogFile } : {}),
      ...(cache ? { schemaCode: cache } : {}),
    }),
  );
  setup.catch(() => undefined);
  port.on("message", async ({ id, task }: CsvRangeRequest) => {
    try {
      const prepared = await setup;
      const path = prepared.infos.get(task.dataset)?.entry.path ?? "";
      const readRange = dataIO.readRange as NonNullable<typeof dataIO.readRange>;
      const result = await checkCsvRange(prepared, task, (start, end) => readRange(path, start, end));
      const moved = [result.rows, result.fingerprints, ...result.values.map((column) => column.lengths)];
      port.postMessage({ id, result }, moved.map((array) => array.buffer) as ArrayBuffer[]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}
