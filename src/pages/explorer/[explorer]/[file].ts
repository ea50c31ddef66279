import type { APIRoute, GetStaticPaths } from "astro";
import { explorerFileBytes } from "../../../lib/explorer/explorerFileBytes.ts";
import {
  directOutDir,
  type OutputFile,
  routeParamFileName,
  writeOutputFiles,
} from "../../../node/outputFiles.ts";
import { builtExplorer } from "../../../site/explorer/builtExplorer.ts";
import { type ExplorerId, explorerRegistry } from "../../../site/explorer/explorerRegistry.ts";
import { getSiteData } from "../../../site/getSiteData.ts";
import type { SiteData } from "../../../site/siteData.ts";

// The explorers' files (src/lib/explorer/explorerIndex.ts): an index, facets, sorts, row shards,
// text shards and names, each loaded by the browser only when a view needs it. In a build by
// `npm run build` they are written straight into the output folder in one pass (the same bytes) and
// no page is rendered for them; under `astro dev` or a bare `astro build`, each is rendered by `GET`.
const explorers = Object.keys(explorerRegistry) as ExplorerId[];

/** Every explorer's files with their bytes, made one at a time as they are written. */
function* outputFiles(data: SiteData): Generator<OutputFile> {
  for (const explorer of explorers)
    for (const [file, json] of builtExplorer(data, explorer).files())
      yield { path: `explorer/${explorer}/${routeParamFileName(file)}`, bytes: explorerFileBytes(json) };
}

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  const outDir = directOutDir();
  if (outDir) {
    await writeOutputFiles(outDir, outputFiles(data));
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
