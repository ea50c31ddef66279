import type { Lang } from "../lib/model.ts";
import { printableBytes } from "../lib/text/printableBytes.ts";
import type { ActivityPagesThread } from "../node/activityPagesThread.ts";
import { type OutputFile, routeParamFileName, writeOutputFiles } from "../node/outputFiles.ts";
import { reportPages } from "../node/pageProgress.ts";
import { getReleases, type ReleasesData } from "../node/releases.ts";
import { buildThread } from "./buildThread.ts";
import { getSiteData } from "./getSiteData.ts";
import { activityPageParts } from "./html/activityPageHtml.ts";
import { langs, type PageKey, pathOf, routeParam } from "./routes.ts";
import type { SiteData } from "./siteData.ts";

// Activity pages are about nine in ten of the site's pages, and Astro spends several milliseconds on
// each (routing, a request and response, about a hundred components, a folder and a file): in a build
// by `npm run build` (which names the output folder) Astro renders only the first activity page of
// each language, the "carrier", and the others are written from it in one pass. Their parts that name
// or show the activity are written by the functions the page's components use (src/site/html/); what
// lies between those parts (the document's head and styles, the body's frame, the footer) is the same
// on every activity page of a language and is taken from the carrier's own bytes, as Astro rendered
// it. The pages are byte for byte what Astro renders (test/build/activityPages.test.ts).

interface Plan {
  outDir: string;
  /** The carrier of each language by its path: the activity Astro renders. */
  carriers: Map<string, { lang: Lang; id: string }>;
  /** The activities written from the carrier. */
  others: readonly string[];
  /** The worker thread that writes them while this one renders the other pages (src/site/buildThread.ts). */
  thread: ActivityPagesThread | undefined;
  /** Carriers not written yet: the worker stops after the last one. */
  remaining: number;
}

let plan: Plan | undefined;

/**
 * Plans writing the activity pages outside Astro's page pipeline into `outDir`, and returns the page
 * keys Astro still renders: every page but the activities after the first one (the carrier).
 */
export function planActivityPages(data: SiteData, keys: readonly PageKey[], outDir: string): PageKey[] {
  const ids = data.datasets.activities.map((a) => a.id);
  const [carrier, ...others] = ids;
  if (carrier === undefined) return [...keys];
  plan = {
    outDir,
    carriers: new Map(
      langs.map((lang) => [pathOf({ kind: "activity", id: carrier }, lang), { lang, id: carrier }]),
    ),
    others,
    thread: buildThread(data),
    remaining: langs.length,
  };
  reportPages({ outside: others.length * langs.length });
  const outside = new Set(others);
  return keys.filter((key) => key.kind !== "activity" || !outside.has(key.id));
}

/**
 * Puts the carriers' pages first (stable otherwise), so that Astro renders them early and the worker
 * writing the other activity pages starts while Astro renders the rest.
 */
export function carriersFirst<T extends { props: { page: PageKey } }>(paths: readonly T[]): T[] {
  const carrier = (path: T) => {
    const { page } = path.props;
    return page.kind === "activity" && [...(plan?.carriers.values() ?? [])].some((c) => c.id === page.id);
  };
  return [...paths.filter(carrier), ...paths.filter((path) => !carrier(path))];
}

/**
 * The constant pieces of a carrier page: its text cut at each part of its own (`activityPageParts`),
 * which must all be found, in order, and nothing else of the activity's between them.
 */
function carrierPieces(html: string, parts: readonly string[], id: string, lang: Lang): string[] {
  const pieces: string[] = [];
  let at = 0;
  for (const part of parts) {
    const found = html.indexOf(part, at);
    if (found < 0)
      throw new Error(
        `The ${lang} page of activity ${id}, as Astro rendered it, does not hold the markup src/site/html/activityPageHtml.ts writes for it: the activity pages cannot be written outside Astro's pipeline.`,
      );
    pieces.push(html.slice(at, found));
    at = found + part.length;
  }
  pieces.push(html.slice(at));
  if (pieces.some((piece) => piece.includes(`/${id}/`)))
    throw new Error(
      `The ${lang} page of activity ${id} links to the activity outside the parts src/site/html/activityPageHtml.ts writes: activityPageParts must write those too.`,
    );
  return pieces;
}

