// @ts-check
import { defineConfig } from "astro/config";
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
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
