// Build: validate the data, then build the site into a staging folder beside the output folder
// (same file system) that replaces it only when everything succeeded, so a failed or interrupted
// build never touches the previously published output.
// Usage: npm run build -- [--data DIR] [--out DIR] [--lang id|en] [--publish] [--quiet]
// KSST_SITE_URL is the public address (links are relative without it); --publish requires it, and a
// malformed KSST_SITE_URL is a usage error.
// On a terminal, progress goes to stderr (rows while validating, pages done of the total while
// rendering); --quiet or output that is not a terminal shows none.
// Exit codes: 0 built, 1 invalid data or failed site build, 2 usage or I/O error, 129/130/143 interrupted
// (SIGHUP/SIGINT/SIGTERM: Astro is stopped and the staging folder removed). KSST_DEBUG=1 shows stack traces.
import { mkdir, rm } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CodedError } from "../src/lib/codedError.ts";
import { formatText } from "../src/lib/report/formatText.ts";
import type { ValidationResult } from "../src/lib/validate/validateFolder.ts";
import { ioErrorMessage, isIoError } from "../src/node/ioErrorMessage.ts";
import { besideTarget, publishFolder } from "../src/node/publishFolder.ts";
import { runAstro } from "../src/node/runAstro.ts";
import { indexBuiltSite, searchIndexAfterAstro } from "../src/node/searchIntegration.ts";
import { pagesProgress, showsProgress, validationProgress } from "../src/node/terminalProgress.ts";
import { FolderNotFoundError, validateDataDir } from "../src/node/validateDataDir.ts";
import { writeValidation } from "../src/node/validationHandoff.ts";
import { langs } from "../src/site/routes.ts";
import { parseSiteUrl } from "../src/site/siteUrl.ts";

const usage = "Usage: npm run build -- [--data DIR] [--out DIR] [--lang id|en] [--publish] [--quiet]\n";

/** The build was stopped by a signal. */
class Interrupted extends CodedError<"interrupted"> {
  readonly signal: NodeJS.Signals;
  constructor(signal: NodeJS.Signals) {
    super("interrupted", `Interrupted by ${signal}.`);
    this.signal = signal;
  }
}

