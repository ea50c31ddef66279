// The build benchmark (npm run bench -- --site N): N realistic activities (no defects) are built into
// the site with `npm run build`, and the same activity pages (one per activity and language, every
// field in a table) are built by Hugo (Debian's `hugo`) in the same run, so the ratio is measured.
// The site's build includes its search index (Pagefind); Hugo's pages are then indexed by the same
// Pagefind, as a Hugo site with search would be (`pagefind --site public`), for a second ratio.
// Both outputs are checked: every HTML page of the site says the data is synthetic, and Hugo wrote
// one page per activity and language. The same pages are also built by Astro alone (bench/bareAstroSite.ts:
// no layout, no search, nothing else): what the framework's own page pipeline costs for them (the build
// writes its activity pages outside it); and Pagefind's time on Hugo's pages is given against Hugo's, a
// floor of any build with that search, so that what a target of a few times Hugo's time leaves is measured.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { bareAstroBuild, writeBareAstroSite } from "./bareAstroSite.ts";
import { writeRealisticData } from "./realisticActivities.ts";
import { timed } from "./timed.ts";

/** What the site benchmark measured. */
export interface SiteBenchResult {
  activities: number;
  /** `treeRssMB`: the most the build's processes held together (GNU time's `maxRssMB` is its largest one). */
  site: {
    seconds: number;
    cpuSeconds: number;
    maxRssMB: number;
    treeRssMB?: number | undefined;
    pages: number;
    pagesPerSecond: number;
  };
  /** The search index as the build reported it: its pages, bundles, and Pagefind's CPU time and peak memory. */
  searchIndex?: { pages: number; bundles: number; pagefind?: { cpuSeconds: number; peakMB: number } };
  hugo?: { seconds: number; cpuSeconds: number; maxRssMB: number; pages: number; pagesPerSecond: number };
  /** Pagefind indexing Hugo's pages, as a Hugo site with the same search would (`pagefind --site public`). */
  hugoSearch?: { seconds: number; cpuSeconds: number; maxRssMB: number; pages: number };
  /** The same activity pages built by Astro alone (bench/bareAstroSite.ts). */
  bareAstro?: { seconds: number; cpuSeconds: number; maxRssMB: number; pages: number };
  /** The site build's wall time over Hugo's. */
  ratio?: number;
  /** Astro alone over Hugo, for the same pages. */
  bareAstroRatio?: number;
  /** Pagefind on Hugo's pages over Hugo. */
  searchRatio?: number;
  /** The site build's wall time over Hugo's and Pagefind's on Hugo's pages, one after the other. */
  ratioWithSearch?: number;
}

const langs = ["id", "en"] as const;

/** Lists the HTML files under a folder and tells how many of them do not contain `marker`. */
function htmlPages(root: string, marker?: string): { pages: number; unmarked: string[] } {
  let pages = 0;
  const unmarked: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        pages += 1;
        if (marker && !readFileSync(path, "utf8").includes(marker)) unmarked.push(path);
      }
    }
  };
  walk(root);
  return { pages, unmarked };
}

/**
 * Reads the build's log line `Search index: N pages in B bundles; Pagefind: X s CPU, peak Y MB`
 * (src/node/searchIntegration.ts), or undefined when there is none.
 */
export function searchIndexLine(
  log: string,
): { pages: number; bundles: number; pagefind?: { cpuSeconds: number; peakMB: number } } | undefined {
  const line =
    /Search index: (\d+) pages in (\d+) bundles(?:; Pagefind: ([\d.]+) s CPU, peak (\d+) MB)?/.exec(log);
  if (!line) return undefined;
  const [, pages, bundles, cpu, peak] = line;
  return {
    pages: Number(pages),
    bundles: Number(bundles),
    ...(cpu && peak ? { pagefind: { cpuSeconds: Number(cpu), peakMB: Number(peak) } } : {}),
  };
}

/** Writes a Hugo site whose pages are the activities, one per activity and language, every field in a table. */
function writeHugoSite(root: string, activitiesCsv: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, "layouts/_default"), { recursive: true });
  writeFileSync(
    join(root, "config.json"),
    JSON.stringify({
      baseURL: "http://localhost/",
      defaultContentLanguage: "id",
      defaultContentLanguageInSubdir: true,
      disableKinds: ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"],
      languages: Object.fromEntries(
        langs.map((lang, i) => [lang, { weight: i + 1, contentDir: `content/${lang}` }]),
      ),
    }),
  );
  writeFileSync(
    join(root, "layouts/_default/single.html"),
    `<!doctype html><html lang="{{ .Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><p role="note">Synthetic data</p><main><h1>{{ .Title }}</h1><table>
{{ range .Params.fields }}<tr><th>{{ .name }}</th><td>{{ .value }}</td></tr>
{{ end }}</table></main></body></html>\n`,
  );
  writeFileSync(join(root, "layouts/_default/list.html"), "<!doctype html><title>{{ .Title }}</title>\n");
  for (const lang of langs) mkdirSync(join(root, `content/${lang}/activities`), { recursive: true });
  Papa.parse<Record<string, string>>(readFileSync(activitiesCsv, "utf8"), {
    header: true,
    skipEmptyLines: true,
    step: ({ data }) => {
      const fields = Object.entries(data).map(([name, value]) => ({ name, value }));
      for (const lang of langs) {
        const title = (lang === "id" ? data.title_id : data.title_en) ?? data.id;
        writeFileSync(
          join(root, `content/${lang}/activities/${data.id}.md`),
          `${JSON.stringify({ title, fields })}\n`,
        );
      }
    },
  });
}

