import { resolve } from "node:path";
import { formatText } from "../lib/report/formatText.ts";
import { folderIO } from "../node/folderIO.ts";
import { validateDataDir } from "../node/validateDataDir.ts";
import { type SiteData, siteData } from "./siteData.ts";

let cached: Promise<SiteData> | undefined;

/** The build time: `SOURCE_DATE_EPOCH` (seconds) when set, so identical inputs give identical output. */
function buildTime(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

async function load(): Promise<SiteData> {
  // Astro builds from the repository root; the data folder is relative to it unless absolute.
  const root = process.cwd();
  const dataDir = resolve(root, process.env.KSST_DATA_DIR ?? "data");
  const result = await validateDataDir(dataDir, resolve(root, "schemas"));
  if (!result.valid) {
    const report = formatText(result.issues, result.stats, { lang: "en" });
    throw new Error(
      `KSST Terbuka: the data in ${dataDir} is invalid, so the site cannot be built.\n` +
        `Fix the problems below (or run \`npm run validate\`) and build again.\n\n${report}`,
    );
  }
  return siteData(result, folderIO(dataDir), buildTime());
}

/** Loads and validates the data folder once per build and returns the site's data; throws if invalid. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
