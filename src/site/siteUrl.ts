/** The address the site is built for when `KSST_SITE_URL` is not set: Astro's own preview server. */
export const defaultSiteUrl = "http://localhost:4321/";

/** Returns the public address the site is built for: `KSST_SITE_URL` when set, else the default. */
export function configuredSiteUrl(env: Readonly<Record<string, string | undefined>>): string {
  return env.KSST_SITE_URL ?? defaultSiteUrl;
}

/** Returns the base URL absolute links are built from: Astro's `site` (set in astro.config.mjs). */
export function siteBase(site: URL | undefined): string {
  return site?.href ?? defaultSiteUrl;
}
