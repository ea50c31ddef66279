import { type DownloadFile, toDownloadFile } from "../lib/downloads/datasetDownloads.ts";
import { jsonBytes } from "../lib/downloads/jsonBytes.ts";
import { sha256Hex } from "../node/sha256.ts";
import type { SiteData } from "./siteData.ts";

/** Writes `quality.json`: the checks and published warnings of every dataset, with the data version. */
export function qualityFile(data: SiteData): DownloadFile {
  const { quality, version, builtOn } = data;
  return toDownloadFile(
    {
      dataset: "quality",
      format: "json",
      fileName: "quality.json",
      mediatype: "application/json",
      text: true,
    },
    jsonBytes({ version, builtOn, ...quality }),
    sha256Hex,
  );
}
