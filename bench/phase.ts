// One benchmark phase, run in its own process so that its peak memory is its own.
// Usage: tsx bench/phase.ts parse FILE | validate DATA_DIR SCHEMA_DIR
import { createReadStream } from "node:fs";
import Papa from "papaparse";
import { validateDataDir } from "../src/node/validateDataDir.ts";

async function parseOnly(file: string): Promise<number> {
  let rows = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }), {
      delimiter: ",",
      chunk: (results: Papa.ParseResult<string[]>) => {
        rows += results.data.length;
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  return rows - 1; // the header
}

async function validateOnly(
  data: string,
  schemas: string,
): Promise<{ rows: number; valid: boolean; issues: number }> {
  const result = await validateDataDir(data, schemas, {
    keepRecords: false,
    now: new Date("2025-06-30T00:00:00Z"),
  });
  const activities = result.stats.find((s) => s.name === "activities");
  return { rows: activities?.rows ?? 0, valid: result.valid, issues: result.issues.length };
}

const [phase, a = "", b = ""] = process.argv.slice(2);
const start = performance.now();
const cpu = process.cpuUsage();
const outcome = phase === "parse" ? { rows: await parseOnly(a) } : await validateOnly(a, b);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
// CPU time (user + system) is reported beside wall time: on a shared machine it varies less.
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({ phase, ...outcome, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
