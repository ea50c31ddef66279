// sitemap.xml: every page in both languages with its language alternates. Written only when the
// build knows the site's address (KSST_SITE_URL), as sitemaps must list absolute URLs.
import type { APIRoute, GetStaticPaths } from "astro";
import { getReleases } from "../node/releases.ts";
import { getSiteData } from "../site/getSiteData.ts";
import { langs } from "../site/routes.ts";
import { sitemapPages } from "../site/sitemapPages.ts";
import { sitemapXml } from "../site/sitemapXml.ts";

// import.meta.env.SITE is Astro's `site` setting (astro.config.mjs), unset without KSST_SITE_URL.
export const getStaticPaths = (() =>
  import.meta.env.SITE ? [{ params: { sitemap: "sitemap" } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  if (!site) return new Response(null, { status: 404 });
  const { releases } = await getReleases();
  const pages = sitemapPages(
    await getSiteData(),
    releases.map((r) => r.snapshot.manifest.version),
  );
  return new Response(sitemapXml(pages, langs, site), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
};
