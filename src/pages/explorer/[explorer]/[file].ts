import type { APIRoute, GetStaticPaths } from "astro";
import { builtExplorer } from "../../../site/explorer/builtExplorer.ts";
import { type ExplorerId, explorerRegistry } from "../../../site/explorer/explorerRegistry.ts";
import { getSiteData } from "../../../site/getSiteData.ts";

// The explorers' files (src/lib/explorer/explorerIndex.ts): an index, facets, sorts, row shards,
// text shards and names, each loaded by the browser only when a view needs it.
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return (Object.keys(explorerRegistry) as ExplorerId[]).flatMap((explorer) =>
    [...builtExplorer(data, explorer).files().keys()].map((file) => ({ params: { explorer, file } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const explorer = builtExplorer(await getSiteData(), params.explorer as ExplorerId);
  const json = explorer.files().get(params.file ?? "");
  return new Response(JSON.stringify(json), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