/** Builds N generated activities with the project and with Hugo, and reports both. */
export async function siteBench(out: string, activities: number): Promise<SiteBenchResult> {
  const base = resolve(out, `site-${activities}`);
  const data = join(base, "data");
  const dist = join(base, "dist");
  rmSync(base, { recursive: true, force: true });
  process.stdout.write(`generating ${activities.toLocaleString("en")} realistic activities in ${data}… `);
  await writeRealisticData(data, { rows: activities, defects: false });
  process.stdout.write("done\nbuilding the site… ");

  const build = timed("npm", ["run", "--silent", "build", "--", "--data", data, "--out", dist], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    tree: true,
  });
  if (build.status !== 0) {
    process.stdout.write(`${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}\n`);
    throw new Error(`npm run build failed (exit ${build.status}).`);
  }
  const site = htmlPages(dist, 'class="synthetic-notice"');
  // The root page only redirects to /id/.
  const unmarked = site.unmarked.filter((p) => p !== join(dist, "index.html"));
  process.stdout.write(
    `${build.seconds.toFixed(1)} s, ${site.pages.toLocaleString("en")} pages, peak ${build.maxRssMB.toFixed(0)} MB (largest process), ${build.treeRssMB?.toFixed(0) ?? "?"} MB (all processes together)\n`,
  );
  if (unmarked.length > 0)
    throw new Error(`${unmarked.length} pages do not say the data is synthetic, e.g. ${unmarked[0]}.`);
  const result: SiteBenchResult = {
    activities,
    site: {
      seconds: build.seconds,
      cpuSeconds: build.cpuSeconds,
      maxRssMB: build.maxRssMB,
      treeRssMB: build.treeRssMB,
      pages: site.pages,
      pagesPerSecond: site.pages / build.seconds,
    },
  };
  const indexed = searchIndexLine(`${build.stdout}\n${build.stderr}`);
  if (!indexed) throw new Error('The build did not report its search index (no "Search index:" line).');
  result.searchIndex = indexed;
  process.stdout.write(
    `search index (in the build): ${indexed.pages.toLocaleString("en")} pages in ${indexed.bundles} bundles${indexed.pagefind ? `, Pagefind ${indexed.pagefind.cpuSeconds.toFixed(1)} s CPU, peak ${indexed.pagefind.peakMB.toFixed(0)} MB` : ""}\n`,
  );
  // The build's output is removed only after Hugo and Pagefind are timed: on ext4 a folder of new files
  // made within minutes of a large deletion costs several times the system time (docs/build.md, "Eighth
  // pass"), so removing our 58,000 files first made Hugo's run slower and flattered the ratio.
  if (spawnSync("hugo", ["version"]).status !== 0) {
    process.stdout.write("hugo is not installed (apt-get install hugo): no baseline.\n");
    rmSync(dist, { recursive: true, force: true });
    return result;
  }
  const hugoRoot = join(base, "hugo");
  process.stdout.write("writing the Hugo site… ");
  writeHugoSite(hugoRoot, join(data, "activities.csv"));
  process.stdout.write("done\nbuilding with Hugo… ");
  const hugo = timed("hugo", ["--source", hugoRoot, "--destination", join(hugoRoot, "public"), "--quiet"]);
  if (hugo.status !== 0) throw new Error(`hugo failed: ${hugo.stderr.slice(-2000)}`);
  const hugoPages = htmlPages(join(hugoRoot, "public"), "Synthetic data");
  const activityPages = hugoPages.pages - hugoPages.unmarked.length;
  if (activityPages !== activities * langs.length)
    throw new Error(`Hugo wrote ${activityPages} activity pages, not ${activities * langs.length}.`);
  process.stdout.write(
    `${hugo.seconds.toFixed(1)} s, ${activityPages.toLocaleString("en")} activity pages, peak ${hugo.maxRssMB.toFixed(0)} MB\n`,
  );
  process.stdout.write("indexing Hugo's pages with Pagefind… ");
  const pagefind = resolve("node_modules/.bin/pagefind");
  const hugoSearch = timed(pagefind, ["--site", join(hugoRoot, "public")]);
  if (hugoSearch.status !== 0)
    throw new Error(`pagefind failed on Hugo's pages: ${hugoSearch.stderr.slice(-2000)}`);
  const hugoIndexed = Number(/Indexed (\d+) pages?/.exec(hugoSearch.stdout)?.[1] ?? 0);
  if (hugoIndexed !== activityPages)
    throw new Error(`Pagefind indexed ${hugoIndexed} of Hugo's ${activityPages} pages.`);
  process.stdout.write(
    `${hugoSearch.seconds.toFixed(1)} s, CPU ${hugoSearch.cpuSeconds.toFixed(1)} s, peak ${hugoSearch.maxRssMB.toFixed(0)} MB\n`,
  );
  const bareRoot = join(base, "astro-bare");
  const bareOut = join(bareRoot, "dist");
  process.stdout.write("writing the same pages for Astro alone… ");
  writeBareAstroSite(bareRoot, join(data, "activities.csv"), langs);
  process.stdout.write("done\nbuilding them with Astro alone… ");
  const [bareCommand, bareArgs] = bareAstroBuild(bareRoot, bareOut);
  const bare = timed(bareCommand, bareArgs, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (bare.status !== 0) throw new Error(`Astro alone failed: ${bare.stderr.slice(-2000)}`);
  const barePages = htmlPages(bareOut, "Synthetic data");
  if (barePages.pages !== activityPages || barePages.unmarked.length > 0)
    throw new Error(
      `Astro alone wrote ${barePages.pages - barePages.unmarked.length} activity pages, not ${activityPages}.`,
    );
  process.stdout.write(
    `${bare.seconds.toFixed(1)} s, CPU ${bare.cpuSeconds.toFixed(1)} s, peak ${bare.maxRssMB.toFixed(0)} MB\n`,
  );
  rmSync(join(hugoRoot, "public"), { recursive: true, force: true });
  rmSync(bareRoot, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  result.bareAstro = {
    seconds: bare.seconds,
    cpuSeconds: bare.cpuSeconds,
    maxRssMB: bare.maxRssMB,
    pages: barePages.pages,
  };
  result.hugoSearch = {
    seconds: hugoSearch.seconds,
    cpuSeconds: hugoSearch.cpuSeconds,
    maxRssMB: hugoSearch.maxRssMB,
    pages: hugoIndexed,
  };
  result.hugo = {
    seconds: hugo.seconds,
    cpuSeconds: hugo.cpuSeconds,
    maxRssMB: hugo.maxRssMB,
    pages: activityPages,
    pagesPerSecond: activityPages / hugo.seconds,
  };
  result.ratio = build.seconds / hugo.seconds;
  result.ratioWithSearch = build.seconds / (hugo.seconds + hugoSearch.seconds);
  result.bareAstroRatio = bare.seconds / hugo.seconds;
  result.searchRatio = hugoSearch.seconds / hugo.seconds;
  process.stdout.write(
    [
      `site build : ${(result.site.pagesPerSecond).toFixed(0)} pages/s (${site.pages} pages in ${build.seconds.toFixed(1)} s, CPU ${build.cpuSeconds.toFixed(1)} s), peak ${build.maxRssMB.toFixed(0)} MB, all processes together ${build.treeRssMB?.toFixed(0) ?? "?"} MB`,
      `hugo       : ${(result.hugo.pagesPerSecond).toFixed(0)} pages/s (${activityPages} pages in ${hugo.seconds.toFixed(1)} s, CPU ${hugo.cpuSeconds.toFixed(1)} s), peak ${hugo.maxRssMB.toFixed(0)} MB`,
      `hugo search: Pagefind on Hugo's pages in ${hugoSearch.seconds.toFixed(1)} s (CPU ${hugoSearch.cpuSeconds.toFixed(1)} s), peak ${hugoSearch.maxRssMB.toFixed(0)} MB`,
      `astro alone: ${(barePages.pages / bare.seconds).toFixed(0)} pages/s (the same ${barePages.pages} pages in ${bare.seconds.toFixed(1)} s, CPU ${bare.cpuSeconds.toFixed(1)} s), peak ${bare.maxRssMB.toFixed(0)} MB`,
      `ratio      : the site build takes ${result.ratio.toFixed(1)}× Hugo's time, ${result.ratioWithSearch.toFixed(1)}× Hugo's and Pagefind's`,
      `alone      : Astro alone takes ${result.bareAstroRatio.toFixed(1)}× Hugo's time for the same pages; Pagefind alone, on Hugo's pages, ${result.searchRatio.toFixed(1)}×`,
      "",
    ].join("\n"),
  );
  return result;
}
