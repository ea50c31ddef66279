import { close, createIndex } from "pagefind";

/** What indexing a built site found: pages indexed per language, and Pagefind's own complaints. */
export interface SearchIndexResult {
  pages: number;
  errors: string[];
}

/**
 * Builds the site-wide search index of a built site with Pagefind: every page whose `<main>` carries
 * `data-pagefind-body` (the record and entity pages), one index per `<html lang>` (Indonesian and
 * English stemming), written to `<siteDir>/pagefind/`. Large sites get their fragments bundled so
 * the folder stays at a few thousand files.
 */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const { index, errors } = await createIndex({
    maxFragments: 20_000,
    // Page furniture that is not about the record: where it sits, how to report it, its history; and
    // on entity pages the chart's numbers and the tables of rows (each row has its own page, and
    // Pagefind runs table cells together into excerpts such as "Timor-Lesteksst-0012").
    excludeSelectors: [
      ".breadcrumbs",
      ".report-problem",
      ".record-history",
      "svg",
      ".entity-chart",
      ".entity-section table",
      ".entity-section__download",
    ],
  });
  if (!index) return { pages: 0, errors };
  try {
    const added = await index.addDirectory({ path: siteDir });
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    return { pages: added.page_count, errors: [...errors, ...added.errors, ...written.errors] };
  } finally {
    await close();
  }
}
