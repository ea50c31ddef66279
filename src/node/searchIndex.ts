import {
  closeSync,
  existsSync,
  mkdirSync,
  opendirSync,
  openSync,
  readFileSync,
  readSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { PagefindIndex } from "pagefind";
import { pagefindRecord } from "../lib/search/pagefindRecord.ts";
import { withoutIgnoredAll } from "../lib/search/withoutIgnoredAll.ts";
import { type ProcessUsage, watchChildProcess } from "./childProcessWatch.ts";
import { readUtf8File } from "./nodeUtf8.ts";

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
  /**
   * CPU time of all of Pagefind's processes, the peak memory of the largest, and the most their peaks add
   * up to among the processes that ran at the same time (undefined without `/proc`).
   */
  pagefind?: ProcessUsage & { concurrentPeakMB: number };
  /** The most Pagefind processes that were running at the same time. */
  concurrent: number;
  /** How many of the pages were handed to Pagefind as records (`records`), not as HTML. */
  records: number;
  /** The most bundles that were being fed pages at the same time (one: they are fed in turn). */
  fedAtOnce: number;
}

/** How the index is cut up. */
export interface SearchIndexOptions {
  /** The languages, each the first folder of its pages (`/id/…`, `/en/…`). */
  langs: readonly string[];
  /**
   * At most this many pages in one bundle: each bundle is built by a Pagefind process of its own, ended
   * when the bundle is written, so the memory of indexing does not grow with the site (docs/find.md).
   */
  bundleSize?: number | undefined;
  /**
   * At most this many bundles built at the same time, each by its own Pagefind process (which uses one
   * core while it takes pages in): by default two, or one on a machine of one core.
   */
  concurrency?: number | undefined;
  /**
   * Hand each page to Pagefind as the record its parser would make of it (`pagefindRecord`: the same
   * words, weights, title and filters, for about a third less of Pagefind's CPU), and as HTML only the
   * pages that function does not follow; true unless false (to compare the two).
   */
  records?: boolean | undefined;
  /** Stops the indexing (Ctrl-C): no page is sent after it is aborted, the processes are ended, the promise rejects. */
  signal?: AbortSignal | undefined;
}

/**
 * Pagefind's settings. Page furniture that is not about the record is left out: where it sits, how to
 * report it, its history; and on entity pages the chart's numbers and the tables of rows (each row has
 * its own page, and Pagefind runs table cells together into excerpts such as "Timor-Lesteksst-0012";
 * entity pages also mark their sections of rows `data-pagefind-ignore`, see EntitySections.astro).
 * A page's own `data-pagefind-ignore` leaves out more (an activity's fields that its header and facts
 * already say).
 */
