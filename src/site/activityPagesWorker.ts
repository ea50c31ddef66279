// The worker thread of a build (started by activityPagesThread.ts): it loads the site's data on its
// own (from the validation result `npm run build` hands over, without the download files, which
// none of its work shows) while Astro's thread prepares its own, then does what it is asked, as
// Astro's thread would: the activity pages of each carrier page it is sent (src/site/activityPages.ts),
// the API's record files, the explorers' files, the IATI file and the entity pages' charts.
import { parentPort, workerData } from "node:worker_threads";
import type { Lang } from "../lib/model.ts";
import type {
  ActivityPagesRequest,
  ActivityPagesWorkerData,
  ActivityPagesWorkerMessage,
} from "../node/activityPagesThread.ts";
import { routeParamFileName, writeOutputFiles } from "../node/outputFiles.ts";
import { getReleases } from "../node/releases.ts";
import { schemaCodeCache } from "../node/schemaCodeCache.ts";
import { writeActivityPages } from "./activityPages.ts";
import { apiRecordFiles } from "./apiFiles.ts";
import { entityChartSvgs } from "./entities/entityChartSvgs.ts";
import { explorerOutputFiles } from "./explorer/explorerOutputFiles.ts";
import { loadSiteData } from "./getSiteData.ts";
import { iatiFile } from "./iatiFile.ts";

const port = parentPort;
if (!port)
  throw new Error("src/site/activityPagesWorker.ts runs as a worker thread (activityPagesThread.ts).");
const { outDir, site, builtOn } = workerData as ActivityPagesWorkerData;
const post = (message: ActivityPagesWorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

// The releases' schemas compiled once and kept on disk (this thread runs the sources, not Astro's bundle,
// so the cache can tell the code that compiled them): about 0.3 s of CPU less in every later build.
const ready = Promise.all([
  loadSiteData({ now: new Date(builtOn), downloads: false }),
  getReleases(schemaCodeCache()),
]);
ready.then(
  () => post({ kind: "ready" }),
  (error: unknown) => post({ kind: "unavailable", message: String(error) }),
);

port.on("message", async (message: ActivityPagesRequest & { request: number }) => {
  const { request } = message;
  try {
    const [data, releases] = await ready;
    if (message.kind === "entity-charts") {
      post({ kind: "done", request, svgs: entityChartSvgs(data) });
      return;
    }
    if (message.kind === "iati") {
      const { bytes } = iatiFile(data, site);
      post({ kind: "done", request, bytes }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    const written =
      message.kind === "carrier"
        ? await writeActivityPages(
            // Every activity but the first (the carrier), as Astro's thread planned them.
            { data, releases, site, outDir, others: data.datasets.activities.slice(1).map((a) => a.id) },
            { lang: message.lang as Lang, id: message.id, page: message.page },
            (done) => post({ kind: "pages", done }),
            // This thread only writes files and answers Astro's thread: it may block on each write.
            { blocking: true },
          )
        : await writeOutputFiles(
            outDir,
            message.files === "api-records"
              ? apiRecordFiles(data, site, routeParamFileName)
              : explorerOutputFiles(data),
            { blocking: true },
          );
    post({ kind: "done", request, written });
  } catch (error) {
    post({
      kind: "failed",
      request,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
  }
});
