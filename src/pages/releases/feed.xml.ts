// The Atom feed of releases: /releases/feed.xml, newest first, each entry in both languages.
import type { APIRoute } from "astro";
import { getReleases } from "../../node/releases.ts";
import { releaseFeed } from "../../site/releases/releaseFeed.ts";

export const GET: APIRoute = async ({ site }) => {
  const { releases } = await getReleases();
  return new Response(releaseFeed(releases, site?.href), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};
