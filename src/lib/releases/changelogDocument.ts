import type { ReleaseChangelog } from "./releaseChangelog.ts";

/** The machine-readable changelog served at `/releases/<version>/changelog.json` (see docs/releases.md). */
export interface ChangelogDocument extends ReleaseChangelog {
  format: "ksst-terbuka-changelog/1";
  urls: { release: string; files: string };
}

/** Shapes a release changelog for publication, with the release page and files addresses first. */
export function changelogDocument(
  changelog: ReleaseChangelog,
  urls: { release: string; files: string },
): ChangelogDocument {
  const { version, date, previous, totals, metadata, datasets } = changelog;
  return {
    format: "ksst-terbuka-changelog/1",
    version,
    date,
    ...(previous ? { previous } : {}),
    urls,
    totals,
    metadata,
    datasets,
  };
}
