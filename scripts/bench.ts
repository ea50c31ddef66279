// Benchmark: what users run, on data shaped like real data, against baselines measured in the same run.
//   npm run bench -- [--rows 100000,1000000] [--repeat 1] [--out DIR]   the validator
//   npm run bench -- --site 10000 [--out DIR]                           the site build, beside Hugo
//   npm run bench -- --explorer 100000 [--out DIR]                      what explorer views fetch
// Validation: generates realistic activities with seeded defects (bench/realisticActivities.ts) in
// bench/out/ (never in data/), then measures from outside, each in its own process: papaparse
// parsing the same file alone (the baseline), `npm run validate -- --format json` exactly as users
// type it (start-up included), and frictionless-py (../shared/conformance) validating the same rows
// against the Table Schema the site publishes, when the kit is there. Checks that every seeded
// defect is reported with its row. Site: see bench/siteBench.ts.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { explorerBench } from "../bench/explorerBench.ts";
import { writeFrictionlessPackage } from "../bench/frictionlessPackage.ts";
import { type SeededDefect, writeRealisticData } from "../bench/realisticActivities.ts";
import { siteBench } from "../bench/siteBench.ts";
import { type Timed, timed } from "../bench/timed.ts";
import type { JsonReport } from "../src/lib/report/formatJson.ts";

const tsx = resolve("node_modules/tsx/dist/cli.mjs");
const conformance = resolve("../shared/conformance/fl");
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Generates (once) a folder of `rows` realistic activities with seeded defects; returns it and its defects. */
async function prepare(out: string, rows: number): Promise<{ dir: string; defects: SeededDefect[] }> {
  const dir = resolve(out, `realistic-${rows}`);
  const manifest = resolve(dir, "seeded-defects.json");
  if (!existsSync(manifest)) {
    process.stdout.write(`generating ${fmt(rows)} realistic activities in ${dir}… `);
    const defects = await writeRealisticData(dir, { rows, defects: true });
    writeFileSync(manifest, `${JSON.stringify(defects, null, 1)}\n`);
    process.stdout.write("done\n");
  }
  return { dir, defects: JSON.parse(readFileSync(manifest, "utf8")) as SeededDefect[] };
}

/** The seeded defects the report does not list at their row, column and code. */
function missed(report: JsonReport, defects: readonly SeededDefect[]): SeededDefect[] {
  const task = report.tasks.find((t) => t.name === "activities");
  const found = new Set(
    [...(task?.errors ?? []), ...(task?.warnings ?? [])].map(
      (e) => `${e.rowNumber}:${e.fieldName}:${e.code}`,
    ),
  );
  return defects.filter((d) => !found.has(`${d.row}:${d.column}:${d.code}`));
}

const best = (runs: readonly Timed[]): Timed =>
  runs.reduce((a, b) => (b.seconds < a.seconds ? { ...b, maxRssMB: Math.max(a.maxRssMB, b.maxRssMB) } : a));

/** One size's figures (see `validationBench`). */
interface BenchResult {
  rows: number;
  bytes: number;
  parse: { seconds: number; cpuSeconds: number; maxRssMB: number };
  cli: { seconds: number; cpuSeconds: number; maxRssMB: number; exit: number | null };
  ratio: number;
  load: [number, number];
  seeded: number;
  missed: SeededDefect[];
  frictionless?: { seconds: number; cpuSeconds: number; maxRssMB: number; valid: boolean };
}

