// CLI: npm run validate -- [--data DIR] [--schemas DIR] [--lang id|en] [--format text|json|github] [--limit N] [--quiet]
// Exit codes: 0 valid (warnings allowed), 1 invalid data, 2 usage or I/O error. Never a stack trace.
import { parseArgs } from "node:util";
import { UsageError } from "../src/cli/usageError.ts";
import type { Lang } from "../src/lib/model.ts";
import { reportFormats } from "../src/lib/report/registry.ts";
import { startRangeWorkers } from "../src/node/csv/rangeWorkers.ts";
import { dataDir } from "../src/node/dataDir.ts";
import { showsProgress } from "../src/node/showsProgress.ts";

const usage = `Usage: npm run validate -- [--data DIR] [--schemas DIR] [--lang id|en] [--format ${Object.keys(reportFormats).join("|")}] [--limit N] [--quiet]

  --data DIR      data folder (default: $KSST_DATA_DIR or data)
  --schemas DIR   schema folder (default: schemas)
  --lang id|en    language of the messages (default: id)
  --format NAME   ${Object.values(reportFormats)
    .map((f) => `${f.name}: ${f.description}`)
    .join("\n                  ")}
  --limit N       issues shown per file and rule in the text format (default: 20)
  --quiet, -q     no progress line (it is shown on stderr only when stderr is a terminal)

Exit codes: 0 valid (warnings allowed), 1 invalid data, 2 usage or I/O error.
`;

/** A problem with how the CLI was called. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: "string" },
      schemas: { type: "string", default: "schemas" },
      lang: { type: "string", default: "id" },
      format: { type: "string", default: "text" },
      limit: { type: "string", default: "20" },
      quiet: { type: "boolean", short: "q", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (values.lang !== "id" && values.lang !== "en")
    throw new UsageError(`Unknown --lang "${values.lang}": use id or en.`);
  const format = reportFormats[values.format];
  if (!format)
    throw new UsageError(
      `Unknown --format "${values.format}": use ${Object.keys(reportFormats).join(", ")}.`,
    );
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number.`);
  const data = values.data ?? dataDir();
  // A folder with a large CSV file is checked in ranges on several threads: they start now, before the
  // validator's modules are loaded (about 0.15 s), so that their own start-up runs beside this thread's.
  const started = startRangeWorkers(data, values.schemas);
  let result: Awaited<ReturnType<typeof import("../src/node/validateDataDir.ts").validateDataDir>>;
  try {
    const { validateDataDir } = await import("../src/node/validateDataDir.ts");
    // On a terminal, a progress line on stderr (rows, rows/s, time left) while large files are read.
    // The progress bar's modules are loaded only then (cli-progress: about 15 ms of start-up).
    const progress = showsProgress(values.quiet)
      ? (await import("../src/node/terminalProgress.ts")).validationProgress(data)
      : undefined;
    // The CLI only checks: it keeps no record, so memory stays flat however large the files are.
    result = await validateDataDir(data, values.schemas, {
      keepRecords: false,
      ...(started ? { started } : {}),
      ...(progress ? { dataIO: progress.dataIO, onProgress: progress.onProgress } : {}),
    }).finally(() => progress?.stop());
  } finally {
    // Ended by `validateDataDir` already, unless it was never reached: a thread left would keep the process.
    await Promise.all(started?.workers.map((worker) => worker.terminate()) ?? []);
  }
  const output = format.render(result, {
    lang: values.lang as Lang,
    limit,
    color: process.stdout.isTTY === true && format.name === "text",
    dataDir: data,
  });
  process.stdout.write(`${output}\n`);
  return result.valid ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only the message: a data problem is reported as an issue above, anything else is usage or I/O.
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${text}\n`);
    const code = String((error as { code?: unknown }).code ?? "");
    if (error instanceof UsageError || code.startsWith("ERR_PARSE_ARGS")) process.stderr.write(`\n${usage}`);
    process.exitCode = 2;
  },
);
