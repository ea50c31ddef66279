import type { APIRoute, GetStaticPaths } from "astro";
import { type ApiCollection, apiRecord } from "../../../../lib/api/apiDocuments.ts";
import { routeParamFileName, writeApiRecordFiles } from "../../../../node/apiRecordFiles.ts";
import { apiCollections, apiMeta, apiRecordFiles, apiUrl, recordHtml } from "../../../../site/apiFiles.ts";
import { getSiteData } from "../../../../site/getSiteData.ts";
import { jsonResponse } from "../../../../site/jsonResponse.ts";

/**
 * One file per record of every collection: `/api/v1/<collection>/<id>.json`. In a build by
 * `npm run build` (scripts/build.ts names the output folder, KSST_OUT_DIR), they are written straight
 * into it in one pass (`writeApiRecordFiles`, the same bytes) and no page is rendered for them; under
 * `astro dev` or a bare `astro build`, each is rendered by `GET`.
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const outDir = process.env.KSST_OUT_DIR;
  if (import.meta.env.PROD && outDir) {
    await writeApiRecordFiles(outDir, apiRecordFiles(data, import.meta.env.SITE, routeParamFileName));
    return [];
  }
  return apiCollections(data).flatMap((collection) =>
    collection.records.map((entry) => ({
      params: { collection: collection.name, id: entry.id },
      props: { collection, entry },
    })),
  );
}) satisfies GetStaticPaths;

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
