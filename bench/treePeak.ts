// Runs a command and samples the memory of its whole process tree (the command and every process it
// starts, threads included) from Linux's /proc four times a second, then writes the largest sum seen to a
// file: what a machine must hold at once, which GNU time's peak (its largest single process) does not say.
// Usage: node bench/treePeak.ts OUTFILE command [args...]; exits with the command's status.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

/** The resident memory (bytes) of every process below `root`, `root` included, summed from /proc. */
export function treeRssBytes(root: number): number {
  const parentOf = new Map<number, number>();
  const rssOf = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // After the command in parentheses: state, parent pid, …; resident pages are field 24.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parentOf.set(Number(name), Number(fields[1]));
      rssOf.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parentOf.get(p))
      if (p === root) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, rss] of rssOf) if (inTree(pid)) sum += rss;
  return sum;
}

if (process.argv[1]?.endsWith("treePeak.ts")) {
  const [out, command, ...args] = process.argv.slice(2);
  if (!out || !command) throw new Error("Usage: node bench/treePeak.ts OUTFILE command [args...]");
  const child = spawn(command, args, { stdio: "inherit" });
  let peak = 0;
  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const timer = setInterval(sample, 250);
  child.on("exit", (code, signal) => {
    clearInterval(timer);
    writeFileSync(out, `${Math.round(peak / 1024)}\n`);
    process.exitCode = code ?? (signal ? 128 : 1);
  });
}