export const pagefindConfig = {
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

/** Where a searchable page says what kind of page it is (its first such filter). */
const kindFilter = /data-pagefind-filter="kind:(\w+)"/;

/** How much of a page is read first to find its kind: an activity page says it after about 5 KB. */
const headBytes = 8192;
const head = Buffer.alloc(headBytes);

/**
 * The kind of a searchable page (`data-pagefind-body`) from its first `headBytes` only, or undefined
 * when that part does not say it (the page is then read whole). Read as Latin-1, the head's ASCII
 * markers are found where the page's text has them, and a multi-byte character cut at its end can
 * neither match nor hide a match before it; the first filter in the head is the page's first filter.
 */
function headKind(file: string): string | undefined {
  const fd = openSync(file, "r");
  let length: number;
  try {
    length = readSync(fd, head, 0, headBytes, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString("latin1", 0, length);
  return text.includes("data-pagefind-body") ? kindFilter.exec(text)?.[1] : undefined;
}

/** The site path of a built page (`id/kegiatan/x/index.html` → `/id/kegiatan/x/`). */
function pageUrl(siteDir: string, file: string): string {
  const path = `/${relative(siteDir, file).split(sep).join("/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/** Pagefind's npm API, of which each instance drives a Pagefind process of its own. */
type PagefindApi = typeof import("pagefind");

/** The address of Pagefind's npm API module, found where Node finds the `pagefind` package from here. */
function pagefindModuleUrl(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths("pagefind") ?? []) {
    const manifest = join(dir, "pagefind", "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, "utf8")) as {
      main?: string;
      exports?: { "."?: { import?: string } };
    };
    return pathToFileURL(join(dir, "pagefind", pkg.exports?.["."]?.import ?? pkg.main ?? "lib/index.js"))
      .href;
  }
  throw new Error("Pagefind's npm package (pagefind) is not installed: run npm ci.");
}

const apis = new Map<number, Promise<PagefindApi>>();

/**
 * The instance of Pagefind's npm API for one slot of the pool. The API keeps one Pagefind process per
 * module instance, and that process takes its messages one after the other: two bundles built at once
 * need two processes, so each slot loads the module as an instance of its own (`?slot=N`).
 */
function pagefindApi(slot: number): Promise<PagefindApi> {
  let api = apis.get(slot);
  if (!api) {
    api = import(`${pagefindModuleUrl()}?slot=${slot}`) as Promise<PagefindApi>;
    apis.set(slot, api);
  }
  return api;
}

/** One bundle being built: its Pagefind index, the process behind it, and how many pages went in. */
interface OpenBundle {
  index: PagefindIndex;
  /**
   * `answer`, or a failure if the Pagefind process ends first: its npm API does not notice that its
   * process has ended (a panic while writing, killed for memory) and would wait for its answer forever.
   */
  alive<T>(answer: Promise<T>): Promise<T>;
  end(): Promise<ProcessUsage | undefined>;
  pages: number;
}

/** Pages handed to a Pagefind process before the first of them is answered, so that it never waits for the next. */
const pagesInFlight = 16;

/** A bundle to build: its language and number, its weight, and the pages to put in it. */
interface Job {
  lang: string;
  number: number;
  weight: number;
  files: () => Iterable<string>;
  /** Without it, every searchable page goes in; with it, only those of the kinds it accepts, and the others are handed to `rest`. */
  keep?: (kind: string) => boolean;
  rest?: (files: string[], bundled: boolean) => void;
}

/** A written bundle with what its process used and when it ran (a count of openings and closings). */
interface Written extends SearchBundle {
  usage: ProcessUsage | undefined;
  opened: number;
  closed: number;
}

/**
 * Builds the site-wide search index of a built site with Pagefind: every page whose `<main>` carries
 * `data-pagefind-body` (the record and entity pages), one language to a bundle (Indonesian and English
 * stemming), in bundles of at most `bundleSize` pages written to `<siteDir>/pagefind/<lang>-<n>/`, each by
 * a Pagefind process of its own that is ended and reaped once its bundle is written (so the memory of
 * indexing is bounded by the bundle, not the site), at most `concurrency` of them at a time. The pages
 * are read one at a time. `pagefind/bundles.json` lists each language's bundles: the search page loads
 * the first and merges the others into it (Pagefind's `mergeIndex`). On any failure the processes still
 * running are ended and the promise rejects.
 */
export async function buildSearchIndex(
  siteDir: string,
  options: SearchIndexOptions,
): Promise<SearchIndexResult> {
  const bundleSize = options.bundleSize ?? 10_000;
  const concurrency = options.concurrency ?? Math.min(2, availableParallelism());
  const errors: string[] = [];
  const written: Written[] = [];
  const asRecords = options.records ?? true;
  let records = 0;
  let events = 0;
  let open = 0;
  let concurrent = 0;
  // Pagefind processes are started one at a time, so that each is told from the others (by its id).
  let starting: Promise<unknown> = Promise.resolve();
  const openBundle = async (api: PagefindApi): Promise<OpenBundle> => {
    const started = starting.then(() => watchChildProcess("pagefind", () => api.createIndex(pagefindConfig)));
    starting = started.catch(() => undefined);
    const { result, child } = await started;
    errors.push(...result.errors);
    if (!result.index) {
      await api.close();
      throw new Error(`Pagefind could not start:\n${result.errors.join("\n")}`);
    }
    const ended = child?.gone(Number.POSITIVE_INFINITY).then(() => "ended" as const);
    let closing = false;
    return {
      index: result.index,
      pages: 0,
      alive: (answer) =>
        ended
          ? Promise.race([answer, ended]).then((first) => {
              if (first !== "ended" || closing) return answer;
              throw new Error(
                `Pagefind's process (${child?.pid}) ended before it answered: see its message above.`,
              );
            })
          : answer,
      async end() {
        closing = true;
        const usage = child?.usage();
        // close() kills the process without waiting; wait until it has exited and Node has reaped it, so
        // its CPU time and memory count in this process's own (and GNU time's figures for the build).
        await api.close();
        await child?.gone();
        return usage;
      },
    };
  };

  // The bundles to build: first each language's pages about things (places, sectors, goals,
  // organisations, datasets), a few thousand at most whatever the number of records, into a bundle of
  // their own; going through the language's pages for them finds its records, which are then dealt out
  // in turn (page i to bundle i mod n), so every bundle holds the same mix of kinds and years: Pagefind
  // scores a page by its own bundle's word statistics, and bundles alike score alike, so merged results
  // rank as one index's would.
  const queue: Job[] = [];
  let producing = 0;
  let wake: (() => void) | undefined;
  const changed = () => {
    wake?.();
    wake = undefined;
  };
  for (const lang of options.langs) {
    const langDir = join(siteDir, lang);
    if (!existsSync(langDir)) continue;
    producing += 1;
    queue.push({
      lang,
      number: 1,
      weight: thingWeight,
      files: () => htmlFiles(langDir),
      keep: (kind) => !recordKinds.has(kind),
      rest: (records, bundled) => {
        const count = Math.ceil(records.length / bundleSize);
        for (let n = 0; n < count; n += 1)
          queue.push({
            lang,
            number: n + (bundled ? 2 : 1),
            weight: 1,
            files: () => records.filter((_, i) => i % count === n),
          });
      },
    });
  }
  /** The next bundle to build, waiting while a bundle being built may still add some; undefined when none is left. */
  const next = async (): Promise<Job | undefined> => {
    while (queue.length === 0 && producing > 0) await new Promise<void>((done) => (wake = done));
    return queue.shift();
  };

  // One bundle is fed at a time: this thread reads, cuts and hands over the pages of every bundle, so two
  // bundles fed at once take as long as one after the other, and would then be written at the same
  // time while this thread idles. Fed in turn, one bundle is written by its process while the next is fed
  // (whose process is started before its turn, so that it is ready).
  let feeding: Promise<unknown> = Promise.resolve();
  let feedingNow = 0;
  let fedAtOnce = 0;
  let failure: { error: unknown } | undefined;
  const build = async (job: Job, api: PagefindApi) => {
    const rest: string[] = [];
    let bundle: OpenBundle | undefined;
    let opened = 0;
    let release: () => void = () => undefined;
    const turn = feeding;
    feeding = new Promise<void>((done) => (release = done));
    let feedingThis = false;
    const fed = () => {
      if (feedingThis) feedingNow -= 1;
      feedingThis = false;
      release();
    };
    try {
      bundle = await openBundle(api);
      opened = ++events;
      open += 1;
      concurrent = Math.max(concurrent, open);
      await turn;
      feedingNow += 1;
      feedingThis = true;
      fedAtOnce = Math.max(fedAtOnce, feedingNow);
      const inFlight = new Set<Promise<void>>();
      for (const file of job.files()) {
        if (!failure && options.signal?.aborted) failure = { error: options.signal.reason };
        if (failure) break;
        // Going through a language's pages for those about things, a record page (nine in ten) is
        // passed on by its head alone: it is read whole when its bundle is fed.
        if (job.keep) {
          const kind = headKind(file);
          if (kind !== undefined && !job.keep(kind)) {
            rest.push(file);
            continue;
          }
        }
        const content = readUtf8File(file);
        if (!content.includes("data-pagefind-body")) continue;
        if (job.keep && !job.keep(kindFilter.exec(content)?.[1] ?? "")) {
          rest.push(file);
          continue;
        }
        // Without what Pagefind would parse only to leave out: the same index, 40% fewer bytes an activity.
        const page = { url: pageUrl(siteDir, file), content: withoutIgnoredAll(content) };
        // Or, better, what Pagefind would make of the page, as a record it need not parse (docs/find.md).
        const record = asRecords
          ? pagefindRecord(page.content, page.url, pagefindConfig.excludeSelectors)
          : undefined;
        if (record) records += 1;
        const added = bundle
          .alive(record ? bundle.index.addCustomRecord(record) : bundle.index.addHTMLFile(page))
          .then(
            (answer) => {
              errors.push(...answer.errors);
            },
            (error: unknown) => {
              failure ??= { error };
            },
          );
        inFlight.add(added);
        void added.then(() => inFlight.delete(added));
        bundle.pages += 1;
        if (inFlight.size >= pagesInFlight) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
      fed();
      if (failure) return;
      const bundled = bundle.pages > 0;
      if (bundled) {
        const done = bundle;
        const path = `/pagefind/${job.lang}-${job.number}/`;
        const answer = await done.alive(done.index.writeFiles({ outputPath: join(siteDir, path) }));
        errors.push(...answer.errors);
        bundle = undefined;
        const usage = await done.end();
        open -= 1;
        const { lang, weight } = job;
        written.push({ lang, path, pages: done.pages, weight, usage, opened, closed: ++events });
      }
      job.rest?.(rest, bundled);
    } finally {
      fed();
      if (bundle) {
        open -= 1;
        await bundle.end();
      }
      if (job.rest) {
        producing -= 1;
        changed();
      }
    }
  };
  const slot = async (n: number) => {
    const api = await pagefindApi(n);
    for (let job = await next(); job && !failure && !options.signal?.aborted; job = await next()) {
      try {
        await build(job, api);
      } catch (error) {
        failure ??= { error };
        changed();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, (_, n) => slot(n)));
  if (failure) throw failure.error;
  options.signal?.throwIfAborted();

  const order = (b: Written) => options.langs.indexOf(b.lang);
  written.sort((a, b) => order(a) - order(b) || a.path.localeCompare(b.path, "en", { numeric: true }));
  const bundles = written.map(({ lang, path, pages, weight }) => ({ lang, path, pages, weight }));
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
  const measured = written.flatMap((b) => (b.usage ? [{ ...b, usage: b.usage }] : []));
  // The most the peaks of processes running at the same time add up to: at each process's start, the
  // peaks of those open then (an upper bound of what they held together at any moment).
  const concurrentPeakMB = Math.max(
    0,
    ...measured.map((b) =>
      measured
        .filter((c) => c.opened <= b.opened && b.opened < c.closed)
        .reduce((sum, c) => sum + c.usage.peakMB, 0),
    ),
  );
  return {
    pages: bundles.reduce((sum, b) => sum + b.pages, 0),
    bundles,
    errors,
    concurrent,
    records,
    fedAtOnce,
    ...(measured.length > 0
      ? {
          pagefind: {
            cpuSeconds: measured.reduce((sum, b) => sum + b.usage.cpuSeconds, 0),
            peakMB: Math.max(...measured.map((b) => b.usage.peakMB)),
            concurrentPeakMB,
          },
        }
      : {}),
  };
}
