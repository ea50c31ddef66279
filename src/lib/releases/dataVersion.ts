import type { ReleaseManifest } from "./releaseManifest.ts";

/**
 * Names the version of the data being built. When every data file of the latest release (each
 * dataset and `catalog.json`, by SHA-256) equals today's file at the same path and no dataset was
 * added, the data *is* that release and gets its number (`1.1.0`); schemas are not compared, as a
 * clearer description or a new codelist label does not change the data. Otherwise it is the latest
 * release plus unreleased changes, written with SemVer build metadata (`1.1.0+a07699023bf7`), or
 * the digest alone before the first release.
 */
export function dataVersion(
  latest: ReleaseManifest | undefined,
  current: ReadonlyMap<string, string>,
  digest: string,
): string {
  if (!latest) return digest;
  const released = [...latest.datasets, ...latest.files].filter((file) => !file.path.startsWith("schemas/"));
  const same =
    released.every((file) => current.get(file.path) === file.sha256) &&
    [...current.keys()].every((path) => released.some((file) => file.path === path));
  return same ? latest.version : `${latest.version}+${digest}`;
}