async function validationBench(
  out: string,
  sizes: readonly number[],
  repeat: number,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const rows of sizes) {
    const { dir, defects } = await prepare(out, rows);
    const file = resolve(dir, "activities.csv");
    const bytes = statSync(file).size;
    const parseRuns: Timed[] = [];
    const cliRuns: Timed[] = [];
    // Alternate the two, so that a busy moment on the machine does not fall on one only.
    // The machine is shared: its load average is written beside the figures.
    const loadBefore = loadavg()[0] ?? 0;
    // Once untimed on the small data folder: Node's type stripping of the modules is kept on disk
    // (scripts/cachedTypeStripping.mjs), as it is for a user's every run after the first.
    if (results.length === 0) timed("npm", ["run", "--silent", "validate", "--", "--format", "json"]);
    for (let i = 0; i < repeat; i += 1) {
      parseRuns.push(timed(process.execPath, [tsx, "bench/phase.ts", file]));
      cliRuns.push(
        timed("npm", [
          "run",
          "--silent",
          "validate",
          "--",
          "--data",
          dir,
          "--format",
          "json",
          "--lang",
          "en",
        ]),
      );
    }
    const loadAfter = loadavg()[0] ?? 0;
    const parse = best(parseRuns);
    const cli = best(cliRuns);
    const report = JSON.parse(cli.stdout) as JsonReport;
    const notFound = missed(report, defects);
    const ratio = parse.seconds / cli.seconds;
    let frictionless: (Timed & { valid: boolean }) | undefined;
    if (existsSync(conformance) && rows <= 100_000) {
      const descriptor = writeFrictionlessPackage(dir);
      const run = timed(conformance, ["validate", descriptor, "--json"]);
      frictionless = { ...run, valid: run.status === 0 };
    }
    results.push({
      rows,
      bytes,
      parse: { seconds: parse.seconds, cpuSeconds: parse.cpuSeconds, maxRssMB: parse.maxRssMB },
      cli: { seconds: cli.seconds, cpuSeconds: cli.cpuSeconds, maxRssMB: cli.maxRssMB, exit: cli.status },
      ratio,
      load: [loadBefore, loadAfter],
      seeded: defects.length,
      missed: notFound,
      ...(frictionless
        ? {
            frictionless: {
              seconds: frictionless.seconds,
              cpuSeconds: frictionless.cpuSeconds,
              maxRssMB: frictionless.maxRssMB,
              valid: frictionless.valid,
            },
          }
        : {}),
    });
    const rate = (seconds: number) => `${fmt(rows / seconds)} rows/s`;
    process.stdout.write(
      [
        `${fmt(rows)} realistic rows (${fmt(bytes / 1e6)} MB, ${fmt(bytes / rows)} bytes a row); load average ${fmt(loadBefore, 1)} before, ${fmt(loadAfter, 1)} after`,
        `  papaparse parse-only  : ${fmt(parse.seconds, 1)} s, ${rate(parse.seconds)}, peak ${fmt(parse.maxRssMB)} MB, CPU ${fmt(parse.cpuSeconds, 1)} s`,
        `  npm run validate      : ${fmt(cli.seconds, 1)} s, ${rate(cli.seconds)}, peak ${fmt(cli.maxRssMB)} MB, CPU ${fmt(cli.cpuSeconds, 1)} s, exit ${cli.status}`,
        `  validate / parse-only : ${fmt(100 * ratio, 1)}% of parse-only throughput (wall), ${fmt((100 * parse.cpuSeconds) / cli.cpuSeconds)}% (CPU)`,
        `  seeded defects        : ${defects.length - notFound.length} of ${defects.length} reported at their row${notFound.length ? ` (missed: ${notFound.map((d) => `${d.kind} row ${d.row}`).join(", ")})` : ""}`,
        ...(frictionless
          ? [
              `  frictionless-py       : ${fmt(frictionless.seconds, 1)} s, ${rate(frictionless.seconds)}, peak ${fmt(frictionless.maxRssMB)} MB, CPU ${fmt(frictionless.cpuSeconds, 1)} s; validate has ${fmt(frictionless.seconds / cli.seconds, 1)}× its throughput (wall), ${fmt(frictionless.cpuSeconds / cli.cpuSeconds, 1)}× (CPU)`,
            ]
          : []),
        "",
      ].join("\n"),
    );
  }
  process.stdout.write(markdownTable(results));
  return results;
}

/** The figures as the table rows of docs/validation.md's "Speed and memory", ready to paste. */
function markdownTable(results: readonly BenchResult[]): string {
  const lines = [
    "| rows | file | papaparse parse-only | `npm run validate` | validate / parse-only | peak memory | seeded defects reported | load average |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    lines.push(
      `| ${fmt(r.rows)} | ${fmt(r.bytes / 1e6)} MB | ${fmt(r.parse.seconds, 1)} s wall, ${fmt(r.parse.cpuSeconds, 1)} s CPU, ${fmt(r.parse.maxRssMB)} MB | ${fmt(r.cli.seconds, 1)} s wall, ${fmt(r.cli.cpuSeconds, 1)} s CPU | **${fmt(100 * r.ratio, 1)}%** (wall), ${fmt((100 * r.parse.cpuSeconds) / r.cli.cpuSeconds)}% (CPU) | ${fmt(r.cli.maxRssMB)} MB | ${r.seeded - r.missed.length} of ${r.seeded} | ${fmt(r.load[0], 1)}–${fmt(r.load[1], 1)} |`,
    );
  }
  for (const r of results) {
    if (!r.frictionless) continue;
    lines.push(
      "",
      `frictionless-py on the same ${fmt(r.rows)} rows: ${fmt(r.frictionless.seconds, 1)} s wall, ${fmt(r.frictionless.cpuSeconds, 1)} s CPU, ${fmt(r.frictionless.maxRssMB)} MB; \`npm run validate\` has **${fmt(r.frictionless.seconds / r.cli.seconds, 1)} times** its throughput in wall time and ${fmt(r.frictionless.cpuSeconds / r.cli.cpuSeconds, 1)} times in CPU time.`,
    );
  }
  return `\nFor docs/validation.md:\n\n${lines.join("\n")}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "100000,1000000" },
      repeat: { type: "string", default: "1" },
      site: { type: "string" },
      explorer: { type: "string" },
      out: { type: "string", default: "bench/out" },
    },
  });
  const out = resolve(values.out);
  const machine = `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), ${fmt(totalmem() / 2 ** 30)} GiB`;
  process.stdout.write(`${machine}\n`);
  if (values.explorer !== undefined) {
    const result = await explorerBench(out, Number(values.explorer));
    writeFileSync(
      resolve(out, `explorer-${values.explorer}.json`),
      `${JSON.stringify({ machine, ...result }, null, 2)}\n`,
    );
    return;
  }
  if (values.site !== undefined) {
    const result = await siteBench(out, Number(values.site));
    writeFileSync(
      resolve(out, `site-${values.site}.json`),
      `${JSON.stringify({ machine, ...result }, null, 2)}\n`,
    );
    return;
  }
  const sizes = values.rows.split(",").map(Number);
  const results = await validationBench(out, sizes, Math.max(1, Number(values.repeat)));
  writeFileSync(resolve(out, "results.json"), `${JSON.stringify({ machine, results }, null, 2)}\n`);
}

await main();
