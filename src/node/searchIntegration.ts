import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { buildSearchIndex } from "./searchIndex.ts";

/** An Astro integration that builds the Pagefind search index into the output once the pages are written. */
export function searchIntegration(): AstroIntegration {
  return {
    name: "ksst-search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const { pages, errors } = await buildSearchIndex(fileURLToPath(dir));
        // A site without its search index is a broken site: fail the build (dist/ stays as it was).
        if (errors.length > 0) throw new Error(`Pagefind could not index the site:\n${errors.join("\n")}`);
        logger.info(`Search index: ${pages} pages (Pagefind)`);
      },
    },
  };
}
