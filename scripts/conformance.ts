// Checks the built site (dist/) with the field's own tools from the shared conformance kit, outside
// `npm test` (which stays free of Python): frictionless-py validates the live data package and every
// release's package, xmllint validates the IATI activity file against the official IATI 2.03 XSD.
// Skips with a message, exit 0, when the kit (or the IATI schemas) is absent; exit 1 when a file does
// not conform; exit 2 when there is no built site.
// Usage: npm run conformance [-- --dist <folder>]
// Kit: KSST_CONFORMANCE_DIR (default ../shared/conformance), IATI schemas: KSST_CORPORA_DIR (default
// ../shared/corpora, its iati/schemas/iati-activities-schema.xsd).
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

interface Verdict {
  file: string;
  tool: string;
  ok: boolean;
  summary: string;
  details: string[];
}

/** frictionless-py's JSON report, as far as it is read here. */
interface FrictionlessReport {
  valid: boolean;
  stats: { tasks: number; errors: number; warnings: number };
  errors: { message?: string }[];
  tasks: {
    name: string;
    place: string;
    valid: boolean;
    errors: { message?: string; rowNumber?: number; fieldName?: string }[];
  }[];
}

const { values } = parseArgs({ options: { dist: { type: "string", default: "dist" } } });
const dist = resolve(values.dist ?? "dist");
const kit = resolve(process.env.KSST_CONFORMANCE_DIR ?? "../shared/conformance");
const xsd = join(
  resolve(process.env.KSST_CORPORA_DIR ?? "../shared/corpora"),
  "iati/schemas/iati-activities-schema.xsd",
);

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs frictionless-py on one data package and reads its JSON report. */
function frictionless(fl: string, file: string): Verdict {
  const run = spawnSync(fl, ["validate", file, "--json"], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const tool = "frictionless-py (fl validate)";
  let report: FrictionlessReport;
  try {
    report = JSON.parse(run.stdout) as FrictionlessReport;
  } catch {
    return {
      file,
      tool,
      ok: false,
      summary: `did not run (exit ${run.status})`,
      details: run.stderr.trim().split("\n").slice(-5),
    };
  }
  const details = [
    ...report.errors.map((e) => e.message ?? "error"),
    ...report.tasks.flatMap((task) =>
      task.errors
        .slice(0, 5)
        .map(
          (e) =>
            `${task.name} (${task.place})${e.rowNumber ? ` row ${e.rowNumber}` : ""}${e.fieldName ? ` ${e.fieldName}` : ""}: ${e.message ?? "error"}`,
        ),
    ),
  ];
  return {
    file,
    tool,
    ok: report.valid,
    summary: `${report.valid ? "valid" : "NOT valid"}: ${report.stats.tasks} tasks, ${report.stats.errors} errors, ${report.stats.warnings} warnings`,
    details,
  };
}

/** Runs xmllint with the IATI 2.03 XSD on one file. */
function xmllint(file: string): Verdict {
  const run = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  const lines = run.stderr
    .trim()
    .split("\n")
    .filter((line) => line !== "" && !line.endsWith(" validates"));
  return {
    file,
    tool: "xmllint + IATI 2.03 XSD",
    ok: run.status === 0,
    summary: run.status === 0 ? "valid" : `NOT valid (exit ${run.status})`,
    details: lines.slice(0, 10),
  };
}

if (!existsSync(join(dist, "index.html")))
  fail(`There is no built site in ${dist}: run npm run build first.`);
const fl = join(kit, "fl");
const verdicts: Verdict[] = [];
const skipped: string[] = [];

if (executable(fl)) {
  const releases = existsSync(join(dist, "releases"))
    ? readdirSync(join(dist, "releases"))
        .map((v) => join(dist, "releases", v, "datapackage.json"))
        .filter((file) => existsSync(file))
        .sort()
    : [];
  for (const file of [join(dist, "downloads/datapackage.json"), ...releases])
    verdicts.push(frictionless(fl, file));
} else skipped.push(`frictionless-py: the conformance kit is not at ${kit} (set KSST_CONFORMANCE_DIR)`);

const iati = join(dist, "downloads/iati-activities.xml");
if (!existsSync(xsd)) skipped.push(`xmllint: the IATI 2.03 XSD is not at ${xsd} (set KSST_CORPORA_DIR)`);
else if (spawnSync("xmllint", ["--version"]).error)
  skipped.push("xmllint: not installed (apt-get install libxml2-utils)");
else verdicts.push(xmllint(iati));

for (const v of verdicts) {
  process.stdout.write(
    `${v.ok ? "✓" : "✗"} ${v.file.replace(`${process.cwd()}/`, "")}: ${v.tool}: ${v.summary}\n`,
  );
  for (const line of v.ok ? [] : v.details) process.stdout.write(`    ${line}\n`);
}
for (const line of skipped) process.stdout.write(`- skipped ${line}\n`);
const failed = verdicts.filter((v) => !v.ok).length;
process.stdout.write(
  verdicts.length === 0
    ? "Nothing was checked: the conformance kit is absent.\n"
    : `${verdicts.length - failed} of ${verdicts.length} files conform${skipped.length ? `, ${skipped.length} check(s) skipped` : ""}.\n`,
);
process.exit(failed > 0 ? 1 : 0);
