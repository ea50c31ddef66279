import { existsSync, mkdirSync, opendirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { close, createIndex, type PagefindIndex } from "pagefind";
import { type ProcessUsage, watchChildProcess } from "./childProcessWatch.ts";

/** Where a built site's search bundles are listed, per language, for the search page's script. */
export const searchBundlesFile = "pagefind/bundles.json";

/**
 * One Pagefind bundle written: its language, its site path (`/pagefind/id-1/`), how many pages it holds,
 * and the weight of its results against the other bundles' (Pagefind's `indexWeight`).
 */
export interface SearchBundle {
  lang: string;
  path: string;
  pages: number;
  weight: number;
}

/** The kinds of record page that grow with the data; their pages are dealt out to bundles of `bundleSize`. */
const recordKinds = new Set(["activity", "claim", "commitment"]);

/**
 * How much a match on the page about a thing itself (a country, region, province, sector, goal,
 * organisation, dataset) counts against the same match on a record that names it: those pages are
 * few and indexed in a bundle of their own, and someone searching "Africa" or "Jawa Barat" is
 * looking for that page first, not for one of the thousands of activities that mention it.
 */
const thingWeight = 2;

/** What indexing a built site did: the bundles written, Pagefind's own complaints, and what its processes used. */
export interface SearchIndexResult {
  pages: number;
  bundles: SearchBundle[];
  errors: string[];
  /** CPU time of all of Pagefind's processes and the peak memory of the largest (undefined without `/proc`). */
  pagefind?: ProcessUsage;
}

/** How the index is cut up. */
export interface SearchIndexOptions {
  /** The languages, each the first folder of its pages (`/id/…`, `/en/…`). */
  langs: readonly string[];
  /**
   * At most this many pages in one bundle: each bundle is built by a Pagefind process of its own, one
   * after the other, so the memory of indexing does not grow with the site (measured in docs/find.md).
   */
  bundleSize?: number | undefined;
}

/**
 * Pagefind's settings. Page furniture that is not about the record is left out: where it sits, how to
 * report it, its history; and on entity pages the chart's numbers and the tables of rows (each row has
 * its own page, and Pagefind runs table cells together into excerpts such as "Timor-Lesteksst-0012";
 * entity pages also mark their sections of rows `data-pagefind-ignore`, see EntitySections.astro).
 * A page's own `data-pagefind-ignore` leaves out more (an activity's fields that its header and facts
 * already say).
 */
const pagefindConfig = {
  excludeSelectors: [
    ".breadcrumbs",
    ".report-problem",
    ".record-history",
    "svg",
    ".entity-chart",
    ".entity-section table",
    ".entity-section__download",
    // A source's web address (its title stays), and notes on how a fact was derived or counted: the
    // same words on every page, in every page's postings.
    ".source__url",
    // A source's kind ("News", "Primary"): Pagefind ran it into the title ("News Pelatihan internasional…").
    ".source .badge",
    ".fact-note",
    ".field-list__derived",
  ],
  // Every bundle is at most `bundleSize` pages; bundling their fragments too would only add requests.
  maxFragments: 1_000_000,
};

/** A folder's entries, sorted by name. */
function entriesOf(dir: string): { name: string; isDir: boolean }[] {
  const entries: { name: string; isDir: boolean }[] = [];
  const handle = opendirSync(dir);
  try {
    for (let entry = handle.readSync(); entry; entry = handle.readSync())
      entries.push({ name: entry.name, isDir: entry.isDirectory() });
  } finally {
    handle.closeSync();
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The HTML files under a folder, in a stable order, one folder open at a time. */
function* htmlFiles(dir: string): Generator<string> {
  for (const { name, isDir } of entriesOf(dir)) {
    if (isDir) yield* htmlFiles(join(dir, name));
    else if (name.endsWith(".html")) yield join(dir, name);
  }
}

/** The site path of a built page (`id/kegiatan/x/index.html` → `/id/kegiatan/x/`). */
function pageUrl(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file).split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** One bundle being built: its Pagefind index, the process behind it, and how many pages went in. */
interface OpenBundle {
  index: PagefindIndex;
  end(): Promise<ProcessUsage | undefined>;
  pages: number;
}

/** Starts a Pagefind process with a fresh index, watched so that its end can be waited for and measured. */
async function openBundle(errors: string[]): Promise<OpenBundle> {
  const { result, child } = await watchChildProcess("pagefind", () => createIndex(pagefindConfig));
  errors.push(...result.errors);
  if (!result.index) {
    await close();
    throw new Error(`Pagefind could not start:\n${result.errors.join("\n")}`);
  }
  return {
    index: result.index,
    pages: 0,
    async end() {
      const usage = child?.usage();
      // close() kills the process without waiting; wait until it has exited and Node has reaped it, so
      // its CPU time and memory count in this process's own (and GNU time's figures for the build).
      await close();
      await child?.gone();
      return usage;
    },
  };
}

/**
 * Builds the site-wide search index of a built site with Pagefind: every page whose `<main>` carries
 * `data-pagefind-body` (the record and entity pages), one language at a time (Indonesian and English
 * stemming), in bundles of at most `bundleSize` pages written to `<siteDir>/pagefind/<lang>-<n>/`, each
 * by a Pagefind process of its own that is ended and reaped before the next starts (so the memory of
 * indexing is bounded by the bundle, not the site). The pages are read one at a time. `pagefind/bundles.json` lists each language's bundles: the search page loads the first
 * and merges the others into it (Pagefind's `mergeIndex`).
 */
export async function buildSearchIndex(
  siteDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexResult> {
  const bundleSize = options.bundleSize ?? 10_000;
  const errors: string[] = [];
  const bundles: SearchBundle[] = [];
  let cpuSeconds = 0;
  let peakMB = 0;
  let measured = false;
  const finish = async (lang: string, bundle: OpenBundle, weight: number) => {
    const path = `/pagefind/${lang}-${bundles.filter((b) => b.lang === lang).length + 1}/`;
    try {
      const written = await bundle.index.writeFiles({ outputPath: join(siteDir, path) });
      errors.push(...written.errors);
    } finally {
      const usage = await bundle.end();
      if (usage) {
        measured = true;
        cpuSeconds += usage.cpuSeconds;
        peakMB = Math.max(peakMB, usage.peakMB);
      }
    }
    bundles.push({ lang, path, pages: bundle.pages, weight });
  };
  /** Indexes the searchable `files` whose kind `keep` accepts (all without it) into one bundle; returns the others. */
  const index = async (
    lang: string,
    files: Iterable<string>,
    weight: number,
    keep?: (kind: string) => boolean,
  ) => {
    const rest: string[] = [];
    let bundle: OpenBundle | undefined;
    try {
      for (const file of files) {
        const content = readFileSync(file, "utf8");
        if (!content.includes("data-pagefind-body")) continue;
        if (keep && !keep(/data-pagefind-filter="kind:(\w+)"/.exec(content)?.[1] ?? "")) {
          rest.push(file);
          continue;
        }
        bundle ??= await openBundle(errors);
        const added = await bundle.index.addHTMLFile({ url: pageUrl(siteDir, file), content });
        errors.push(...added.errors);
        bundle.pages += 1;
      }
      if (bundle) {
        const done = bundle;
        bundle = undefined;
        await finish(lang, done, weight);
      }
    } finally {
      await bundle?.end();
    }
    return rest;
  };
  for (const lang of options.langs) {
    const langDir = join(siteDir, lang);
    // First the pages about things (places, sectors, goals, organisations, datasets), a few thousand
    // at most whatever the number of records, into a bundle of their own.
    const records = existsSync(langDir)
      ? await index(lang, htmlFiles(langDir), thingWeight, (kind) => !recordKinds.has(kind))
      : [];
    // Then the records, dealt out in turn (page i to bundle i mod n), so every bundle holds the same mix
    // of kinds and years: Pagefind scores a page by its own bundle's word statistics, and bundles alike
    // score alike, so merged results rank as one index's would.
    const count = Math.ceil(records.length / bundleSize);
    for (let n = 0; n < count; n += 1)
      await index(
        lang,
        records.filter((_, i) => i % count === n),
        1,
      );
  }
  // Per language, the bundles to merge and their weights; a record bundle first (the one whose
  // script the search page loads), as Pagefind weighs the first bundle by the options given to it.
  const listed = Object.fromEntries(
    options.langs.map((lang) => [
      lang,
      bundles
        .filter((b) => b.lang === lang)
        .sort((a, b) => a.weight - b.weight)
        .map(({ path, weight }) => ({ path, weight })),
    ]),
  );
  mkdirSync(join(siteDir, "pagefind"), { recursive: true });
  writeFileSync(join(siteDir, searchBundlesFile), `${JSON.stringify(listed)}\n`);
  return {
    pages: bundles.reduce((sum, b) => sum + b.pages, 0),
    bundles,
    errors,
    ...(measured ? { pagefind: { cpuSeconds, peakMB } } : {}),
  };
}
