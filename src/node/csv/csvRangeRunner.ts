import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import {
  type CsvRangeResult,
  type CsvRangeRunner,
  type CsvRangeTask,
  checkCsvRange,
} from "../../lib/validate/csvRanges.ts";
import { rangeSetup } from "../../lib/validate/validateFolder.ts";
import { folderIO } from "../folderIO.ts";
import { loadReference } from "../loadReference.ts";
import { schemaCodeCache } from "../schemaCodeCache.ts";
import type { CsvRangeWorkerData } from "./csvRangeWorker.ts";

/** A range runner of worker threads, to close when the validation is over. */
export interface CsvRangeThreads extends CsvRangeRunner {
  close(): Promise<void>;
}

// Below this, a file is read whole: the threads' start-up would cost more than they save.
const defaultMinBytes = 16 << 20;
// In a variable, so that bundlers leave it alone (see readCsvChunksInWorker.ts).
const workerFile = "./csvRangeWorker.ts";

/**
 * Runs range tasks (`validate/csvRanges.ts`) in worker threads, one less than the machine's cores (at
 * least one): each prepares the folder's schemas and rules as soon as it starts, so starting them early
 * (`start: true`) hides that cost behind the calling thread's own. A task whose worker fails is run
 * in this thread instead, with the same result.
 */
export function csvRangeRunner(
  folders: CsvRangeWorkerData,
  options: { threads?: number; minBytes?: number; start?: boolean } = {},
): CsvRangeThreads {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Array<() => void> = [];
  const waiting = new Map<number, { resolve: (r: CsvRangeResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  let local: ReturnType<typeof rangeSetup> | undefined;

  const spawn = (): Worker | undefined => {
    try {
      // Its old generation is capped: without a cap its heap grew with garbage (a million rows: 399 MB for
      // the process, 357 MB with it); a task whose worker runs out of memory is run in this thread. Its
      // young generation of 16 MB (5 MB semi-spaces) halves the time its garbage collection takes against
      // 8 MB (a million rows, CPU profiles of one run each: 2.4 -> 1.0 s), for 5-15 MB more at the peak;
      // 32 MB saved little more (1.2 s) and peaked 15-25 MB higher again, up to 290 MiB.
      const worker = new Worker(new URL(workerFile, import.meta.url), {
        workerData: folders,
        resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 128 },
      });
      worker.on("message", (message: { id: number; result?: CsvRangeResult; error?: string }) => {
        const pending = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.result) pending?.resolve(message.result);
        else pending?.reject(new Error(message.error ?? "The range worker failed."));
      });
      const failAll = () => {
        // A worker that failed takes no more tasks; the tasks waiting for a worker look again (and are
        // run in this thread when none is left).
        for (const list of [workers, idle]) if (list.includes(worker)) list.splice(list.indexOf(worker), 1);
        for (const [id, pending] of waiting) {
          waiting.delete(id);
          pending.reject(new Error("The range worker stopped."));
        }
        for (const wake of queue.splice(0)) wake();
      };
      worker.on("error", failAll);
      worker.on("exit", failAll);
      workers.push(worker);
      idle.push(worker);
      return worker;
    } catch {
      return undefined;
    }
  };
  const start = () => {
    while (workers.length < threads && spawn()) {
      // Spawned.
    }
  };
  if (options.start) start();

  const inThisThread = async (task: CsvRangeTask): Promise<CsvRangeResult> => {
    const dataIO = folderIO(folders.dataDir);
    const cache = folders.schemaCode ? schemaCodeCache() : undefined;
    local ??= loadReference().then((reference) =>
      rangeSetup({
        dataIO,
        schemaIO: folderIO(folders.schemaDir),
        reference,
        ...(folders.catalogFile ? { catalogFile: folders.catalogFile } : {}),
        ...(cache ? { schemaCode: cache } : {}),
      }),
    );
    const prepared = await local;
    const path = prepared.infos.get(task.dataset)?.entry.path ?? "";
    const readRange = dataIO.readRange as NonNullable<typeof dataIO.readRange>;
    return checkCsvRange(prepared, task, (from, to) => readRange(path, from, to));
  };

  const inWorker = async (task: CsvRangeTask): Promise<CsvRangeResult> => {
    start();
    while (idle.length === 0) {
      if (workers.length === 0) throw new Error("no worker");
      await new Promise<void>((resolve) => queue.push(resolve));
    }
    const worker = idle.pop() as Worker;
    try {
      const id = next++;
      return await new Promise<CsvRangeResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, task });
      });
    } finally {
      // A worker that stopped meanwhile is not handed another task.
      if (workers.includes(worker)) idle.push(worker);
      queue.shift()?.();
    }
  };

  return {
    threads,
    minBytes: options.minBytes ?? defaultMinBytes,
    run: (task) => inWorker(task).catch(() => inThisThread(task)),
    release() {
      // An idle thread's heap is mostly garbage by now: ending it frees that memory for the checks
      // across rows that follow (a thread is started again if another file needs one).
      for (const worker of idle.splice(0)) {
        workers.splice(workers.indexOf(worker), 1);
        worker.removeAllListeners();
        void worker.terminate();
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
