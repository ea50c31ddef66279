import type { APIRoute, GetStaticPaths } from "astro";
import type { DownloadFile } from "../lib/downloads/datasetDownloads.ts";
import { downloadFile } from "./dataPackageFile.ts";
import { storedResponse } from "./downloadResponse.ts";
import { getSiteData } from "./getSiteData.ts";

/**
 * The route of a dataset download in one format (`src/pages/downloads/[dataset].<format>.ts`): one
 * file per dataset of the catalog, serving exactly the bytes checksummed on the dataset page.
 */
export function datasetDownloadRoute(format: DownloadFile["format"]): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute;
} {
  return {
    getStaticPaths: async () => {
      const data = await getSiteData();
      return [...data.siteDatasets.keys()].map((dataset) => ({ params: { dataset } }));
    },
    GET: async ({ params }) =>
      storedResponse(downloadFile(await getSiteData(), String(params.dataset), format)),
  };
}
