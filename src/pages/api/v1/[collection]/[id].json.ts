import type { APIRoute, GetStaticPaths } from "astro";
import { type ApiCollection, apiRecord } from "../../../../lib/api/apiDocuments.ts";
import { apiCollections, apiMeta, apiUrl, recordHtml } from "../../../../site/apiFiles.ts";
import { getSiteData } from "../../../../site/getSiteData.ts";
import { jsonResponse } from "../../../../site/jsonResponse.ts";

/** One file per record of every collection: `/api/v1/<collection>/<id>.json`. */
export const getStaticPaths = (async () =>
  apiCollections(await getSiteData()).flatMap((collection) =>
    collection.records.map((entry) => ({
      params: { collection: collection.name, id: entry.id },
      props: { collection, entry },
    })),
  )) satisfies GetStaticPaths;

/** Serves one record with its links. */
export const GET: APIRoute = async ({ props, site }) => {
  const { collection, entry } = props as {
    collection: ApiCollection;
    entry: ApiCollection["records"][number];
  };
  const data = await getSiteData();
  return jsonResponse(
    apiRecord(collection, entry, apiMeta(data), apiUrl(site), recordHtml(collection.name, entry.id, site)),
  );
};
