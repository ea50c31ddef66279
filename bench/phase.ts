// One benchmark phase, run in its own process so that its peak memory is its own.
// Usage: tsx bench/phase.ts parse FILE | validate DATA_DIR SCHEMA_DIR | validate-one-thread DATA_DIR SCHEMA_DIR
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import Papa from "papaparse";
import { loadReference } from "../src/lib/reference/loadReference.ts";
import { validateFolder } from "../src/lib/validate/validateFolder.ts";
import { folderIO } from "../src/node/folderIO.ts";

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

/** What `validateDataDir` does (disk I/O, packaged reference lists), with the worker thread on or off. */
async function validateOnly(
  data: string,
  schemas: string,
  worker: boolean,
): Promise<{ rows: number; valid: boolean; issues: number }> {
  const result = await validateFolder({
    dataIO: folderIO(resolve(data)),
    schemaIO: folderIO(resolve(schemas)),
    reference: await loadReference(),
    keepRecords: false,
    now: new Date("2025-06-30T00:00:00Z"),
    worker,
  });
  const activities = result.stats.find((s) => s.name === "activities");
  return { rows: activities?.rows ?? 0, valid: result.valid, issues: result.issues.length };
}

const [phase, a = "", b = ""] = process.argv.slice(2);
const start = performance.now();
const cpu = process.cpuUsage();
const outcome =
  phase === "parse" ? { rows: await parseOnly(a) } : await validateOnly(a, b, phase === "validate");
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
// CPU time (user + system, every thread of the process) is reported beside wall time: on a shared
// machine it varies less.
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(
  `${JSON.stringify({ phase, ...outcome, seconds, cpuSeconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
