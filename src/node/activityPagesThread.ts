import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { reportPages } from "./pageProgress.ts";

/** What the activity pages' worker is started with. */
export interface ActivityPagesWorkerData {
  /** The output folder. */
  outDir: string;
  /** The activities whose pages it writes (all but the carrier). */
  others: readonly string[];
  /** The site's public address, when set (`import.meta.env.SITE`). */
  site: string | undefined;
  /** The build's day (`SiteData.builtOn`), so that the worker's data says the same. */
  builtOn: string;
}

/** A carrier page sent to the worker. */
export interface ActivityPagesRequest {
  lang: string;
  id: string;
  /** The carrier page as Astro rendered it, before the printable-text pass. */
  page: Uint8Array;
}

/** What the worker posts back. */
export type ActivityPagesWorkerMessage =
  | { kind: "ready" }
  | { kind: "unavailable"; message: string }
  | { kind: "pages"; done: number }
  | { kind: "written"; lang: string; written: number }
  | { kind: "failed"; lang: string; message: string; stack?: string };

/** The activity pages' worker as Astro's thread sees it. */
export interface ActivityPagesThread {
  /**
   * Has the worker write the pages of a carrier page's language; resolves to how many it wrote, or
   * to why the worker could not start (load its modules or the site's data), in which case the
   * caller writes them itself. Rejects when writing failed.
   */
  write(request: ActivityPagesRequest): Promise<{ written: number } | { unavailable: string }>;
}

// In a variable and from the working directory (Astro builds from the repository root), so that
// Vite leaves the worker's file alone: the worker runs the TypeScript sources through tsx.
const workerFile = "src/site/activityPagesWorker.ts";

/**
 * Starts the worker thread that writes the activity pages (src/site/activityPagesWorker.ts) while
 * Astro's thread renders the other pages: on a machine with two cores both work. It loads the site's
 * data at once, so that it is ready when the first carrier page comes; it stops once it has written
 * the pages of `languages` carriers, and never keeps the process alive while it waits.
 */
export function startActivityPagesThread(
  data: ActivityPagesWorkerData,
  languages: number,
): ActivityPagesThread {
  type Outcome = { written: number } | { unavailable: string };
  const pending = new Map<string, { settle: (outcome: Outcome) => void; fail: (error: Error) => void }>();
  let unavailable: string | undefined;
  let ready = false;
  let remaining = languages;
  const worker = new Worker(resolve(process.cwd(), workerFile), {
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
  const finish = (lang: string) => {
    pending.delete(lang);
    remaining -= 1;
    if (pending.size === 0) worker.unref();
    if (remaining === 0) void worker.terminate();
  };
  worker.on("message", (message: ActivityPagesWorkerMessage) => {
    if (message.kind === "pages") reportPages({ done: message.done });
    else if (message.kind === "ready") ready = true;
    else if (message.kind === "unavailable") giveUp(message.message);
    else if (message.kind === "written") {
      pending.get(message.lang)?.settle({ written: message.written });
      finish(message.lang);
    } else if (message.kind === "failed") {
      const error = new Error(message.message);
      if (message.stack) error.stack = message.stack;
      pending.get(message.lang)?.fail(error);
      finish(message.lang);
    }
  });
  // An uncaught error or an early exit: before the worker has its data (its modules did not load,
  // say), the caller writes the pages instead; after, a carrier it was writing fails the build.
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
    write(request) {
      if (unavailable !== undefined) return Promise.resolve({ unavailable });
      return new Promise((settle, fail) => {
        pending.set(request.lang, { settle, fail });
        worker.ref();
        worker.postMessage(request);
      });
    },
  };
}
