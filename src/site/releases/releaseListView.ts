import { releaseText } from "../../i18n/releaseText.ts";
import { formatNumber } from "../../lib/format/formatNumber.ts";
import { formatPartialDate } from "../../lib/format/formatPartialDate.ts";
import type { Lang } from "../../lib/model.ts";
import type { ReleaseChangelog } from "../../lib/releases/releaseChangelog.ts";
import type { ReleaseManifest } from "../../lib/releases/releaseManifest.ts";
import { pathOf } from "../routes.ts";

/** One line of the releases list. */
export interface ReleaseListItem {
  version: string;
  href: string;
  date: string;
  /** Machine-readable date for `<time datetime>`. */
  isoDate: string;
  title: string;
  changes: string;
  latest: boolean;
}

/** Lists releases newest first, with their titles and change counts in a language. */
export function releaseListView(
  releases: readonly { manifest: ReleaseManifest; changelog: ReleaseChangelog }[],
  lang: Lang,
): ReleaseListItem[] {
  const count = (value: number) => formatNumber(value, lang);
  return releases
    .map(({ manifest, changelog }, index) => ({
      version: manifest.version,
      href: pathOf({ kind: "release", version: manifest.version }, lang),
      date: formatPartialDate(manifest.date, lang),
      isoDate: manifest.date,
      title: manifest.title[lang],
      changes: releaseText(lang, "release.totals", {
        added: count(changelog.totals.added),
        removed: count(changelog.totals.removed),
        changed: count(changelog.totals.changed),
      }),
      latest: index === releases.length - 1,
    }))
    .reverse();
}