async function main(stop: AbortSignal): Promise<number> {
  let values: { data?: string; out?: string; lang?: string; publish?: boolean; quiet?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: "string" },
        out: { type: "string" },
        lang: { type: "string", default: "id" },
        publish: { type: "boolean", default: false },
        quiet: { type: "boolean", short: "q", default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const siteUrl = parseSiteUrl(process.env.KSST_SITE_URL);
  if (!siteUrl.ok) {
    process.stderr.write(`${siteUrl.message}\n`);
    return 2;
  }
  if (!siteUrl.url) {
    const missing =
      "KSST_SITE_URL is not set: links, canonical addresses and the feed are relative, embed code and " +
      "citations take the address each page is served from, and sitemap.xml, absolute social-card images " +
      "and the robots.txt sitemap line are left out. To publish, build with the public address, e.g. " +
      "KSST_SITE_URL=https://data.example.org npm run build -- --publish";
    if (values.publish) {
      process.stderr.write(`${missing}\n--publish needs KSST_SITE_URL: nothing was built.\n`);
      return 2;
    }
    process.stderr.write(`Note: ${missing}\n`);
  }
  const lang = values.lang === "en" ? "en" : "id";
  const dataDir = resolve(values.data ?? process.env.KSST_DATA_DIR ?? "data");
  const outDir = resolve(values.out ?? "dist");
  const untouched = lang === "id" ? `${outDir} tidak diubah.` : `${outDir} was left untouched.`;

  // Validated once: the records go to Astro in a file (KSST_VALIDATED), not validated again there.
  // On a terminal: progress lines on stderr (rows while validating, then pages done of the total).
  const showProgress = showsProgress(values.quiet === true);
  const checking = showProgress ? validationProgress(dataDir) : undefined;
  // Dropped once handed over: Astro, in another process, holds its own copy while it renders.
  let result: ValidationResult | undefined = await validateDataDir(dataDir, "schemas", {
    ...(checking ? { dataIO: checking.dataIO, onProgress: checking.onProgress } : {}),
  }).finally(() => checking?.stop());
  if (!result.valid) {
    process.stderr.write(
      `${formatText(result.issues, result.stats, { lang, color: process.stderr.isTTY === true })}\n`,
    );
    process.stderr.write(
      lang === "id"
        ? `\nData tidak valid: situs tidak dibangun, ${untouched}\n`
        : `\nThe data is invalid: the site was not built and ${untouched}\n`,
    );
    return 1;
  }
  const warnings = result.issues.length;
  process.stdout.write(
    `Data valid (${result.stats.map((s) => `${s.name} ${s.rows}`).join(", ")}; ${warnings} warnings).\n`,
  );
  if (stop.aborted) throw new Interrupted(stop.reason as NodeJS.Signals);

  // Beside the output folder, so that publishing it is a rename on one file system.
  writing = true;
  const staging = besideTarget(outDir, "staging");
  const validated = besideTarget(outDir, "validated");
  const downloads = besideTarget(outDir, "downloads");
  await mkdir(resolve(outDir, ".."), { recursive: true });
  await rm(staging, { recursive: true, force: true });
  await rm(downloads, { recursive: true, force: true });
  try {
    await writeValidation(result, validated);
    result = undefined;
    // The validated records are Astro's now: collect them before its process starts, so that this
    // process holds about 100 MB instead of 200 MB beside it (`npm run build` runs with --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const pages = showProgress ? pagesProgress() : undefined;
    const astro = await runAstro(
      {
        KSST_DATA_DIR: dataDir,
        KSST_OUT_DIR: staging,
        KSST_VALIDATED: validated,
        KSST_DOWNLOADS_DIR: downloads,
        [searchIndexAfterAstro]: "1",
      },
      stop,
      pages && {
        total: pages.total,
        done: pages.done,
        log: (line) => process.stdout.write(`\r\x1b[K${line}\n`),
      },
    ).finally(() => pages?.stop());
    if (stop.aborted) throw new Interrupted(stop.reason as NodeJS.Signals);
    if (astro.code !== 0) {
      process.stderr.write(`\nThe site build failed: ${untouched}\n`);
      return 1;
    }
    // The search index once Astro's process has ended: its memory is free for Pagefind's processes.
    try {
      process.stdout.write(`${await indexBuiltSite(staging, langs, stop)}\n`);
    } catch (error) {
      if (stop.aborted) throw new Interrupted(stop.reason as NodeJS.Signals);
      // A file the index cannot read or write is an I/O problem: one plain sentence and exit 2, as elsewhere.
      if (isIoError(error)) throw error;
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.stderr.write(`\nThe site build failed: ${untouched}\n`);
      return 1;
    }
    await publishFolder(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(downloads, { recursive: true, force: true });
    await rm(validated, { force: true });
  }
  process.stdout.write(`Site built in ${outDir}\n`);
  return 0;
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };
const stop = new AbortController();
// Set once the build starts writing beside the output folder: from then on a signal cleans up first.
let writing = false;
// Ctrl-C, a kill, or the terminal closing: stop Astro and clean up before exiting.
// Before Astro starts nothing is written, so the build just ends.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.once(signal, () => {
    if (writing) return stop.abort(signal);
    process.stderr.write(`\nBuild interrupted (${signal}): nothing was written.\n`);
    process.exit(128 + (signalNumbers[signal] ?? 15));
  });

main(stop.signal).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const debug = process.env.KSST_DEBUG === "1";
    if (error instanceof Interrupted) {
      process.stderr.write(`\nBuild interrupted (${error.signal}): the output folder was left untouched.\n`);
      process.exitCode = 128 + (signalNumbers[error.signal] ?? 15);
      return;
    }
    // A usage or I/O problem is one plain sentence; a stack trace only when asked for.
    const text =
      error instanceof FolderNotFoundError
        ? error.message
        : isIoError(error)
          ? ioErrorMessage(error)
          : `The build failed: ${error instanceof Error ? error.message : String(error)}`;
    process.stderr.write(`${text}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else if (!(error instanceof FolderNotFoundError))
      process.stderr.write("Set KSST_DEBUG=1 to see where it failed.\n");
    process.exitCode = 2;
  },
);
