import {
  type ActivityPagesThread,
  startActivityPagesThread,
  type WorkerFiles,
} from "../node/activityPagesThread.ts";
import { directOutDir, type OutputFile, writeOutputFiles } from "../node/outputFiles.ts";
import type { EntityChartSvgs } from "./entities/entityView.ts";
import { iatiFile, iatiMediatype } from "./iatiFile.ts";
import type { SiteData } from "./siteData.ts";

let thread: ActivityPagesThread | undefined;

/**
 * The build's worker thread (src/node/activityPagesThread.ts), started on first use: in a build by
 * `npm run build` (which names the output folder) of data with activities, whose first activity's
 * pages (the carriers, src/site/activityPages.ts) wait for what was left to it; else `undefined`.
 * It starts once Astro's thread has its data: started before, both loaded at once, the first page came
 * later and the build held about 180 MB more (docs/build.md, "Fifth pass").
 */
export function buildThread(data: SiteData): ActivityPagesThread | undefined {
  const outDir = directOutDir();
  if (outDir === undefined || data.datasets.activities.length === 0) return undefined;
  thread ??= startActivityPagesThread({ outDir, site: import.meta.env.SITE, builtOn: data.builtOn });
  return thread;
}

/**
 * Writes files into the output folder (`outDir`, see `directOutDir`) on the build's worker thread,
 * without waiting (the activity pages' carriers wait for them), or here and now where there is none;
 * where the worker could not start, `files()` is written here once that is known.
 */
export async function writeOnBuildThread(
  data: SiteData,
  outDir: string,
  which: WorkerFiles,
  files: () => Iterable<OutputFile>,
): Promise<void> {
  const worker = buildThread(data);
  if (!worker) {
    await writeOutputFiles(outDir, files());
    return;
  }
  worker.keep(
    worker
      .ask({ kind: "files", files: which })
      .then((outcome) => ("unavailable" in outcome ? writeOutputFiles(outDir, files()) : undefined)),
  );
}

/** What a build makes once for a site's data, however many pages ask for it. */
function oncePerBuild<T>(
  made: WeakMap<SiteData, Promise<T>>,
  data: SiteData,
  make: () => Promise<T>,
): Promise<T> {
  let promise = made.get(data);
  if (!promise) {
    promise = make();
    made.set(data, promise);
  }
  return promise;
}

const iatiMade = new WeakMap<SiteData, Promise<{ mediatype: string; bytes: Uint8Array }>>();

/**
 * The IATI file (`iatiFile`), made on the build's worker thread when there is one, once per build:
 * `/downloads/iati-activities.xml` and the zip of every download take the same bytes.
 */
export function iatiOnBuildThread(
  data: SiteData,
  site: URL | string | undefined,
): Promise<{ mediatype: string; bytes: Uint8Array }> {
  return oncePerBuild(iatiMade, data, async () => {
    const outcome = await buildThread(data)?.ask({ kind: "iati" });
    return outcome && "bytes" in outcome
      ? { mediatype: iatiMediatype, bytes: outcome.bytes }
      : iatiFile(data, site);
  });
}

const chartsMade = new WeakMap<SiteData, Promise<EntityChartSvgs | undefined>>();

/**
 * The entity pages' charts (`entityChartSvgs`), made on the build's worker thread when there is one,
 * once per build; `undefined` where there is none (each page then makes its own). Asked for as soon as
 * the pages are planned, so that they are ready before the first entity page renders.
 */
export function entityChartsOnBuildThread(data: SiteData): Promise<EntityChartSvgs | undefined> {
  return oncePerBuild(chartsMade, data, async () => {
    const outcome = await buildThread(data)?.ask({ kind: "entity-charts" });
    return outcome && "svgs" in outcome ? outcome.svgs : undefined;
  });
}
