// @ts-check
import { defineConfig } from "astro/config";
import { pageProgress } from "./src/node/pageProgress.ts";
import { searchIntegration } from "./src/node/searchIntegration.ts";
import { langs } from "./src/site/routes.ts";
import { parseSiteUrl } from "./src/site/siteUrl.ts";

// The build script (scripts/build.ts) sets these so that a failed build never touches dist/:
// Astro writes into a fresh folder that replaces dist/ only when everything succeeded.
const outDir = process.env.KSST_OUT_DIR ?? "./dist";
// The public address; without it every link is relative and pages fill in their own address.
const siteUrl = parseSiteUrl(process.env.KSST_SITE_URL);
if (!siteUrl.ok) {
  process.stderr.write(`${siteUrl.message}\n`);
  process.exit(2);
}

export default defineConfig({
  ...(siteUrl.url ? { site: siteUrl.url.href } : {}),
  outDir,
  trailingSlash: "always",
  // A few pages at once: while one waits on the disk or on a PNG rasterised on another thread,
  // the next one renders (measured in docs/build.md).
  build: { format: "directory", concurrency: 4 },
  devToolbar: { enabled: false },
  // No script or stylesheet is inlined into pages: all are files of the site's own, so the
  // Content-Security-Policy allows 'self' and no inline code (src/site/contentSecurityPolicy.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  // Reports pages done of total to scripts/build.ts, which shows it on a terminal; site-wide search:
  // Pagefind indexes the written pages (src/node/searchIndex.ts).
  integrations: [pageProgress(), searchIntegration(langs)],
});
