import type { Lang } from "../../lib/model.ts";

/** Returns the URL path of the releases list in a language. */
export function releasesPath(lang: Lang): string {
  return `/${lang}/releases/`;
}

/** Returns the URL path of a release's page in a language. */
export function releasePath(lang: Lang, version: string): string {
  return `/${lang}/releases/${encodeURIComponent(version)}/`;
}

/** Returns the permanent URL path of a file of a release, e.g. `/releases/1.0.0/activities.csv`. */
export function releaseFilePath(version: string, file: string): string {
  return `/releases/${encodeURIComponent(version)}/${encodeURIComponent(file)}`;
}

/** The URL path of the Atom feed of releases. */
export const releaseFeedPath = "/releases/feed.xml";
