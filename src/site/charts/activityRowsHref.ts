import { emptyState, explorerQuery } from "../../lib/explorer/explorerState.ts";
import type { Lang } from "../../lib/model.ts";
import { builtExplorer } from "../explorer/builtExplorer.ts";
import { explorerPagePath } from "../explorer/explorerView.ts";
import type { SiteData } from "../siteData.ts";

/**
 * The activity explorer's view of a chart row's activities (`/en/activities/?type=training`), for a
 * row whose category has no page of its own: its "+N more" leads there. `filters` are the explorer's
 * facets (values of one facet are alternatives), `from`/`to` its start-year range.
 */
export function activityRowsHref(
  data: SiteData,
  lang: Lang,
  view: { filters?: Readonly<Record<string, readonly string[]>>; from?: number; to?: number },
): string {
  const { spec } = builtExplorer(data, "activities");
  const state = { ...emptyState(spec), filters: view.filters ?? {} };
  if (view.from !== undefined) state.from = view.from;
  if (view.to !== undefined) state.to = view.to;
  return `${explorerPagePath("activities", 1, lang)}${explorerQuery(state, spec)}`;
}
