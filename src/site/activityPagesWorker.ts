// The worker thread that writes the activity pages of a build (started by activityPagesThread.ts):
// it loads the site's data on its own (from the validation result `npm run build` hands over, without
// the download files, which activity pages do not show) while Astro's thread prepares its own, then
// writes the pages of each carrier page it is sent, as src/site/activityPages.ts would on Astro's thread.
import { parentPort, workerData } from "node:worker_threads";
import type { Lang } from "../lib/model.ts";
import type {
  ActivityPagesRequest,
  ActivityPagesWorkerData,
  ActivityPagesWorkerMessage,
} from "../node/activityPagesThread.ts";
import { getReleases } from "../node/releases.ts";
import { writeActivityPages } from "./activityPages.ts";
import { loadSiteData } from "./getSiteData.ts";

const port = parentPort;
if (!port)
  throw new Error("src/site/activityPagesWorker.ts runs as a worker thread (activityPagesThread.ts).");
const { outDir, others, site, builtOn } = workerData as ActivityPagesWorkerData;
const post = (message: ActivityPagesWorkerMessage) => port.postMessage(message);

const ready = Promise.all([loadSiteData({ now: new Date(builtOn), downloads: false }), getReleases()]);
ready.then(
  () => post({ kind: "ready" }),
  (error: unknown) => post({ kind: "unavailable", message: String(error) }),
);

port.on("message", async ({ lang, id, page }: ActivityPagesRequest) => {
  try {
    const [data, releases] = await ready;
    const written = await writeActivityPages(
      { data, releases, site, outDir, others },
      { lang: lang as Lang, id, page },
      (done) => post({ kind: "pages", done }),
    );
    post({ kind: "written", lang, written });
  } catch (error) {
    post({
      kind: "failed",
      lang,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
    });
  }
});
