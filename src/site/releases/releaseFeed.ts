import { releaseText } from "../../i18n/releaseText.ts";
import type { Lang } from "../../lib/model.ts";
import { type AtomEntry, type AtomFeedInput, atomDate, atomFeed } from "../../lib/releases/atomFeed.ts";
import type { ReleaseChangelog } from "../../lib/releases/releaseChangelog.ts";
import { releaseCitationInput } from "../../lib/releases/releaseCitation.ts";
import type { ReleaseSnapshot } from "../../lib/releases/releaseSnapshot.ts";
import { escapeXml } from "../../lib/text/escapeXml.ts";
import { releaseFeedPath, releaseFilePath } from "../filePaths.ts";
import { langs, pathOf } from "../routes.ts";
import { absoluteUrl } from "../siteUrl.ts";

/**
 * Writes the Atom feed of releases, newest first. Each entry holds both languages (Indonesian
 * first), links to the release page in each, and to its machine-readable changelog.
 */
export function releaseFeed(
  releases: readonly { snapshot: ReleaseSnapshot; changelog: ReleaseChangelog }[],
  site: string | undefined,
): string {
  // Without the site's address, links stay relative to the feed (Atom resolves them) and ids are URNs.
  const url = (path: string) => absoluteUrl(path, site);
  const id = (path: string, urn: string) => (site ? url(path) : `urn:ksst-terbuka:${urn}`);
  const latest = releases.at(-1);
  const publisher = latest
    ? releaseCitationInput(latest.snapshot.catalog, latest.snapshot.manifest, "id", url("/")).publisher
    : "KSST Terbuka";
  const entries: AtomEntry[] = releases
    .map(({ snapshot, changelog }): AtomEntry => {
      const { manifest } = snapshot;
      const totals = (lang: Lang) =>
        releaseText(lang, "release.totals", {
          added: changelog.totals.added,
          removed: changelog.totals.removed,
          changed: changelog.totals.changed,
        });
      return {
        id: id(pathOf({ kind: "release", version: manifest.version }, "id"), `release:${manifest.version}`),
        title: `${manifest.version}: ${manifest.title.id} / ${manifest.title.en}`,
        updated: atomDate(manifest.date),
        published: atomDate(manifest.date),
        links: [
          ...langs.map((lang) => ({
            rel: "alternate" as const,
            type: "text/html",
            hreflang: lang,
            href: url(pathOf({ kind: "release", version: manifest.version }, lang)),
          })),
          {
            rel: "related",
            type: "application/json",
            title: "changelog.json",
            href: url(releaseFilePath(manifest.version, "changelog.json")),
          },
        ],
        summary: `${totals("id")} / ${totals("en")}`,
        contentHtml: langs
          .map(
            (lang) =>
              `<div lang="${lang}"><p><strong>${escapeXml(manifest.title[lang])}</strong></p>` +
              `<p>${escapeXml(manifest.notes[lang])}</p><p>${escapeXml(totals(lang))}</p></div>`,
          )
          .join(""),
      };
    })
    .reverse();
  const feed: AtomFeedInput = {
    id: id(releaseFeedPath, "releases"),
    title: `${releaseText("id", "releases.title")} / ${releaseText("en", "releases.title")}: KSST Terbuka`,
    subtitle: `${releaseText("id", "releases.lede")}`,
    updated: latest ? atomDate(latest.snapshot.manifest.date) : atomDate("1970-01-01"),
    lang: "id",
    author: { name: publisher, uri: url("/") },
    links: [
      { rel: "self", type: "application/atom+xml", href: url(releaseFeedPath) },
      ...langs.map((lang) => ({
        rel: "alternate" as const,
        type: "text/html",
        hreflang: lang,
        href: url(pathOf({ kind: "releases" }, lang)),
      })),
    ],
    entries,
  };
  return atomFeed(feed);
}