/** The other activities' pages of a language, made from the carrier's constant pieces and their own parts. */
function* activityFiles(
  pieces: readonly string[],
  lang: Lang,
  ids: readonly string[],
  render: (id: string) => readonly string[],
  report: (done: number) => void,
): Generator<OutputFile> {
  const encoder = new TextEncoder();
  let done = 0;
  for (const id of ids) {
    const parts = render(id);
    let html = pieces[0] ?? "";
    for (let i = 0; i < parts.length; i += 1) html += (parts[i] ?? "") + (pieces[i + 1] ?? "");
    const param = routeParam({ kind: "activity", id }, lang) ?? id;
    // What the middleware does to every page (src/middleware.ts).
    yield {
      path: `${lang}/${routeParamFileName(param)}/index.html`,
      bytes: printableBytes(encoder.encode(html)),
    };
    done += 1;
    if (done % 100 === 0) report(100);
  }
  if (done % 100 > 0) report(done % 100);
}

/** What writing the activity pages needs besides a carrier page. */
export interface ActivityPagesContext {
  data: SiteData;
  releases: ReleasesData;
  /** The site's public address, when set. */
  site: string | undefined;
  outDir: string;
  /** The activities whose pages are written (all but the carrier). */
  others: readonly string[];
}

/**
 * Writes the pages of `context.others` in a carrier page's language, from the carrier as Astro
 * rendered it (`page`, before the printable-text pass); `report` is told of every hundred pages;
 * `options` go to `writeOutputFiles`. Returns how many it wrote.
 */
export function writeActivityPages(
  { data, releases, site, outDir, others }: ActivityPagesContext,
  carrier: { lang: Lang; id: string; page: Uint8Array },
  report: (done: number) => void,
  options: { blocking?: boolean } = {},
): Promise<number> {
  const { lang, id } = carrier;
  const render = (activity: string) => Object.values(activityPageParts(data, releases, lang, activity, site));
  const pieces = carrierPieces(new TextDecoder().decode(carrier.page), render(id), id, lang);
  return writeOutputFiles(outDir, activityFiles(pieces, lang, others, render, report), options);
}

/**
 * Called with every HTML page Astro renders, before the middleware's printable-text pass: when it is
 * a carrier, writes the other activity pages of its language. Returns how many it wrote.
 */
export async function writeActivityPagesFrom(pathname: string, page: Uint8Array): Promise<number> {
  const carrier = plan?.carriers.get(pathname);
  if (!plan || !carrier) return 0;
  const { lang, id } = carrier;
  const { outDir, others, thread } = plan;
  const started = performance.now();
  // On the worker thread; where it could not start, here.
  const outcome = (await thread?.ask({ kind: "carrier", lang, id, page })) ?? { unavailable: "none" };
  let written: number;
  let where = "on a worker thread";
  if ("written" in outcome) written = outcome.written;
  else {
    const context = {
      data: await getSiteData(),
      releases: await getReleases(),
      site: import.meta.env.SITE,
      outDir,
      others,
    };
    written = await writeActivityPages(context, { lang, id, page }, (done) => reportPages({ done }));
    const why = "unavailable" in outcome ? outcome.unavailable : "it made no pages";
    where = `on Astro's thread (the worker thread could not start: ${why})`;
  }
  // What else the worker was left (files beside the pages) is done before the build ends.
  await thread?.settled();
  plan.remaining -= 1;
  if (plan.remaining === 0) thread?.stop();
  const seconds = (performance.now() - started) / 1000;
  console.info(
    `Activity pages (${lang}): ${written} written from ${pathname} in ${seconds.toFixed(1)} s ${where}`,
  );
  return written;
}
