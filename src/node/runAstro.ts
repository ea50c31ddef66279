import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { followPages } from "./pageProgress.ts";

/** How Astro's build ended. */
export interface AstroOutcome {
  /** Exit code, or `null` when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Optional: follow the pages Astro renders (src/node/pageProgress.ts) instead of its page-by-page log. */
export interface AstroProgress {
  total(pages: number): void;
  done(pages: number): void;
  /** Prints a line of Astro's log other than a page line. */
  log(line: string): void;
}

// Astro logs one line per page written ("  ├─ /id/kegiatan/ksst-0001/index.html (+2ms)").
const pageLine = /^\S*\s+\S*├─/u;

/**
 * Runs `astro build` in a child process with `env` added to this process's environment. When
 * `signal` aborts, Astro is sent SIGTERM (SIGKILL if still running 10 s later) and the promise
 * settles once it has exited, so the caller can then remove what it wrote. With `progress`, Astro
 * reports its pages over an IPC channel and its page lines are not printed.
 */
export function runAstro(
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  progress?: AstroProgress,
): Promise<AstroOutcome> {
  return new Promise((settle, fail) => {
    const astro = astroProcess(process.env, env);
    const child = spawn(
      process.execPath,
      [...astro.args, resolve("node_modules/astro/bin/astro.mjs"), "build"],
      {
        stdio: progress ? ["inherit", "pipe", "inherit", "ipc"] : "inherit",
        env: astro.env,
      },
    );
    if (progress && child.stdout) {
      createInterface({ input: child.stdout }).on("line", (line) => {
        if (!pageLine.test(line)) progress.log(line);
      });
      child.on("message", followPages(progress));
    }
    let killer: NodeJS.Timeout | undefined;
    const stop = () => {
      child.kill("SIGTERM");
      killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      killer.unref();
    };
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
    child.once("error", fail);
    child.once("close", (code, exitSignal) => {
      if (killer) clearTimeout(killer);
      signal.removeEventListener("abort", stop);
      settle({ code, signal: exitSignal });
    });
  });
}

/**
 * Node's options and the environment of Astro's process, from this process's environment `base` with
 * `env` added: a heap limit and young generation (below) unless NODE_OPTIONS sets them, and two glibc
 * settings unless the environment sets them. Astro's process allocates much outside V8's heaps (the
 * activity pages' worker, resvg's PNG thread, libuv's file writes):
 * - MALLOC_ARENA_MAX=2: glibc gives each thread an arena of its own (up to eight per core), and memory
 *   freed in one arena serves no other;
 * - MALLOC_MMAP_THRESHOLD_=131072: blocks of 128 KiB or more get a mapping of their own, returned to the
 *   system when freed; by default glibc raises that threshold (up to 32 MiB) as large blocks are freed,
 *   after which they stay with the process.
 * Each lowered the peak of a 10,000-activity build at the same CPU time: docs/build.md, "Two malloc
 * arenas" and "Seventh pass".
 */
export function astroProcess(
  base: NodeJS.ProcessEnv,
  env: NodeJS.ProcessEnv,
): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: [...heapLimit(base), ...youngGeneration(base)],
    env: {
      MALLOC_ARENA_MAX: "2",
      MALLOC_MMAP_THRESHOLD_: "131072",
      ...base,
      ASTRO_TELEMETRY_DISABLED: "1",
      ...env,
    },
  };
}

/**
 * Node's default heap limit (about 4 GB) is what a site of 100,000 activities needs while Astro renders
 * its pages, and a heap near its limit spends its time collecting garbage (the pages came ten times
 * slower): Astro may use up to three quarters of the machine's memory, unless NODE_OPTIONS sets a limit.
 */
function heapLimit(base: NodeJS.ProcessEnv): string[] {
  if (/--max-old-space-size/.test(base.NODE_OPTIONS ?? "")) return [];
  return [`--max-old-space-size=${Math.floor((totalmem() / 2 ** 20) * 0.75)}`];
}

/**
 * V8's young generation is 16 MB by default: rendering a page allocates about a megabyte, so it filled
 * every page or two, and each of those scavenges copied whatever the pages still being rendered held.
 * At 64 MB a scavenge comes four times less often and finds fewer of its objects alive (measured in
 * docs/build.md, "Speed and memory"). Unless NODE_OPTIONS sets its own size.
 */
function youngGeneration(base: NodeJS.ProcessEnv): string[] {
  if (/--max-semi-space-size/.test(base.NODE_OPTIONS ?? "")) return [];
  return ["--max-semi-space-size=64"];
}
