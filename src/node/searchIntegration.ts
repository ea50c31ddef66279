import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildSearchIndex } from "./searchIndex.ts";

/**
 * The most pages in one search bundle: `KSST_SEARCH_BUNDLE_SIZE` when set (the browser tests set a small
 * one, so that their searches run across merged bundles as a large site's do), else the default.
 */
function bundleSize(): number | undefined {
  const value = process.env.KSST_SEARCH_BUNDLE_SIZE;
  if (value === undefined || value === "") return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`KSST_SEARCH_BUNDLE_SIZE must be a whole number of pages above 0, not "${value}".`);
  return size;
}

/**
 * An Astro integration that builds the Pagefind search index into the output once the pages are
 * written, one language (the first folder of its pages) after the other.
 */
export function searchIntegration(langs: readonly string[]): AstroIntegration {
  return {
    name: "ksst-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { pages, bundles, errors, pagefind } = await buildSearchIndex(fileURLToPath(dir), {
          langs,
          bundleSize: bundleSize(),
        });
        // A site without its search index is a broken site: fail the build (dist/ stays as it was).
        if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join("\n")}`);
        logger.info(searchIndexLogLine(pages, bundles.length, pagefind));
      },
    },
  };
}

/** The build's log line for its search index (read back by the site benchmark, bench/siteBench.ts). */
export function searchIndexLogLine(
  pages: number,
  bundles: number,
  pagefind?: { cpuSeconds: number; peakMB: number },
): string {
  const usage = pagefind
    ? `; Pagefind: ${pagefind.cpuSeconds.toFixed(1)} s CPU, peak ${pagefind.peakMB.toFixed(0)} MB`
    : "";
  return `Search index: ${pages} pages in ${bundles} bundles${usage}`;
}
