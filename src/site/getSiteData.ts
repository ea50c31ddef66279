import { resolve } from "node:path";
import type { FolderIO } from "../lib/io.ts";
import { dataVersion } from "../lib/releases/dataVersion.ts";
import { formatText } from "../lib/report/formatText.ts";
import { closeBidiDeep } from "../lib/text/closeBidi.ts";
import { fileDownloadStore } from "../node/fileDownloadStore.ts";
import { folderIO } from "../node/folderIO.ts";
import { getReleases } from "../node/releases.ts";
import { sha256Hex } from "../node/sha256.ts";
import { validateDataDir } from "../node/validateDataDir.ts";
import { readValidation } from "../node/validationHandoff.ts";
import { type SiteData, siteData, sourceDigest } from "./siteData.ts";

let cached: Promise<SiteData> | undefined;

/** The build time: `SOURCE_DATE_EPOCH` (seconds) when set, so identical inputs give identical output. */
function buildTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/** SHA-256 of every data file a release would publish today (catalog and datasets), by release path. */
async function currentFiles(dataIO: FolderIO, datasetPaths: readonly string[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const path of ["catalog.json", ...datasetPaths])
    files.set(path, sha256Hex(await dataIO.readFile(path)));
  return files;
}

/** Options of `loadSiteData`. */
export interface LoadSiteDataOptions {
  /** When the site is built (`buildTime()` by default); a worker takes its build's, so both say the same day. */
  now?: Date;
  /** `false`: no download files (see `SiteDataOptions.downloads`). */
  downloads?: boolean;
}

/**
 * Loads the site's data from the data folder (`KSST_DATA_DIR`), or from the validation result
 * `npm run build` hands over (`KSST_VALIDATED`); throws if the data is invalid. `getSiteData` keeps
 * the one of a build; the activity pages' worker loads its own (src/site/activityPagesWorker.ts).
 */
export async function loadSiteData(options: LoadSiteDataOptions = {}): Promise<SiteData> {
  // Astro builds from the repository root; the data folder is relative to it unless absolute.
  const root = process.cwd();
  const dataDir = resolve(root, process.env.KSST_DATA_DIR ?? "data");
  const schemaDir = resolve(root, "schemas");
  // scripts/build.ts validates the data once and hands the result over (KSST_VALIDATED); `astro
  // dev` and a bare `astro build` validate here.
  const handedOver = process.env.KSST_VALIDATED;
  const result = handedOver ? await readValidation(handedOver) : await validateDataDir(dataDir, schemaDir);
  if (!result.valid) {
    const report = formatText(result.issues, result.stats, { lang: "en" });
    throw new Error(
      `KSST Terbuka: the data in ${dataDir} is invalid, so the site cannot be built.\n` +
        `Fix the problems below (or run \`npm run validate\`) and build again.\n\n${report}`,
    );
  }
  const dataIO = folderIO(dataDir);
  const { latest } = await getReleases();
  const version = dataVersion(
    latest?.snapshot.manifest,
    await currentFiles(
      dataIO,
      result.catalog.datasets.map((d) => d.path),
    ),
    await sourceDigest(result.catalog, dataIO),
  );
  // On the pages, a direction override a text leaves open (a validator warning) is closed at the
  // text's end, so it never reverses what a page shows after the text; the downloads keep the data.
  // scripts/build.ts names a folder beside the output for the download files (KSST_DOWNLOADS_DIR), so
  // that they are written to disk as they are made and read back only when served; else in memory.
  const downloads = process.env.KSST_DOWNLOADS_DIR;
  if (options.downloads === false)
    return siteData(result, dataIO, options.now ?? buildTime(), {
      version,
      shown: closeBidiDeep,
      downloads: false,
    });
  return siteData(result, dataIO, options.now ?? buildTime(), {
    version,
    shown: closeBidiDeep,
    ...(downloads ? { store: fileDownloadStore(resolve(root, downloads)) } : {}),
  });
}

/** Loads and validates the data folder once per build and returns the site's data; throws if invalid. */
export function getSiteData(): Promise<SiteData> {
  cached ??= loadSiteData();
  return cached;
}
