import type { APIRoute, GetStaticPaths } from "astro";
import { explorerFileBytes } from "../../../lib/explorer/explorerFileBytes.ts";
import { directOutDir } from "../../../node/outputFiles.ts";
import { writeOnBuildThread } from "../../../site/buildThread.ts";
import { builtExplorer } from "../../../site/explorer/builtExplorer.ts";
import { explorerOutputFiles, explorers } from "../../../site/explorer/explorerOutputFiles.ts";
import type { ExplorerId } from "../../../site/explorer/explorerRegistry.ts";
import { getSiteData } from "../../../site/getSiteData.ts";

// The explorers' files (src/lib/explorer/explorerIndex.ts): an index, facets, sorts, row shards,
// text shards and names, each loaded by the browser only when a view needs it. In a build by
// `npm run build` they are written straight into the output folder in one pass (the same bytes) and
// no page is rendered for them; under `astro dev` or a bare `astro build`, each is rendered by `GET`.

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const outDir = directOutDir();
  if (outDir) {
    // On the build's worker thread, while this one renders pages (src/site/buildThread.ts).
    await writeOnBuildThread(data, outDir, "explorer-files", () => explorerOutputFiles(data));
    return [];
  }
  return explorers.flatMap((explorer) =>
    [...builtExplorer(data, explorer).files().keys()].map((file) => ({ params: { explorer, file } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const explorer = builtExplorer(await getSiteData(), params.explorer as ExplorerId);
  const json = explorer.files().get(params.file ?? "");
  if (json === undefined) return new Response(null, { status: 404 });
  return new Response(explorerFileBytes(json), {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
};
