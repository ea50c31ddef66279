// Runs a command in a child process and measures it from outside, as a user would see it: wall
// time, CPU time of the process tree (user + system) and peak resident memory of its largest
// process, all from GNU time (Debian's `time` package: /usr/bin/time).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** What one run of a command cost. */
export interface Timed {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  /** With `tree`: the most memory the command's processes held together (sampled four times a second). */
  treeRssMB?: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const gnuTime = "/usr/bin/time";

/**
 * Runs `command args` with `/usr/bin/time` and returns its cost and output; with `tree`, also the peak of
 * all its processes' memory added up (bench/treePeak.ts, which runs the command).
 */
export function timed(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; tree?: boolean } = {},
): Timed {
  if (!existsSync(gnuTime)) throw new Error(`${gnuTime} is missing: install it (apt-get install time).`);
  const dir = mkdtempSync(join(tmpdir(), "ksst-bench-"));
  const report = join(dir, "time.txt");
  try {
    const treeReport = join(dir, "tree.txt");
    const wrapped = options.tree
      ? [
          process.execPath,
          fileURLToPath(new URL("treePeak.ts", import.meta.url)),
          treeReport,
          command,
          ...args,
        ]
      : [command, ...args];
    const run = spawnSync(gnuTime, ["-f", "%e %U %S %M", "-o", report, ...wrapped], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
      env: options.env ?? process.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    const last = readFileSync(report, "utf8").trim().split("\n").at(-1) ?? "";
    const [wall = 0, user = 0, system = 0, rssKB = 0] = last.split(" ").map(Number);
    return {
      seconds: wall,
      cpuSeconds: user + system,
      maxRssMB: rssKB / 1024,
      ...(options.tree && existsSync(treeReport)
        ? { treeRssMB: Number(readFileSync(treeReport, "utf8")) / 1024 }
        : {}),
      status: run.status,
      stdout: run.stdout,
      stderr: run.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
