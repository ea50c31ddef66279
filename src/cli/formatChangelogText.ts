import { releaseText } from "../i18n/releaseText.ts";
import type { Lang } from "../lib/model.ts";
import type { ReleaseChangelog } from "../lib/releases/releaseChangelog.ts";

/** Writes a release changelog's summary for a terminal: one line per dataset with its counts. */
export function formatChangelogText(changelog: ReleaseChangelog, lang: Lang): string {
  const { version, date, previous } = changelog;
  const heading = previous
    ? releaseText(lang, "cli.heading", { version, date, previous: previous.version })
    : releaseText(lang, "cli.headingFirst", { version, date });
  const lines = changelog.datasets.map((dataset) =>
    releaseText(lang, "cli.dataset", {
      name: dataset.name,
      status: releaseText(lang, `release.status.${dataset.status}`),
      added: dataset.added.length,
      removed: dataset.removed.length,
      changed: dataset.changed.length,
      rows: dataset.rows.new ?? 0,
    }),
  );
  return [heading, ...lines.map((line) => `  ${line}`)].join("\n");
}
