// Runs a command in a child process and measures it from outside, as a user would see it: wall
// time, CPU time of the process tree (user + system) and peak resident memory of its largest
// process, all from GNU time (Debian's `time` package: /usr/bin/time).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What one run of a command cost. */
export interface Timed {
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

const gnuTime = "/usr/bin/time";

/** Runs `command args` with `/usr/bin/time` and returns its cost and output. */
export function timed(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Timed {
  if (!existsSync(gnuTime)) throw new Error(`${gnuTime} is missing: install it (apt-get install time).`);
  const dir = mkdtempSync(join(tmpdir(), "ksst-bench-"));
  const report = join(dir, "time.txt");
  try {
    const run = spawnSync(gnuTime, ["-f", "%e %U %S %M", "-o", report, command, ...args], {
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
      status: run.status,
      stdout: run.stdout,
      stderr: run.stderr,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
