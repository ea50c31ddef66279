import type { ReadCatalog } from "../catalog.ts";
import { ReleaseError } from "./releaseError.ts";

/** Names a release folder gives its own files, which no data file may take. */
export const reservedReleaseNames: readonly string[] = [
  "release.json",
  "changelog.json",
  "SHA256SUMS",
  "schemas",
  "datapackage.json",
];

/**
 * Checks that every data file of a catalog can live at `/releases/<version>/<file>`: a plain
 * file name (no folder), not one of the release's own names. Returns the problems found.
 */
export function releasePathProblems(catalog: ReadCatalog, catalogFile = "catalog.json"): ReleaseError[] {
  const problems: ReleaseError[] = [];
  for (const entry of catalog.datasets) {
    if (entry.path.includes("/") || entry.path.includes("\\"))
      problems.push(
        new ReleaseError(
          "nested-path",
          `${catalogFile}: dataset "${entry.name}" has path "${entry.path}"; a release publishes each file at ` +
            `/releases/<version>/<file>, so move it to the top of the data folder.`,
        ),
      );
    if (reservedReleaseNames.includes(entry.path) || entry.path === catalogFile)
      problems.push(
        new ReleaseError(
          "reserved-name",
          `${catalogFile}: dataset "${entry.name}" uses the file name "${entry.path}", which a release keeps for ` +
            `itself (${reservedReleaseNames.join(", ")}); rename the file.`,
        ),
      );
  }
  return problems;
}
