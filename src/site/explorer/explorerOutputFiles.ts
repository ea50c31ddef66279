import { explorerFileBytes } from "../../lib/explorer/explorerFileBytes.ts";
import { type OutputFile, routeParamFileName } from "../../node/outputFiles.ts";
import type { SiteData } from "../siteData.ts";
import { builtExplorer } from "./builtExplorer.ts";
import { type ExplorerId, explorerRegistry } from "./explorerRegistry.ts";

/** Every explorer, by id. */
export const explorers = Object.keys(explorerRegistry) as ExplorerId[];

/** Every explorer's files with their bytes, made one at a time as they are written. */
export function* explorerOutputFiles(data: SiteData): Generator<OutputFile> {
  for (const explorer of explorers)
    for (const [file, json] of builtExplorer(data, explorer).files())
      yield { path: `explorer/${explorer}/${routeParamFileName(file)}`, bytes: explorerFileBytes(json) };
}
