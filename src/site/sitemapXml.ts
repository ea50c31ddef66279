import type { Lang } from "../lib/model.ts";
import { escapeXml } from "../lib/text/escapeXml.ts";

/**
 * Writes a sitemap (sitemaps.org 0.9) of absolute URLs: one `<url>` per page in each language, each
 * listing every language version as an `xhtml:link rel="alternate" hreflang` (itself included, as
 * Google asks), plus `x-default` for the first language.
 */
export function sitemapXml(
  pages: readonly Readonly<Record<Lang, string>>[],
  langs: readonly Lang[],
  site: URL | string,
): string {
  const url = (path: string) => escapeXml(new URL(path, site).href);
  const entries = pages.flatMap((paths) =>
    langs.map((lang) => {
      const alternates = langs.map(
        (other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${url(paths[other])}"/>`,
      );
      const fallback = langs[0]
        ? `    <xhtml:link rel="alternate" hreflang="x-default" href="${url(paths[langs[0]])}"/>`
        : "";
      return ["  <url>", `    <loc>${url(paths[lang])}</loc>`, ...alternates, fallback, "  </url>"]
        .filter(Boolean)
        .join("\n");
    }),
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    `${entries.join("\n")}\n</urlset>\n`
  );
}

/** Writes robots.txt: everything may be crawled (embed pages say noindex themselves); where the sitemap is, when known. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ""}`;
}
