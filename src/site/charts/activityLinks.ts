import type { CellLink } from "../../lib/charts/dataTable.ts";
import type { Lang } from "../../lib/model.ts";
import { pathOf } from "../routes.ts";

/** Links each activity id to its page, for the "rows behind it" column of a chart's table. */
export function activityLinks(ids: readonly string[], lang: Lang): CellLink[] {
  return ids.map((id) => ({ text: id, href: pathOf({ kind: "activity", id }, lang) }));
}
