/** The public address the site is built for, read from `KSST_SITE_URL`, or why it cannot be used. */
export type SiteUrlSetting = { ok: true; url: URL | undefined } | { ok: false; message: string };

/**
 * Reads `KSST_SITE_URL`: unset or empty means "not known" (every link is then relative); otherwise
 * it must be an absolute `http:` or `https:` address of the site's root, e.g.
 * `https://data.example.org`. A trailing slash is optional.
 */
export function parseSiteUrl(value: string | undefined): SiteUrlSetting {
  const text = value?.trim() ?? "";
  if (text === "") return { ok: true, url: undefined };
  const fix =
    "Set it to the site's public root address, e.g. KSST_SITE_URL=https://data.example.org, or leave it unset for relative links.";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `KSST_SITE_URL is not an absolute address: "${text}". ${fix}` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return {
      ok: false,
      message: `KSST_SITE_URL must start with https:// or http://, not ${url.protocol} ("${text}"). ${fix}`,
    };
  if (url.username || url.password || url.search || url.hash)
    return {
      ok: false,
      message: `KSST_SITE_URL must not carry a user, password, query or fragment: "${text}". ${fix}`,
    };
  if (url.pathname !== "/")
    return {
      ok: false,
      message: `KSST_SITE_URL must be the root of a host, without a path ("${url.pathname}" in "${text}"): every page links from "/". ${fix}`,
    };
  return { ok: true, url };
}

/** Returns a site path as an absolute URL when the site's address is known, else the path itself. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
