import type { APIRoute, GetStaticPaths } from "astro";
import { type ApiCollection, apiRecord } from "../../../../lib/api/apiDocuments.ts";
import { directOutDir, routeParamFileName } from "../../../../node/outputFiles.ts";
import { apiCollections, apiMeta, apiRecordFiles, apiUrl, recordHtml } from "../../../../site/apiFiles.ts";
import { writeOnBuildThread } from "../../../../site/buildThread.ts";
import { getSiteData } from "../../../../site/getSiteData.ts";
import { jsonResponse } from "../../../../site/jsonResponse.ts";

/**
 * One file per record of every collection: `/api/v1/<collection>/<id>.json`. In a build by
 * `npm run build` they are written straight into the output folder in one pass (`writeOutputFiles`,
 * the same bytes) and no page is rendered for them; under `astro dev` or a bare `astro build`, each
 * is rendered by `GET`.
 */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const outDir = directOutDir();
  if (outDir) {
    // On the build's worker thread, while this one renders pages (src/site/buildThread.ts).
    await writeOnBuildThread(data, outDir, "api-records", () =>
      apiRecordFiles(data, import.meta.env.SITE, routeParamFileName),
    );
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
