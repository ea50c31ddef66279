import type { ReleaseManifest } from "../releases/releaseManifest.ts";

/** When a dataset was first published and last changed. */
export interface DatasetDates {
  issued?: string;
  modified: string;
}

/**
 * Dates each dataset from the releases (oldest first): issued = the first release holding it,
 * modified = the last release whose file differs from the one before; when today's file (by its
 * SHA-256) differs from the latest release's, or no release holds it, modified is `today`.
 */
export function datasetDates(
  releases: readonly ReleaseManifest[],
  current: ReadonlyMap<string, string>,
  today: string,
): Map<string, DatasetDates> {
  const dates = new Map<string, DatasetDates>();
  for (const [name, sha256] of current) {
    let issued: string | undefined;
    let modified: string | undefined;
    let previous: string | undefined;
    for (const release of releases) {
      const file = release.datasets.find((d) => d.name === name);
      if (!file) continue;
      issued ??= release.date;
      if (file.sha256 !== previous) modified = release.date;
      previous = file.sha256;
    }
    const latest = releases.at(-1)?.datasets.find((d) => d.name === name);
    dates.set(name, {
      ...(issued ? { issued } : {}),
      modified: modified && latest?.sha256 === sha256 ? modified : today,
    });
  }
  return dates;
}
