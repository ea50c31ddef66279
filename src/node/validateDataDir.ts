import { existsSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { CodedError } from "../lib/codedError.ts";
import type { ChunkedFolderIO } from "../lib/validate/chunkedIO.ts";
import {
  type ValidateOptions,
  type ValidationResult,
  validateFolder,
} from "../lib/validate/validateFolder.ts";
import { csvRangeRunner } from "./csv/csvRangeRunner.ts";
import { csvReaderInWorker } from "./csv/readCsvChunksInWorker.ts";
import { folderIO } from "./folderIO.ts";
import { loadReference } from "./loadReference.ts";
import { schemaCodeCache } from "./schemaCodeCache.ts";

/** The data folder: `KSST_DATA_DIR` when set, else `data/` (relative to the working directory). */
export function dataDir(): string {
  return process.env.KSST_DATA_DIR ?? "data";
}

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
  } = {},
): Promise<ValidationResult> {
  for (const folder of [dir, schemaDir]) {
    const path = resolve(folder);
    if (!existsSync(path) || !statSync(path).isDirectory()) throw new FolderNotFoundError(path);
  }
  const { dataIO, ranges = true, ...rest } = options;
  // Compiled schemas kept on disk: a run whose schemas are unchanged compiles none (in no thread).
  const schemaCode = schemaCodeCache();
  // Without records to keep, a large CSV file is checked in ranges on every core (validate/csvRanges.ts):
  // the worker threads start now, so that their start-up runs beside this thread's.
  const tuning = typeof ranges === "object" ? ranges : {};
  const minBytes = tuning.minBytes ?? rangeBytes;
  const big = ranges !== false && options.keepRecords === false && hasLargeCsv(resolve(dir), minBytes);
  const runner = big
    ? csvRangeRunner(
        { dataDir: resolve(dir), schemaDir: resolve(schemaDir), schemaCode: schemaCode !== undefined },
        { ...tuning, minBytes, start: true },
      )
    : undefined;
  try {
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
  }
}

// Files from this size on are checked in ranges.
const rangeBytes = 16 << 20;

/** Tells whether a folder holds a CSV file of at least `bytes`. */
function hasLargeCsv(dir: string, bytes: number): boolean {
  try {
    return readdirSync(dir).some(
      (name) => name.endsWith(".csv") && statSync(resolve(dir, name)).size >= bytes,
    );
  } catch {
    return false;
  }
}
