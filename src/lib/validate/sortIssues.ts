import type { CatalogEntry } from "../catalog.ts";
import type { Issue } from "../issue.ts";

/**
 * Sorts issues the way a reader goes through the files: catalog and schema problems first, then
 * each dataset in catalog order, row by row, column by column (header problems are row 1). The
 * sort is stable, so issues at the same place keep the order they were found in.
 */
export function sortIssues(
  issues: readonly Issue[],
  datasets: readonly Pick<CatalogEntry, "path">[],
): Issue[] {
  const fileOrder = new Map(datasets.map((entry, index) => [entry.path, index]));
  const place = (found: Issue) => fileOrder.get(found.file) ?? -1;
  return [...issues].sort(
    (a, b) =>
      place(a) - place(b) ||
      (place(a) === -1 ? a.file.localeCompare(b.file) : 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.columnNumber ?? Number.MAX_SAFE_INTEGER) - (b.columnNumber ?? Number.MAX_SAFE_INTEGER),
  );
}
