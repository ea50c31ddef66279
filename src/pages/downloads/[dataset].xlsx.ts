import type { APIRoute, GetStaticPaths } from "astro";
import { getSiteData } from "../../site/data.ts";
import { downloadFile } from "../../site/dataPackageFile.ts";
import { storedResponse } from "../../site/downloadResponse.ts";

/** One XLSX download per dataset of the catalog. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return [...data.siteDatasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

/** Serves the dataset's XLSX bytes, exactly those checksummed on the dataset page. */
export const GET: APIRoute = async ({ params }) =>
  storedResponse(downloadFile(await getSiteData(), String(params.dataset), "xlsx"));
