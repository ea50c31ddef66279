import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteDir } from "../helpers/siteFixture.ts";
import { openSitePage, type SiteSession } from "./browser.ts";

// The fixture site is built without KSST_SITE_URL, as a journalist's or CI's build is: nothing may
// point at a development server, and what people copy must work where they paste it.

let site: SiteSession;
let page: Page;
beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

/** Every file of the built site, by path relative to it. */
function files(dir = siteDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [relative(siteDir, path)];
  });
}

describe("a site built without KSST_SITE_URL", () => {
  it("names no localhost address in any page or file", () => {
    const all = files();
    expect(all.length).toBeGreaterThan(400);
    const leaking = all.filter((file) =>
      /localhost|127\.0\.0\.1/.test(readFileSync(join(siteDir, file), "latin1")),
    );
    expect(leaking).toEqual([]);
  });

  it("writes robots.txt without a sitemap line and no sitemap of relative addresses", () => {
    expect(readFileSync(join(siteDir, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n");
    expect(files()).not.toContain("sitemap.xml");
  });

  it("gives every page Open Graph and Twitter card tags, a chart page its chart's PNG", () => {
    const pages = files().filter((f) => f.endsWith(".html") && !f.includes("/embed/"));
    for (const file of pages) {
      const html = readFileSync(join(siteDir, file), "utf8");
      for (const tag of [
        'property="og:title"',
        'property="og:image"',
        'name="twitter:card"',
        'property="og:url"',
      ])
        if (!html.includes(tag)) expect(`${file} has ${tag}`).toBe("");
    }
    const chart = readFileSync(join(siteDir, "en/charts/sdgs/index.html"), "utf8");
    expect(chart).toMatch(/<meta property="og:image" content="\/en\/charts\/sdgs\/sdgs\.png">/);
    expect(files()).toContain("share-card.png");
  });
});

describe("sharing a chart", () => {
  it("fills the embed code and citation with the address the page is served from", async () => {
    await page.goto(`${site.url}/en/charts/sdgs/`);
    const embed = await page.locator("#embed-code").textContent();
    expect(embed).toContain(`src="${site.url}/en/charts/sdgs/embed/"`);
    expect(embed).toContain("ksstEmbedHeight");
    expect(await page.locator("#citation-text").textContent()).toContain(`${site.url}/en/charts/sdgs/`);
    expect(await page.locator("[data-site-address-note]").isHidden()).toBe(true);
  });

  it("shows the paths and says what to put in front of them without JavaScript", async () => {
    const context = await site.context({ javaScript: false });
    const plain = await context.newPage();
    await plain.goto(`${site.url}/id/grafik/sdgs/`);
    expect(await plain.locator("#embed-code").textContent()).toContain('src="/id/grafik/sdgs/embed/"');
    expect(await plain.locator("[data-site-address-note]").isVisible()).toBe(true);
    await context.close();
  });

  it("resizes the embedded chart to its content on the page it is pasted into", async () => {
    await page.goto(`${site.url}/en/charts/sdgs/`);
    const code = (await page.locator("#embed-code").textContent()) ?? "";
    const host = await (await site.context({ width: 390 })).newPage();
    // A host page elsewhere: the embed code as pasted, with a deliberately wrong starting height.
    await host.goto(`${site.url}/robots.txt`);
    await host.setContent(
      `<!doctype html><p>News story</p>${code.replace(/height="\d+"/, 'height="150"')}<p>More</p>`,
    );
    const frame = host.locator("iframe[data-ksst-embed]");
    await expect
      .poll(async () => (await frame.boundingBox())?.height ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(300);
    const contentHeight = await host
      .frameLocator("iframe[data-ksst-embed]")
      .locator("html")
      .evaluate((html) => html.getBoundingClientRect().height);
    expect(Math.abs(((await frame.boundingBox())?.height ?? 0) - contentHeight)).toBeLessThan(2);
    await host.context().close();
  });
});
