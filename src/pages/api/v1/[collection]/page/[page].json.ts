import type { APIRoute, GetStaticPaths } from "astro";
import { type ApiCollection, apiPage } from "../../../../../lib/api/apiDocuments.ts";
import { apiCollections, apiMeta, apiPages, apiUrl } from "../../../../../site/apiFiles.ts";
import { getSiteData } from "../../../../../site/getSiteData.ts";
import { jsonResponse } from "../../../../../site/jsonResponse.ts";

/** The pages of every collection's list: `/api/v1/<collection>/page/<n>.json`. */
export const getStaticPaths = (async () =>
  apiPages(apiCollections(await getSiteData())).map(({ collection, page }) => ({
    params: { collection: collection.name, page: String(page) },
    props: { collection, page },
  }))) satisfies GetStaticPaths;

/** Serves one page of a list with its paging links. */
export const GET: APIRoute = async ({ props, site }) => {
  const { collection, page } = props as { collection: ApiCollection; page: number };
  return jsonResponse(apiPage(collection, page, apiMeta(await getSiteData()), apiUrl(site)));
};
