import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { reportPages } from "./pageProgress.ts";

/** What the activity pages' worker is started with. */
export interface ActivityPagesWorkerData {
  /** The output folder. */
  outDir: string;
  /** The site's public address, when set (`import.meta.env.SITE`). */
  site: string | undefined;
  /** The build's day (`SiteData.builtOn`), so that the worker's data says the same. */
  builtOn: string;
}

/** Files the worker writes into the output folder besides the activity pages. */
export type WorkerFiles = "api-records" | "explorer-files";

/** What Astro's thread asks the worker. */
export type ActivityPagesRequest =
  | {
      kind: "carrier";
      lang: string;
      id: string;
      /** The carrier page as Astro rendered it, before the printable-text pass. */
      page: Uint8Array;
    }
  | { kind: "files"; files: WorkerFiles }
  | { kind: "iati" }
  /** The charts of the entity pages (src/site/entities/entityChartSvgs.ts). */
  | { kind: "entity-charts" };

/** What the worker posts back. */
export type ActivityPagesWorkerMessage =
  | { kind: "ready" }
  | { kind: "unavailable"; message: string }
  | { kind: "pages"; done: number }
  | { kind: "done"; request: number; written?: number; bytes?: Uint8Array; svgs?: Map<string, string> }
  | { kind: "failed"; request: number; message: string; stack?: string };

/** What a request came to: files written (or the bytes or charts made), or why the worker could not start. */
export type WorkerOutcome =
  | { written: number }
  | { bytes: Uint8Array }
  | { svgs: Map<string, string> }
  | { unavailable: string };

/** The activity pages' worker as Astro's thread sees it. */
export interface ActivityPagesThread {
  /**
   * Asks the worker; resolves to what it wrote or made, or to why it could not start (load its
   * modules or the site's data), in which case the caller does the work itself. Rejects when the
   * work failed.
   */
  ask(request: ActivityPagesRequest): Promise<WorkerOutcome>;
  /**
   * Keeps work that nothing waits for until the build awaits `settled()` (files written beside the
   * pages): a failure is kept for then, never an unhandled rejection.
   */
  keep(work: Promise<unknown>): void;
  /** Resolves once every kept work has ended; rejects with the first failure. */
  settled(): Promise<void>;
  /** Stops the worker (once nothing more will be asked). */
  stop(): void;
}

// In a variable and from the working directory (Astro builds from the repository root), so that
// Vite leaves the worker's file alone: the worker runs the TypeScript sources through tsx.
const workerFile = "src/site/activityPagesWorker.ts";

/**
 * Starts the worker thread that writes the activity pages (src/site/activityPagesWorker.ts), and the
 * API's record files, the explorers' files and the IATI file, while Astro's thread renders the other
 * pages: on a machine with two cores both work. It loads the site's data at once, so that it is
 * ready when the first request comes, and never keeps the process alive while nothing is asked.
 */
export function startActivityPagesThread(
  data: ActivityPagesWorkerData,
  /** The worker's module, from the working directory (tests start others). */
  file: string = workerFile,
): ActivityPagesThread {
  const pending = new Map<
    number,
    { settle: (outcome: WorkerOutcome) => void; fail: (error: Error) => void }
  >();
  const kept: Promise<{ error: unknown } | undefined>[] = [];
  let unavailable: string | undefined;
  let ready = false;
  let next = 0;
  const worker = new Worker(resolve(process.cwd(), file), {
    workerData: data,
    execArgv: ["--import", "tsx"],
  });
  worker.unref();
  const giveUp = (reason: string) => {
    unavailable ??= reason;
    for (const { settle } of pending.values()) settle({ unavailable: reason });
    pending.clear();
    void worker.terminate();
  };
  const end = (request: number) => {
    pending.delete(request);
    if (pending.size === 0) worker.unref();
  };
  worker.on("message", (message: ActivityPagesWorkerMessage) => {
    if (message.kind === "pages") reportPages({ done: message.done });
    else if (message.kind === "ready") ready = true;
    else if (message.kind === "unavailable") giveUp(message.message);
    else if (message.kind === "done") {
      pending
        .get(message.request)
        ?.settle(
          message.bytes
            ? { bytes: message.bytes }
            : message.svgs
              ? { svgs: message.svgs }
              : { written: message.written ?? 0 },
        );
      end(message.request);
    } else if (message.kind === "failed") {
      const error = new Error(message.message);
      if (message.stack) error.stack = message.stack;
      pending.get(message.request)?.fail(error);
      end(message.request);
    }
  });
  // An uncaught error or an early exit: before the worker has its data (its modules did not load,
  // say), the caller does the work instead; after, what it was doing fails the build.
  const broken = (error: Error) => {
    if (!ready) return giveUp(error.message);
    for (const { fail } of pending.values()) fail(error);
    pending.clear();
    unavailable ??= error.message;
  };
  worker.on("error", broken);
  worker.on("exit", (code) => {
    if (pending.size > 0) broken(new Error(`The activity pages' worker stopped (exit code ${code}).`));
    unavailable ??= "it has stopped";
  });
  return {
    ask(request) {
      if (unavailable !== undefined) return Promise.resolve({ unavailable });
      const id = next++;
      return new Promise((settle, fail) => {
        pending.set(id, { settle, fail });
        worker.ref();
        worker.postMessage({ request: id, ...request });
      });
    },
    keep(work) {
      const held = work.then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      kept.push(held);
    },
    async settled() {
      for (const outcome of await Promise.all(kept)) if (outcome) throw outcome.error;
    },
    stop() {
      void worker.terminate();
    },
  };
}
