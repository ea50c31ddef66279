// The explorer at scale (npm run bench -- --explorer N): N realistic activities (no defects) go
// through the site's own data path, the activities explorer's files are built, and typical views
// are run against them with the browser's code (ExplorerData), counting what each view fetches.
// The baseline, measured in the same run, is every file of the explorer: what a client that loads
// all rows at once would fetch. Sizes are gzip (what a host sends).
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { ExplorerData } from "../src/lib/explorer/explorerData.ts";
import { type ExplorerState, emptyState } from "../src/lib/explorer/explorerState.ts";
import { writeRealisticData } from "./realisticActivities.ts";

/** Runs `task` and returns how long it took, in seconds. */
async function seconds(task: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await task();
  return (performance.now() - start) / 1000;
}

/** What one view of the explorer fetched. */
export interface ExplorerViewCost {
  view: string;
  rows: number;
  files: number;
  gzipBytes: number;
  /** The share of the whole explorer (every file) this view fetched. */
  share: number;
  milliseconds: number;
}

/** What the explorer benchmark measured. */
export interface ExplorerBenchResult {
  activities: number;
  buildSeconds: number;
  files: number;
  totalGzipBytes: number;
  indexGzipBytes: number;
  views: ExplorerViewCost[];
}

const fmt = (n: number) => n.toLocaleString("en");

/** Builds the activities explorer of `rows` generated activities and measures what typical views fetch. */
export async function explorerBench(out: string, rows: number): Promise<ExplorerBenchResult> {
  const dir = resolve(out, `explorer-${rows}`);
  process.stdout.write(`generating ${fmt(rows)} realistic activities in ${dir}… `);
  await writeRealisticData(dir, { rows, defects: false });
  process.stdout.write("done\n");
  process.env.KSST_DATA_DIR = dir;
  const { getSiteData } = await import("../src/site/getSiteData.ts");
  const { builtExplorer } = await import("../src/site/explorer/builtExplorer.ts");
  let files = new Map<string, unknown>();
  const data = await getSiteData();
  const buildSeconds = await seconds(async () => {
    files = new Map(builtExplorer(data, "activities").files());
  });
  const sizes = new Map<string, number>();
  for (const [name, json] of files) sizes.set(name, gzipSync(JSON.stringify(json)).byteLength);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `explorer of ${fmt(rows)} activities: ${fmt(files.size)} files, ${fmt(total)} B gzip in all, built in ${buildSeconds.toFixed(1)} s\n`,
  );
  const index = files.get("index.json") as {
    facets: { name: string; values: { key: string; count: number }[] }[];
  };
  const middle = (facet: string) => {
    const values = index.facets.find((f) => f.name === facet)?.values ?? [];
    return values[Math.floor(values.length / 2)]?.key ?? "";
  };
  const views: { view: string; state: (base: ExplorerState) => ExplorerState; open?: string[] }[] = [
    { view: "first page, nothing chosen", state: (s) => s },
    { view: "one partner country", state: (s) => ({ ...s, filters: { country: [middle("country")] } }) },
    {
      view: "a region and a year range, sorted by title",
      state: (s) => ({
        ...s,
        filters: { region: ["africa"] },
        from: 2015,
        to: 2020,
        sort: { name: "title", desc: false },
      }),
    },
    {
      view: "free text and a province",
      state: (s) => ({ ...s, q: "pertanian", filters: { province: [middle("province")] } }),
    },
    {
      view: "one organisation, the organisation facet open",
      state: (s) => ({ ...s, filters: { org: [middle("org")] } }),
      open: ["org"],
    },
    {
      view: "page 40 of everything, by participants",
      state: (s) => ({ ...s, sort: { name: "participants", desc: true }, page: 40 }),
    },
  ];
  const results: ExplorerViewCost[] = [];
  for (const { view, state, open } of views) {
    const fetched = new Set<string>();
    const load = async (name: string) => {
      fetched.add(name);
      const json = files.get(name);
      if (json === undefined) throw new Error(`404 ${name}`);
      return json;
    };
    let count = 0;
    const taken = await seconds(async () => {
      const data = await ExplorerData.open(load, "en");
      const chosen = state(emptyState(data.index));
      const { ordered } = await data.query(chosen);
      count = ordered.length;
      const page = ordered.slice((chosen.page - 1) * 50, chosen.page * 50);
      await Promise.all([
        data.viewRows(page),
        data.labels(),
        ...(open ?? []).map((f) => data.counts(chosen, f)),
      ]);
    });
    const bytes = [...fetched].reduce((sum, name) => sum + (sizes.get(name) ?? 0), 0);
    results.push({
      view,
      rows: count,
      files: fetched.size,
      gzipBytes: bytes,
      share: bytes / total,
      milliseconds: Math.round(taken * 1000),
    });
    process.stdout.write(
      `  ${view.padEnd(48)} ${fmt(count).padStart(7)} rows  ${String(fetched.size).padStart(3)} files  ` +
        `${fmt(bytes).padStart(10)} B  (${((bytes / total) * 100).toFixed(1)}% of all)  ${Math.round(taken * 1000)} ms\n`,
    );
  }
  return {
    activities: rows,
    buildSeconds,
    files: files.size,
    totalGzipBytes: total,
    indexGzipBytes: sizes.get("index.json") ?? 0,
    views: results,
  };
}
