import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildSearchIndex } from "./searchIndex.ts";

/** A whole number above 0 from the environment variable `name`, or undefined when it is not set. */
function wholeNumberFromEnv(name: string, what: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a whole number of ${what} above 0, not "${value}".`);
  return number;
}

/**
 * The most pages in one search bundle: `KSST_SEARCH_BUNDLE_SIZE` when set (the browser tests set a small
 * one, so that their searches run across merged bundles as a large site's do), else the default.
 */
function bundleSize(): number | undefined {
  return wholeNumberFromEnv("KSST_SEARCH_BUNDLE_SIZE", "pages");
}

/** The most bundles built at once: `KSST_SEARCH_CONCURRENCY` when set (1 for one at a time), else the default. */
function concurrency(): number | undefined {
  return wholeNumberFromEnv("KSST_SEARCH_CONCURRENCY", "processes");
}

/**
 * Builds the search index of the built site in `dir` with the bundle size and concurrency the environment
 * sets, and returns the build's log line about it; rejects when Pagefind could not index the site (a site
 * without its search index is a broken site) or when `signal` is aborted.
 */
export async function indexBuiltSite(
  dir: string,
  langs: readonly string[],
  signal?: AbortSignal,
): Promise<string> {
  const { pages, bundles, errors, pagefind, concurrent } = await buildSearchIndex(dir, {
    langs,
    bundleSize: bundleSize(),
    concurrency: concurrency(),
    signal,
  });
  if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join("\n")}`);
  return searchIndexLogLine(pages, bundles.length, pagefind, concurrent);
}

/**
 * Set by `npm run build` (scripts/build.ts), which builds the search index itself once Astro's process
 * has ended, so that Pagefind's processes do not run beside Astro's memory (docs/build.md).
 */
export const searchIndexAfterAstro = "KSST_SEARCH_INDEX_AFTER_ASTRO";

/**
 * An Astro integration that builds the Pagefind search index into the output once the pages are
 * written (for `astro build` run on its own; `npm run build` builds it after Astro has ended).
 */
export function searchIntegration(langs: readonly string[]): AstroIntegration {
  return {
    name: "ksst-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (process.env[searchIndexAfterAstro] === "1") return;
        // A site without its search index is a broken site: fail the build (dist/ stays as it was).
        logger.info(await indexBuiltSite(fileURLToPath(dir), langs));
      },
    },
  };
}

/**
 * The build's log line for its search index (read back by the site benchmark, bench/siteBench.ts): pages,
 * bundles, Pagefind's CPU time and the peak of its largest process, and how many processes ran at once
 * with the most their peaks added up to.
 */
export function searchIndexLogLine(
  pages: number,
  bundles: number,
  pagefind?: { cpuSeconds: number; peakMB: number; concurrentPeakMB?: number },
  concurrent?: number,
): string {
  const usage = pagefind
    ? `; Pagefind: ${pagefind.cpuSeconds.toFixed(1)} s CPU, peak ${pagefind.peakMB.toFixed(0)} MB`
    : "";
  const together =
    pagefind?.concurrentPeakMB !== undefined && concurrent !== undefined && concurrent > 1
      ? `, ${concurrent} processes at once, together at most ${pagefind.concurrentPeakMB.toFixed(0)} MB`
      : "";
  return `Search index: ${pages} pages in ${bundles} bundles${usage}${together}`;
}
