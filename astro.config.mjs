// @ts-check
import { defineConfig } from "astro/config";
import { configuredSiteUrl } from "./src/site/siteUrl.ts";

// The build script (scripts/build.ts) sets these so that a failed build never touches dist/:
// Astro writes into a fresh folder that replaces dist/ only when everything succeeded.
const outDir = process.env.KSST_OUT_DIR ?? "./dist";
const site = configuredSiteUrl(process.env);

export default defineConfig({
  site,
  outDir,
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
