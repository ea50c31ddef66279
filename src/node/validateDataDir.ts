import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { CodedError } from "../lib/codedError.ts";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";
import {
  type ValidateOptions,
  type ValidationResult,
  validateFolder,
} from "../lib/validate/validateFolder.ts";
import { csvRangeRunner } from "./csv/csvRangeRunner.ts";
import type { CsvRangeWorkerData } from "./csv/csvRangeWorker.ts";
import { hasLargeCsv, rangeBytes, rangeFolders, type StartedRangeWorkers } from "./csv/rangeWorkers.ts";
import { csvReaderInWorker } from "./csv/readCsvChunksInWorker.ts";
import { dataDir } from "./dataDir.ts";
import { folderIO } from "./folderIO.ts";
import { loadReference } from "./loadReference.ts";
import { schemaCodeCache } from "./schemaCodeCache.ts";

/** A folder the validator was asked to read does not exist: a usage or I/O problem, not a data problem. */
export class FolderNotFoundError extends CodedError<"folder-not-found"> {
  readonly folder: string;
  constructor(folder: string) {
    super("folder-not-found", `Folder not found: ${folder}`);
    this.folder = folder;
  }
}

/**
 * Validates a data folder on disk against the repository's schemas and packaged reference lists,
 * parsing CSV files of more than one chunk in a worker thread unless `csvReader` says otherwise.
 * `options.dataIO` replaces the adapter of `dir` (e.g. one that counts the bytes read, for progress).
 */
export async function validateDataDir(
  dir: string = dataDir(),
  schemaDir = "schemas",
  options: Pick<ValidateOptions, "keepRecords" | "now" | "rules" | "csvReader" | "onProgress"> & {
    dataIO?: ChunkedFolderIO;
    /**
     * Check large CSV files in ranges on several threads when no record is kept (default `true`: files of
     * 16 MiB or more, on one worker thread per core but one); `threads` and `minBytes` change that.
     */
    ranges?: boolean | { threads?: number; minBytes?: number };
    /**
     * Range threads started ahead (`startRangeWorkers`, before this module was even loaded): used when
     * they were started for these folders and the files are checked in ranges, ended otherwise.
     */
    started?: StartedRangeWorkers;
  } = {},
): Promise<ValidationResult> {
  const { dataIO, ranges = true, started, ...rest } = options;
  let runner: ReturnType<typeof csvRangeRunner> | undefined;
  let adopted = false;
  try {
    for (const folder of [dir, schemaDir]) {
      const path = resolve(folder);
      if (!existsSync(path) || !statSync(path).isDirectory()) throw new FolderNotFoundError(path);
    }
    // Compiled schemas kept on disk: a run whose schemas are unchanged compiles none (in no thread).
    const schemaCode = schemaCodeCache();
    // Without records to keep, a large CSV file is checked in ranges on every core (validate/csvRanges.ts):
    // the worker threads start now (or were started ahead), so that their start-up runs beside this thread's.
    const tuning = typeof ranges === "object" ? ranges : {};
    const minBytes = tuning.minBytes ?? rangeBytes;
    const big = ranges !== false && options.keepRecords === false && hasLargeCsv(resolve(dir), minBytes);
    const folders = rangeFolders(dir, schemaDir, schemaCode !== undefined);
    adopted = big && started !== undefined && sameFolders(started.folders, folders);
    runner = big
      ? csvRangeRunner(folders, {
          ...tuning,
          minBytes,
          start: true,
          ...(adopted ? { workers: started?.workers ?? [] } : {}),
        })
      : undefined;
    return await validateFolder({
      dataIO: dataIO ?? folderIO(resolve(dir)),
      schemaIO: folderIO(resolve(schemaDir)),
      reference: await loadReference(),
      csvReader: csvReaderInWorker,
      ...(runner ? { csvRanges: runner } : {}),
      ...(schemaCode ? { schemaCode } : {}),
      ...rest,
    });
  } finally {
    await runner?.close();
    if (started && !adopted) await Promise.all(started.workers.map((worker) => worker.terminate()));
  }
}

function sameFolders(a: CsvRangeWorkerData, b: CsvRangeWorkerData): boolean {
  return (
    a.dataDir === b.dataDir &&
    a.schemaDir === b.schemaDir &&
    a.schemaCode === b.schemaCode &&
    a.catalogFile === b.catalogFile
  );
}
