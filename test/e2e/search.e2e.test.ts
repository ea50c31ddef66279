import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFixtureCsv } from "../helpers/siteFixture.ts";
import { openSitePage, type SiteSession } from "./browser.ts";

/** How many of the fixture's activities name Timor-Leste among their partner countries. */
const timorLeste = readFixtureCsv("activities.csv").filter((a) =>
  (a.recipient_countries ?? "").split(";").includes("TL"),
).length;

let site: SiteSession;
let page: Page;

beforeAll(async () => {
  ({ site, page } = await openSitePage());
});
afterAll(() => site?.close());

/** Types a query into the header's search box of a page and waits for the results. */
async function searchFrom(path: string, query: string): Promise<void> {
  await page.goto(`${site.url}${path}`);
  await page.fill("#site-search-q", query);
  await page.press("#site-search-q", "Enter");
  await page.waitForSelector(".search-result");
}

describe("site-wide search (Pagefind)", () => {
  it.each([
    ["id", "/id/", "/id/cari/", "Kegiatan"],
    ["en", "/en/", "/en/search/", "Activity"],
  ])(
    "in %s runs from the header of any page and shows each result's type",
    async (_lang, from, searchPath, kind) => {
      await searchFrom(from, "Sukabumi");
      expect(new URL(page.url()).pathname).toBe(searchPath);
      expect(new URL(page.url()).searchParams.get("q")).toBe("Sukabumi");
      const results = page.locator(".search-result");
      expect(await results.count()).toBeGreaterThan(0);
      const kinds = await page.locator(".search-result__kind").allTextContents();
      expect(kinds).toContain(kind);
      // The first activity result opens its record page.
      const first = results
        .filter({ has: page.locator(".search-result__kind", { hasText: new RegExp(`^${kind}$`) }) })
        .first()
        .locator("a");
      const href = await first.getAttribute("href");
      await first.click();
      await page.waitForURL(`${site.url}${href}`);
      expect(await page.getAttribute("main", "data-page-kind")).toBe("activity");
      expect(await page.locator("main").textContent()).toContain("Sukabumi");
    },
  );

  it.each([
    ["/en/search/", "West Java", "/en/provinces/32/"],
    ["/en/search/", "west java", "/en/provinces/32/"],
    ["/id/cari/", "Jawa Barat", "/id/provinsi/32/"],
  ])("on %s, a search for %s lists the province's page among the first three", async (path, query, href) => {
    await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(".search-result");
    const links = await page
      .locator(".search-result__title a")
      .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute("href")));
    expect(links).toContain(href);
  });

  it.each([
    ["/id/cari/", "ksst-0012"],
    ["/en/search/", "ksst-0012"],
    ["/en/search/", "KSST-0027"],
  ])("on %s, a search for the activity id %s lists that activity's page first", async (path, query) => {
    await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(".search-result");
    const first = await page.locator(".search-result__title a").first().getAttribute("href");
    expect(first).toMatch(new RegExp(`/${query.toLowerCase()}/$`));
  });

  it("stems Indonesian and English words (pelatihan ~ latih, trainings ~ training)", async () => {
    await page.goto(`${site.url}/id/cari/?q=latih`);
    await page.waitForSelector(".search-result");
    expect(await page.locator(".search-result").count()).toBeGreaterThan(0);
    await page.goto(`${site.url}/en/search/?q=trainings`);
    await page.waitForSelector(".search-result");
    const titles = await page.locator(".search-result__title").allTextContents();
    expect(titles.some((t) => /training/i.test(t))).toBe(true);
  });

  it("says so when nothing matches, and the search page passes axe", async () => {
    await page.goto(`${site.url}/en/search/?q=zzqxjw`);
    await expect.poll(() => page.locator("[data-search-status]").textContent()).toContain("Nothing found");
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });

  it.each([
    [
      "/en/search/",
      "Timor-Leste",
      "/en/partner-countries/TL/",
      `Timor-Leste. Activities: ${timorLeste}. Sources.`,
    ],
    ["/id/cari/", "Timor-Leste", "/id/negara-mitra/TL/", `Timor-Leste. Kegiatan: ${timorLeste}. Sumber.`],
    [
      "/en/search/",
      "LDKPI",
      "/en/organisations/ldkpi/",
      /\(LDKPI\)\. Funding amounts: \d+\. Official claims: \d+\./,
    ],
    ["/id/cari/", "LDKPI", "/id/organisasi/ldkpi/", /\(LDKPI\)\. Nilai pendanaan: \d+\. Klaim resmi: \d+\./],
  ])(
    "on %s, the excerpt of %s's own page reads its counts as sentences",
    async (path, query, href, reads) => {
      await page.goto(`${site.url}${path}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(".search-result");
      const result = page.locator(".search-result", { has: page.locator(`a[href="${href}"]`) });
      const excerpt = (await result.locator(".search-result__excerpt").textContent()) ?? "";
      // Was "Timor-Leste. Activities4. Activities (4 activities). See these rows in the explorer. Sources. News Pelatihan…":
      // a label run into its number, the sections' headings and links, and a source's kind run into its title.
      if (typeof reads === "string") expect(excerpt).toContain(reads);
      else expect(excerpt).toMatch(reads);
      expect(excerpt).not.toMatch(/(Activities|Kegiatan|amounts|pendanaan|claims|resmi)\s*\d/);
      expect(excerpt).not.toMatch(/explorer|penjelajah|\bNews\b|\bBerita\b/);
    },
  );

  it("without JavaScript, the search page leads to the lists", async () => {
    const context = await site.context({ javaScript: false, width: 390 });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}/id/`);
    await noJs.fill("#site-search-q", "Timor");
    await noJs.press("#site-search-q", "Enter");
    await noJs.waitForURL(/\/id\/cari\/\?q=Timor/);
    const links = await noJs
      .locator("#browse ~ ul a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain("/id/kegiatan/");
    expect(links).toContain("/id/negara-mitra/");
    await context.close();
  });
});
