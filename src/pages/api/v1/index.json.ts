import type { APIRoute } from "astro";
import { apiIndex } from "../../../lib/api/apiDocuments.ts";
import { apiCollections, apiMeta, apiUrl } from "../../../site/apiFiles.ts";
import { getSiteData } from "../../../site/getSiteData.ts";
import { jsonResponse } from "../../../site/jsonResponse.ts";

/** The API's index: every collection, its size and first page (see docs/standards.md). */
export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  return jsonResponse(apiIndex(apiCollections(data), apiMeta(data), apiUrl(site)));
};
