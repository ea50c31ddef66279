import type { ReleaseChangelog } from "./releaseChangelog.ts";
import type { BumpLevel } from "./version.ts";

/**
 * Suggests how much a release's version should grow from what its changelog holds:
 * `major` when published rows or datasets disappear or a field changes type (what people cite or
 * parse breaks), `minor` when rows or datasets are added, `patch` for corrections of values,
 * metadata or file bytes alone.
 */
export function suggestBump(changelog: ReleaseChangelog): BumpLevel {
  const datasets = changelog.datasets;
  const breaks = datasets.some(
    (dataset) =>
      dataset.status === "dropped" ||
      dataset.removed.length > 0 ||
      dataset.changed.some((record) => record.changes.some((change) => change.kind === "retyped")),
  );
  if (breaks) return "major";
  if (datasets.some((dataset) => dataset.status === "new" || dataset.added.length > 0)) return "minor";
  return "patch";
}
