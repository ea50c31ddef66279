// Starting the range threads of `csvRangeRunner`, in a module of its own that loads nothing else of the
// validator: `npm run validate` starts them before it loads the validator's modules (about 0.15 s), so
// that each thread's own start-up (Node's, the modules', the schemas') runs beside the calling thread's.
import { readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { schemaCodeCache } from "../schemaCodeCache.ts";
import type { CsvRangeWorkerData } from "./csvRangeWorker.ts";

// In a variable, so that bundlers leave it alone (see readCsvChunksInWorker.ts).
const workerFile = "./csvRangeWorker.ts";

/**
 * CSV files from this size on are checked in ranges (the default of `validateDataDir` and `csvRangeRunner`):
 * below it, the threads' start-up would cost more than they save.
 */
export const rangeBytes = 16 << 20;

/** How many range threads a machine gets by default: one less than its cores, at least one. */
export function defaultRangeThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Starts one range thread (`csvRangeWorker.ts`), which prepares the folder's schemas and rules at once.
 * Its old generation is capped: without a cap its heap grew with garbage (a million rows: 399 MB for
 * the process, 357 MB with it); a task whose worker runs out of memory is run in the calling thread.
 * Its young generation of 16 MB (5 MB semi-spaces) halves the time its garbage collection takes against
 * 8 MB (a million rows, CPU profiles of one run each: 2.4 -> 1.0 s), for 5-15 MB more at the peak;
 * 32 MB saved little more (1.2 s) and peaked 15-25 MB higher again, up to 290 MiB.
 */
export function spawnRangeWorker(folders: CsvRangeWorkerData): Worker {
  return new Worker(new URL(workerFile, import.meta.url), {
    workerData: folders,
    resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 },
  });
}

/** Range threads started ahead of `validateDataDir`, for the folders they were started for. */
export interface StartedRangeWorkers {
  folders: CsvRangeWorkerData;
  workers: Worker[];
}

/**
 * The folders a range thread of `dataDir` and `schemaDir` works on (absolute paths), and whether it reads
 * the compiled schemas kept on disk (when `schemaCodeCache` can keep them).
 */
export function rangeFolders(
  dataDir: string,
  schemaDir: string,
  schemaCode = schemaCodeCache() !== undefined,
): CsvRangeWorkerData {
  return { dataDir: resolve(dataDir), schemaDir: resolve(schemaDir), schemaCode };
}

/**
 * Starts the range threads that `validateDataDir(dataDir, schemaDir, { keepRecords: false })` would
 * start, when the folder holds a CSV file of `rangeBytes` or more; `undefined` otherwise (or when no
 * thread can be started). Hand them to `validateDataDir` (`started`), which uses or ends them.
 */
export function startRangeWorkers(dataDir: string, schemaDir: string): StartedRangeWorkers | undefined {
  if (!hasLargeCsv(resolve(dataDir), rangeBytes)) return undefined;
  const folders = rangeFolders(dataDir, schemaDir);
  const workers: Worker[] = [];
  try {
    for (let n = defaultRangeThreads(); n > 0; n -= 1) {
      const worker = spawnRangeWorker(folders);
      // Until `csvRangeRunner` listens, a thread that fails only stops (it is then not used).
      worker.on("error", () => undefined);
      workers.push(worker);
    }
  } catch {
    // No more threads: the ones started are used, and a file is read in this thread without any.
  }
  return workers.length > 0 ? { folders, workers } : undefined;
}

/** Tells whether a folder holds a CSV file of at least `bytes`. */
export function hasLargeCsv(dir: string, bytes: number): boolean {
  try {
    return readdirSync(dir).some(
      (name) => name.endsWith(".csv") && statSync(resolve(dir, name)).size >= bytes,
    );
  } catch {
    return false;
  }
}
