import type { Worker } from "node:worker_threads";
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
import { defaultRangeThreads, rangeBytes, spawnRangeWorker } from "./rangeWorkers.ts";

/** A range runner of worker threads, to close when the validation is over. */
export interface CsvRangeThreads extends CsvRangeRunner {
  close(): Promise<void>;
}

/**
 * Runs range tasks (`validate/csvRanges.ts`) in worker threads, one less than the machine's cores (at
 * least one): each prepares the folder's schemas and rules as soon as it starts, so starting them early
 * (`start: true`) hides that cost behind the calling thread's own; `workers` already started for the
 * same folders (`startRangeWorkers`) are used first. A task whose worker fails is run in this thread
 * instead, with the same result.
 */
export function csvRangeRunner(
  folders: CsvRangeWorkerData,
  options: {
    threads?: number;
    minBytes?: number;
    pieceBytes?: number;
    start?: boolean;
    workers?: readonly Worker[];
  } = {},
): CsvRangeThreads {
  const threads = options.threads ?? defaultRangeThreads();
  const started = [...(options.workers ?? [])];
  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Array<() => void> = [];
  const waiting = new Map<number, { resolve: (r: CsvRangeResult) => void; reject: (e: Error) => void }>();
  let next = 0;
  let local: ReturnType<typeof rangeSetup> | undefined;

  const adopt = (worker: Worker): Worker => {
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
  };
  const spawn = (): Worker | undefined => {
    // A thread started ahead that has stopped meanwhile (its id is then -1) is not used.
    for (let ready = started.shift(); ready; ready = started.shift())
      if (ready.threadId !== -1) return adopt(ready);
    try {
      return adopt(spawnRangeWorker(folders));
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
    minBytes: options.minBytes ?? rangeBytes,
    ...(options.pieceBytes === undefined ? {} : { pieceBytes: options.pieceBytes }),
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
      await Promise.all([...workers, ...started.splice(0)].map((worker) => worker.terminate()));
    },
  };
}
