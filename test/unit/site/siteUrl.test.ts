import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "../../../src/site/sitemapXml.ts";
import { absoluteUrl, parseSiteUrl } from "../../../src/site/siteUrl.ts";

describe("parseSiteUrl", () => {
  it.each([undefined, "", "  "])("treats %j as not known", (value) => {
    expect(parseSiteUrl(value)).toEqual({ ok: true, url: undefined });
  });

  it.each(["https://data.example.org", "https://data.example.org/", "http://127.0.0.1:8080"])(
    "accepts %s",
    (value) => {
      const setting = parseSiteUrl(value);
      expect(setting.ok && setting.url?.pathname).toBe("/");
    },
  );

  it.each([
    ["data.example.org", "not an absolute address"],
    ["ftp://data.example.org", "must start with https:// or http://"],
    ["https://data.example.org/ksst/", "without a path"],
    ["https://data.example.org/?x=1", "query"],
  ])("refuses %s, naming the variable and how to fix it", (value, why) => {
    const setting = parseSiteUrl(value);
    expect(setting.ok).toBe(false);
    if (!setting.ok) {
      expect(setting.message).toContain("KSST_SITE_URL");
      expect(setting.message).toContain(why);
      expect(setting.message).toContain("https://data.example.org");
    }
  });
});

describe("absoluteUrl", () => {
  it("keeps a path relative when the site's address is unknown", () => {
    expect(absoluteUrl("/id/data/", undefined)).toBe("/id/data/");
    expect(absoluteUrl("/id/data/", new URL("https://x.org/"))).toBe("https://x.org/id/data/");
  });
});

describe("sitemapXml", () => {
  it("lists each page once per language with every language alternate and x-default", () => {
    const xml = sitemapXml([{ id: "/id/data/", en: "/en/data/" }], ["id", "en"], "https://x.org/");
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).toContain("<loc>https://x.org/en/data/</loc>");
    expect(xml.match(/hreflang="x-default" href="https:\/\/x.org\/id\/data\/"/g)).toHaveLength(2);
    expect(xml.match(/hreflang="en" href="https:\/\/x.org\/en\/data\/"/g)).toHaveLength(2);
  });

  it("names the sitemap in robots.txt only when its address is known", () => {
    expect(robotsTxt("https://x.org/sitemap.xml")).toContain("Sitemap: https://x.org/sitemap.xml");
    expect(robotsTxt(undefined)).not.toContain("Sitemap");
  });
});
