import { readdirSync, readFileSync } from "node:fs";

/** CPU time and peak memory of one process, as Linux counts them. */
export interface ProcessUsage {
  cpuSeconds: number;
  peakMB: number;
}

/** A child process this process did not spawn itself (a library did), watched through Linux's `/proc`. */
export interface WatchedChild {
  pid: number;
  /** CPU time (user and system) and peak resident memory so far; undefined once the process is gone. */
  usage(): ProcessUsage | undefined;
  /** Resolves when the process has exited and been reaped, or rejects after `timeoutMs`. */
  gone(timeoutMs?: number): Promise<void>;
}

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on every Linux architecture Node runs on). */
const ticksPerSecond = 100;

/** The fields of `/proc/<pid>/stat` after the command name (which may hold spaces and parentheses). */
function statFields(pid: number | string): { name: string; rest: string[] } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = stat.lastIndexOf(")");
    return { name: stat.slice(stat.indexOf("(") + 1, close), rest: stat.slice(close + 2).split(" ") };
  } catch {
    return undefined;
  }
}

/**
 * Runs `start`, which makes a library spawn a child process whose command name begins with `name`, and
 * watches that child to measure it and wait for its end. The child is undefined where there is no
 * `/proc` (not Linux) or `start` started no such process. Pagefind's npm API, for one, starts its
 * indexing process and later kills it without waiting: its CPU time and memory would otherwise escape
 * the build's figures.
 */
export async function watchChildProcess<T>(
  name: string,
  start: () => Promise<T>,
): Promise<{ result: T; child: WatchedChild | undefined }> {
  const known = new Set(childProcessIds(name));
  const result = await start();
  const pid = childProcessIds(name).find((p) => !known.has(p));
  if (pid === undefined) return { result, child: undefined };
  const alive = () => {
    const stat = statFields(pid);
    // A zombie ('Z') has exited but is not reaped yet: its usage is not yet its parent's.
    return stat !== undefined && Number(stat.rest[1]) === process.pid;
  };
  const child: WatchedChild = {
    pid,
    usage() {
      const stat = statFields(pid);
      if (!stat) return undefined;
      let peakMB = 0;
      try {
        const status = readFileSync(`/proc/${pid}/status`, "utf8");
        peakMB = Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024;
      } catch {
        return undefined;
      }
      const cpuSeconds = (Number(stat.rest[11]) + Number(stat.rest[12])) / ticksPerSecond;
      return { cpuSeconds, peakMB };
    },
    async gone(timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (alive()) {
        if (Date.now() > until)
          throw new Error(`Process ${pid} (${name}) did not end within ${timeoutMs} ms.`);
        await new Promise((done) => setTimeout(done, 20));
      }
    },
  };
  return { result, child };
}

/** The ids of this process's children whose command name begins with `name` (none without `/proc`). */
function childProcessIds(name: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  return entries
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      const stat = statFields(e);
      return stat !== undefined && Number(stat.rest[1]) === process.pid && stat.name.startsWith(name);
    })
    .map(Number);
}
