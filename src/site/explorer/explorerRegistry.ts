import { activityExplorer } from "./activityExplorer.ts";
import { claimExplorer } from "./claimExplorer.ts";
import type { ExplorerDefinition } from "./explorerDefinition.ts";
import { financeExplorer } from "./financeExplorer.ts";

/** The site's explorers, by id: each has a page, its files under `/explorer/<id>/` and filtered downloads. */
export const explorerRegistry = {
  activities: activityExplorer,
  claims: claimExplorer,
  finances: financeExplorer,
} as const satisfies Record<string, ExplorerDefinition<unknown>>;

/** An explorer's id. */
export type ExplorerId = keyof typeof explorerRegistry;

/** Returns the site path of an explorer's folder of files. */
export function explorerBase(id: ExplorerId): string {
  return `/explorer/${id}/`;
}
