// Benchmark: npm run bench -- [--rows 100000,1000000] [--repeat 3]
// Generates seeded synthetic activities CSVs in bench/out/ (never in data/), then measures, each run
// in its own child process, papaparse parsing alone and the full validation (keepRecords: false), as
// it runs by default (parsing in a worker thread) and in one thread: rows per second (wall and CPU
// time, best of --repeat runs), peak memory (maxRSS) and the ratio to parsing alone.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateActivities } from "../bench/generateActivities.ts";

interface Measure {
  phase: string;
  rows: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMB: number;
  valid?: boolean;
  issues?: number;
}

const out = resolve("bench/out");

/** Prepares a data folder with the real small datasets and `rows` synthetic activities. */
function prepare(rows: number): string {
  const dir = resolve(out, `data-${rows}`);
  const file = resolve(dir, "activities.csv");
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync("data")) {
    if (name !== "activities.csv") copyFileSync(resolve("data", name), resolve(dir, name));
  }
  if (!existsSync(file)) {
    process.stdout.write(`generating ${rows} rows… `);
    generateActivities(readFileSync("data/activities.csv", "utf8"), file, rows);
    process.stdout.write("done\n");
  }
  return dir;
}

function once(args: string[]): Measure {
  const output = execFileSync(process.execPath, ["--import", "tsx", "bench/phase.ts", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  return JSON.parse(output.trim().split("\n").at(-1) ?? "{}") as Measure;
}

/** Runs a phase `repeat` times and keeps the best time of each kind and the highest peak memory. */
function measure(args: string[], repeat: number): Measure {
  const runs = Array.from({ length: repeat }, () => once(args));
  const first = runs[0] as Measure;
  return {
    ...first,
    seconds: Math.min(...runs.map((r) => r.seconds)),
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
  };
}

const rate = (rows: number, seconds: number) => Math.round(rows / seconds).toLocaleString("en");

function main(): void {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000,1000000" },
      repeat: { type: "string", default: "3" },
    },
  });
  const sizes = values.rows.split(",").map(Number);
  const repeat = Number(values.repeat);
  const schemas = resolve("schemas");
  const results = [];
  process.stdout.write(
    `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), best of ${repeat}\n`,
  );
  for (const rows of sizes) {
    const dir = prepare(rows);
    const file = resolve(dir, "activities.csv");
    const parse = measure(["parse", file], repeat);
    const validate = measure(["validate", dir, schemas], repeat);
    const oneThread = measure(["validate-one-thread", dir, schemas], repeat);
    const ratio = parse.seconds / validate.seconds;
    const cpuRatio = parse.cpuSeconds / validate.cpuSeconds;
    const oneThreadRatio = parse.seconds / oneThread.seconds;
    results.push({
      rows,
      bytes: statSync(file).size,
      parse,
      validate,
      oneThread,
      ratio,
      cpuRatio,
      oneThreadRatio,
    });
    process.stdout.write(
      [
        `${rows.toLocaleString("en")} rows (${(statSync(file).size / 1e6).toFixed(0)} MB)`,
        `  papaparse parse-only : ${rate(parse.rows, parse.seconds)} rows/s wall, ${rate(parse.rows, parse.cpuSeconds)} rows/s CPU, peak RSS ${parse.maxRssMB.toFixed(0)} MB`,
        `  full validation      : ${rate(validate.rows, validate.seconds)} rows/s wall, ${rate(validate.rows, validate.cpuSeconds)} rows/s CPU, peak RSS ${validate.maxRssMB.toFixed(0)} MB (valid: ${validate.valid}, ${validate.issues} issues)`,
        `  validation / parse   : ${(100 * ratio).toFixed(0)}% of parse-only throughput (wall), ${(100 * cpuRatio).toFixed(0)}% (CPU)`,
        `  in one thread        : ${rate(oneThread.rows, oneThread.seconds)} rows/s wall, ${rate(oneThread.rows, oneThread.cpuSeconds)} rows/s CPU, peak RSS ${oneThread.maxRssMB.toFixed(0)} MB, ${(100 * oneThreadRatio).toFixed(0)}% of parse-only (wall) (worker: false)`,
        "",
      ].join("\n"),
    );
  }
  writeFileSync(
    resolve(out, "results.json"),
    `${JSON.stringify({ node: process.version, repeat, results }, null, 2)}\n`,
  );
}

main();
