// robots.txt: crawl everything; names the sitemap when the build knows the site's address.
import type { APIRoute } from "astro";
import { robotsTxt } from "../site/sitemapXml.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ? new URL("/sitemap.xml", site).href : undefined), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
